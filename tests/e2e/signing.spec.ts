// The electronic signature in the browser preview: the demo platform issued the expert a
// certificate at sign-in (Settings shows whose, by whom, until when); it can be removed and a
// PKCS#12 file imported instead, a wrong password told in a sentence; the report's preview says how
// it will be signed. In French and English, at both screen sizes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, openCase, shoot, toFrench } from './fixtures';
import { expertPkcs12, testAuthority } from '../support/certificates';

const files = mkdtempSync(join(tmpdir(), 'smo-e2e-signing-'));
test.afterAll(() => rmSync(files, { recursive: true, force: true }));

test('the signing certificate: issued at sign-in, removed, imported from a PKCS#12 file, and named before signing', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await openUnlocked(page, preview);
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('settings-signing');
  await expect(section).toHaveAttribute('data-state', 'certificate', { timeout: 20_000 });
  await expect(section.getByTestId('signing-certificate')).toContainText('SMO Demo Certification Authority');
  await expect(section).toContainText('Issued at sign-in by the demonstration platform');
  await section.scrollIntoViewIfNeeded();
  await shoot(page, 'settings-signing-demo-en');

  // Removed: reports are signed by name only, and Settings says so.
  await section.getByTestId('signing-remove').click();
  await section.getByTestId('signing-remove-confirm').click();
  await expect(section).toHaveAttribute('data-state', 'none');
  await expect(section.getByTestId('signing-none')).toContainText('signed by name only');

  // A PKCS#12 file from another authority: a wrong password is told, the right one imports it.
  const p12 = join(files, 'certificat.p12');
  writeFileSync(p12, expertPkcs12(testAuthority('Autorité de certification Santé (test)'), 'Dr Hélène Łukasiewicz', 'genou-droit'));
  await section.getByTestId('signing-file').setInputFiles(p12);
  await section.getByTestId('signing-password').fill('genou-gauche');
  await section.getByTestId('signing-import-submit').click();
  await expect(section.getByTestId('signing-problem')).toHaveAttribute('data-problem', 'wrong-password');
  await expect(section.getByTestId('signing-problem')).toHaveText('This password does not open this certificate file. Check it, then try again.');
  await section.scrollIntoViewIfNeeded();
  await shoot(page, 'settings-signing-wrong-password-en');
  await toFrench(page);
  await expect(section.getByTestId('signing-problem')).toHaveText('Ce mot de passe n’ouvre pas ce fichier de certificat. Vérifiez-le, puis réessayez.');
  await shoot(page, 'settings-signing-wrong-password-fr');
  await section.getByTestId('signing-password').fill('genou-droit');
  await section.getByTestId('signing-import-submit').click();
  await expect(section.getByTestId('signing-holder')).toHaveText('Dr Hélène Łukasiewicz');
  await expect(section).toContainText('Importé d’un fichier PKCS#12');
  await expect(section.getByTestId('signing-problem')).toHaveCount(0);
  await shoot(page, 'settings-signing-imported-fr');

  // The report's preview says whose certificate will sign it.
  await page.getByTestId('nav-inbox').click();
  await openCase(page, 'SMO-2026-0101');
  const pane = page.getByTestId('report-pane');
  const questions = pane.locator('[data-testid^="report-field-question-"]');
  await expect(questions).toHaveCount(3);
  for (const field of await questions.all()) await field.fill('La rééducation d’abord.');
  await pane.getByTestId('report-field-diagnosis').fill('Lésion méniscale interne dégénérative.');
  await pane.getByTestId('report-field-treatment').fill('Rééducation pendant trois mois.');
  await pane.getByTestId('report-option-diagnostic-agreement-agree').click();
  await pane.getByTestId('report-option-therapeutic-agreement-agree').click();
  await pane.getByTestId('complexity-simple').click();
  await pane.getByTestId('report-field-patient-summary').fill('Votre genou peut être soigné sans opération.');
  await expect(pane.getByTestId('report-save-state')).toHaveAttribute('data-state', 'saved');
  await pane.getByTestId('report-submit').click();
  const dialog = page.getByTestId('report-preview');
  await expect(dialog.getByTestId('report-signing')).toHaveText(
    'Signature électronique avec le certificat de Dr Hélène Łukasiewicz, délivré par Autorité de certification Santé (test).',
  );
  await expect(dialog.getByTestId('pdf-page').first()).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  // The certificate is not the signed-in expert's: the preview says so before anything is signed.
  await expect(dialog.getByTestId('report-signing-other-name')).toContainText('Ce certificat est au nom de Dr Hélène Łukasiewicz, et vous signez comme');
  await shoot(page, 'report-preview-signing-fr');
});
