// The report in the browser preview against the demo platform: drafted in French with the
// case's template, divergence shown as the agreements are chosen, the preview server killed
// mid-draft and restarted with nothing lost, what is missing listed, the preview signed, the
// platform holding the report with divergence, complexity and review time, and the exported PDF
// read back with pdftotext and looked at with pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, openCase, platformControl, shoot, toFrench } from './fixtures';
import { crashPreviewProcess, startPreviewProcess, type PreviewProcess } from '../support/preview-process';

async function typeInto(page: Page, linkId: string, text: string) {
  await page.getByTestId(`report-field-${linkId}`).fill(text);
}

async function choose(page: Page, linkId: string, code: string) {
  await page.getByTestId(`report-option-${linkId}-${code}`).click();
}

// This test crashes its preview on purpose: it runs its own, in a process group it can kill whole.
let running: PreviewProcess | null = null;
const dataDir = mkdtempSync(join(tmpdir(), 'smo-e2e-report-'));
test.afterAll(async () => {
  if (running) await crashPreviewProcess(running);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-demo-platform`, { recursive: true, force: true });
});

test('a report drafted in French survives a crash, is signed, reaches the platform and exports as PDF', async ({ page }) => {
  test.setTimeout(180_000);
  const preview = await startPreviewProcess(dataDir, [], { detached: true });
  running = preview;
  await openUnlocked(page, preview);
  await page.getByTestId('locale-fr').click();
  await openCase(page, 'SMO-2026-0101');
  const pane = page.getByTestId('report-pane');
  await expect(pane.getByTestId('report-template')).toHaveValue('orthopedics');
  await expect(pane.getByTestId('divergence-value')).toHaveAttribute('data-value', 'undetermined');

  // The patient's questions, each beside its answer field.
  const questions = pane.locator('[data-testid^="report-field-question-"]');
  await expect(questions).toHaveCount(3);
  await expect(pane.locator('.report-field__question').first()).toContainText('La méniscectomie est-elle vraiment nécessaire');
  for (let i = 0; i < 3; i++) await questions.nth(i).fill(`Réponse numéro ${i + 1} : la rééducation d’abord.`);
  await typeInto(page, 'diagnosis', 'Lésion méniscale interne dégénérative, sans blocage mécanique.');
  await typeInto(page, 'treatment', 'Rééducation pendant trois mois, puis réévaluation.');
  // A disagreement on the treatment makes the opinion divergent before the diagnosis is judged: the summary says so.
  await choose(page, 'therapeutic-agreement', 'disagree');
  await expect(pane.getByTestId('divergence-value')).toHaveAttribute('data-value', 'divergent');
  await expect(pane.getByTestId('divergence-value')).toHaveText('Divergent — traitement (accord sur le diagnostic encore à choisir)');
  await choose(page, 'diagnostic-agreement', 'agree');
  await expect(pane.getByTestId('divergence-value')).toHaveAttribute('data-value', 'divergent');
  await expect(pane.getByTestId('divergence-value')).toHaveAttribute('data-kind', 'therapeutic');
  await expect(pane.getByTestId('divergence-value')).toHaveText('Divergent — traitement');
  await expect(pane.getByTestId('report-field-therapeutic-justification')).toBeVisible();
  await expect(pane.getByTestId('report-field-diagnostic-justification')).toHaveCount(0);
  await typeInto(page, 'therapeutic-justification', 'La méniscectomie n’est pas indiquée en première intention.');
  // Insert helpers: the first opinion's text, then a passage quoted from a PDF with its page.
  const exams = pane.getByTestId('report-field-additional-exams');
  await exams.click();
  await pane.getByTestId('report-insert').selectOption('fo-diagnosis');
  await expect(exams).toHaveValue(/^Premier avis \(diagnostic\) : « Fissure horizontale/);
  await page.locator('[data-testid="document-list-item"]', { hasText: 'Compte rendu IRM' }).getByRole('button').click();
  await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  const passage = await page.evaluate(() => {
    const spans = [...document.querySelectorAll('[data-testid="pdf-page"] .textLayer span')].filter((s) => (s.textContent ?? '').trim().length > 10);
    const span = spans[0];
    if (!span) return '';
    const range = document.createRange();
    range.selectNodeContents(span);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return (span.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
  expect(passage.length).toBeGreaterThan(10);
  await page.getByTestId('pdf-quote').click();
  await expect(exams).toHaveValue(new RegExp(`« ${passage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} » \\(Compte rendu IRM genou droit\\.pdf, page 1\\)$`));
  await expect(pane.getByTestId('report-save-state')).toHaveAttribute('data-state', 'saved');

  // Kill the preview (server, core and demo platform) mid-draft, then start it again on the same data.
  await crashPreviewProcess(preview);
  const again = await startPreviewProcess(dataDir, [], { detached: true });
  running = again;
  await openUnlocked(page, again);
  await openCase(page, 'SMO-2026-0101');
  await expect(pane.getByTestId('report-field-therapeutic-justification')).toHaveValue('La méniscectomie n’est pas indiquée en première intention.');
  await expect(pane.getByTestId('report-field-diagnosis')).toHaveValue('Lésion méniscale interne dégénérative, sans blocage mécanique.');
  await expect(pane.getByTestId('divergence-value')).toHaveAttribute('data-kind', 'therapeutic');
  await expect(pane.getByTestId('report-template-name')).toBeVisible(); // written: the template is fixed

  // Submitting lists what is missing, beside the fields too.
  await pane.getByTestId('report-submit').click();
  await expect(pane.getByTestId('report-missing')).toBeVisible();
  await expect(pane.getByTestId('report-missing').locator('li')).toHaveCount(2); // complexity, patient summary
  await pane.getByTestId('complexity-complex').click();
  await typeInto(page, 'complexity-reason', 'Discordance entre l’imagerie et l’examen clinique rapporté.');
  await typeInto(page, 'patient-summary', 'Votre genou peut être soigné sans opération pour le moment.');
  await expect(pane.getByTestId('report-submit')).toHaveAttribute('data-missing', '0');
  await expect(pane.getByTestId('report-save-state')).toHaveAttribute('data-state', 'saved');
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: 'test-results/screens/report-draft-fr.png' });

  // The preview shows the patient's PDF; signing freezes and sends it.
  await pane.getByTestId('report-submit').click();
  const previewDialog = page.getByTestId('report-preview');
  await expect(previewDialog.getByTestId('pdf-page').first()).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  await expect(previewDialog.locator('.textLayer').first()).toContainText('Second avis divergent sur le traitement');
  await page.screenshot({ path: 'test-results/screens/report-preview-fr.png' });
  // Signed while the platform cannot be reached: the report says it waits, until the platform has it.
  await platformControl(again, '/dev/faults/unreachable', { unreachable: true });
  await previewDialog.getByTestId('report-confirm-check').check();
  await previewDialog.getByTestId('report-confirm').click();
  await expect(previewDialog).toHaveCount(0);
  await expect(pane.getByTestId('report-submission')).toHaveAttribute('data-state', 'queued');
  await expect(pane.getByTestId('report-submission-title')).toHaveText('Compte rendu signé, en attente d’envoi');
  await page.screenshot({ path: 'test-results/screens/report-queued-fr.png' });
  await platformControl(again, '/dev/faults/unreachable', { unreachable: false });
  await page.getByTestId('sync-now').click();
  await expect(pane.getByTestId('report-receipt')).toBeVisible({ timeout: 20_000 });
  await expect(pane.getByTestId('report-submission-title')).toHaveText('Compte rendu envoyé');
  // Signed with the certificate the demo platform issued at sign-in, and verified by it.
  await expect(pane.getByTestId('report-electronic-signature')).toHaveAttribute('data-electronic', 'true');
  await expect(pane.getByTestId('report-electronic-signature')).toContainText('Signature électronique vérifiée par la plateforme.');
  await expect(pane.getByTestId('report-field-diagnosis')).toHaveCount(0); // read-only now
  await expect(page.locator('.workspace__header .badge')).toHaveClass(/badge--status-submitted/);
  await page.screenshot({ path: 'test-results/screens/report-submitted-fr.png' });
  await pane.getByTestId('report-read').click();
  await expect(page.getByTestId('report-reader').getByTestId('pdf-page').first()).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('report-reader').getByRole('button', { name: 'Fermer' }).click();

  const record = (await (await fetch(`${again.platformUrl}/dev/cases/SMO-2026-0101`)).json()) as {
    status: string;
    reviewSeconds: number;
    submissions: { kind: string; body: Record<string, unknown> }[];
  };
  const sent = record.submissions.find((s) => s.kind === 'report')?.body;
  expect(record.status).toBe('submitted');
  expect(sent).toMatchObject({ divergence: 'divergent', divergenceKind: 'therapeutic', complexity: 'complex', language: 'fr', templateId: 'orthopedics' });
  expect(sent?.reviewSeconds).toEqual(expect.any(Number));
  expect(sent?.reviewSeconds as number).toBeGreaterThan(0);
  // Signing stopped the review time: the platform's figure is the signed one, and the timer now
  // counts the reading after the report apart.
  expect(record.reviewSeconds).toBe(sent?.reviewSeconds);
  await expect(page.getByTestId('review-timer')).toHaveAttribute('data-phase', 'after-report');
  await expect(page.getByTestId('review-timer')).toContainText('après le compte rendu');

  // The exported PDF: its text, and a look at it.
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByTestId('report-export-pdf').click()]);
  const pdfPath = 'test-results/report-SMO-2026-0101.pdf';
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Second avis médical');
  expect(text).toContain('Second avis divergent sur le traitement');
  expect(text).toContain('La méniscectomie est-elle vraiment nécessaire');
  expect(text).toContain('Votre genou peut être soigné sans opération pour le moment.');
  expect(text).toMatch(/Signé par .+ le /);
  expect(text.replace(/\s+/g, ' ')).toMatch(/Signé électroniquement par .+ \(certificat délivré par SMO Demo Certification Authority\)/);
  // poppler's verifier: a valid PAdES signature over the whole document.
  const signature = execFileSync('pdfsig', [pdfPath], { encoding: 'utf8' });
  expect(signature).toContain('Signature Validation: Signature is Valid.');
  expect(signature).toContain('Total document signed');
  expect(text).not.toContain('Discordance entre l’imagerie'); // complexity is the platform's, not the patient's
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, 'test-results/screens/report-pdf-fr']);
  writeFileSync('test-results/report-SMO-2026-0101.txt', text);
});

test('a character the report’s PDF cannot print is named, with where it is, before signing', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  const pane = page.getByTestId('report-pane');
  // ≥, μ and Ł print (the embedded font has them); a Korean syllable does not.
  await typeInto(page, 'diagnosis', 'Fissure ≥ 5 mm, avis du Dr Łukasz Wałęsa ; 20 μg ; 뼈');
  const notice = pane.getByTestId('report-unprintable');
  await expect(notice).toContainText('뼈 (U+BF08), in “Diagnostic retenu”', { timeout: 15_000 });
  await expect(notice).not.toContainText('≥');
  await expect(pane.getByTestId('report-submit')).toHaveAttribute('aria-disabled', 'true');
  await notice.scrollIntoViewIfNeeded();
  await shoot(page, 'report-unprintable-en');
  await toFrench(page);
  await expect(notice).toContainText('remplacez-les avant de signer');
  await expect(notice).toContainText('뼈 (U+BF08), dans « Diagnostic retenu »');
  await shoot(page, 'report-unprintable-fr');
  // Replaced: the notice goes, signing may go on.
  await typeInto(page, 'diagnosis', 'Fissure ≥ 5 mm, avis du Dr Łukasz Wałęsa ; 20 μg ; os');
  await expect(notice).toHaveCount(0);
  await expect(pane.getByTestId('report-submit')).not.toHaveAttribute('aria-disabled', 'true');
});
