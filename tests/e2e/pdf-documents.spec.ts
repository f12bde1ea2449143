// PDFs as patients send them: a scanned letter (300-dpi images), a password-protected report
// (encrypted by qpdf, an independent tool), text that can be selected and copied, and a
// questionnaire answer that points at a document and opens it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, platformControl } from './fixtures';
import { makePdf } from '../support/fixture-pdf';

async function encryptedPdf(password: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-pdf-'));
  writeFileSync(join(dir, 'plain.pdf'), await makePdf(['Compte rendu protégé', 'Résultats de biologie confidentiels'], 2));
  execFileSync('qpdf', ['--encrypt', password, 'owner-secret', '256', '--', join(dir, 'plain.pdf'), join(dir, 'locked.pdf')]);
  return readFileSync(join(dir, 'locked.pdf'));
}

test('scanned, password-protected and linked PDFs', async ({ page, preview }) => {
  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: 'Biologie (protégé).pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: (await encryptedPdf('genou-2026')).toString('base64'),
  });
  await openUnlocked(page, preview);

  // A scanned letter: four pages that are only images (a real letter, rasterised at 300 dpi).
  await page.getByTestId('inbox-search').fill('SMO-2026-0102');
  await page.getByTestId('case-row').getByTestId('open-case').click();
  await page.getByTestId('document-list').getByText('Courrier de consultation (scanné).pdf').click();
  await expect(page.getByTestId('pdf-viewer')).toHaveAttribute('data-pages', '4');
  await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
  const inked = await page.locator('[data-page-number="1"] canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    return dark;
  });
  // The letter's typed lines are drawn, not a blank page (its 7 lines ink several thousand pixels).
  expect(inked).toBeGreaterThan(1000);
  await page.screenshot({ path: 'test-results/screens/workspace-scanned-en.png' });

  // A questionnaire answer that points at a document opens it; its text can be selected.
  await page.getByTestId('workspace-back').click();
  await page.getByTestId('inbox-search').fill('SMO-2026-0101');
  await page.getByTestId('case-row').getByTestId('open-case').click();
  await page.getByTestId('questionnaire-document').click();
  await expect(page.getByTestId('document-tab')).toHaveText(/Compte rendu IRM genou droit\.pdf/);
  const firstPage = page.locator('[data-page-number="1"]');
  await expect(firstPage).toHaveAttribute('data-rendered', 'true');
  const selected = await firstPage.locator('.textLayer').evaluate((layer) => {
    const range = document.createRange();
    range.selectNodeContents(layer);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  });
  expect(selected).toContain('IRM du genou droit');

  // A password-protected report asks for its password.
  await page.getByTestId('document-list-tab').click();
  await page.getByTestId('document-list').getByText('Biologie (protégé).pdf').click();
  await expect(page.getByTestId('pdf-password')).toBeVisible();
  await page.getByTestId('pdf-password-input').fill('wrong password');
  await page.getByTestId('pdf-password-input').press('Enter');
  await expect(page.getByTestId('pdf-password')).toContainText('This password is not correct.');
  await page.getByTestId('pdf-password-input').fill('genou-2026');
  await page.getByTestId('pdf-password-input').press('Enter');
  await expect(page.getByTestId('pdf-viewer')).toHaveAttribute('data-pages', '2');
  await page.getByTestId('pdf-find').fill('confidentiels');
  await expect(page.getByTestId('pdf-find-count')).toHaveText('1 of 2');
});
