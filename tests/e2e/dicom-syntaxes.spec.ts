// Every transfer syntax the viewer must read, produced by an independent toolkit (dcmtk) from a
// slice our own writer made: lossless ones must decode to exactly the original pixels; lossy ones
// to what the encoder's own decoder makes of the same file (a lossy encoder may also rescale the
// stored values, as JPEG baseline does to 8 bits), within 2 % (two decoders' IDCTs round
// differently), and are flagged LOSSY. Decoding happens in the browser, with the build's codecs.
// JPEG 2000 comes from OpenJPEG (dcmtk cannot write it), HTJ2K from OpenJPH. Every photometric
// interpretation and bit depth is in the conformance matrix (dicom-conformance.spec.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, platformControl, openCase } from './fixtures';
import { ctSeries } from '../../platform/demo/phantoms';
import { SYNTAXES, syntaxFixture } from '../support/syntax-fixtures';

test('decodes every transfer syntax: lossless exactly, lossy closely and flagged', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const slice = ctSeries('syntaxes', 1, { id: 'T', name: 'TEST^PATIENT' })[0]!.bytes;
  const expected = new Map<string, number>();
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-ts-'));
  for (const [i, syntax] of SYNTAXES.entries()) {
    const { file, sum } = await syntaxFixture(slice, syntax, i, dir);
    expected.set(syntax.label, sum);
    await platformControl(preview, '/dev/cases/SMO-2026-0105/attachments', {
      name: `TS ${syntax.label}.dcm`,
      kind: 'dicom',
      mediaType: 'application/dicom',
      base64: file.toString('base64'),
    });
  }
  // Any codec that fails to load shows here (a 404 for a worker or wasm file, a CSP refusal).
  const problems: string[] = [];
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker: ${m.text()}`)));
  page.on('pageerror', (e) => problems.push(e.message));
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0105', 'offered');
  const list = page.getByTestId('document-list');
  await expect(list.locator('[data-kind="dicom"][data-state="available"]')).toHaveCount(SYNTAXES.length, { timeout: 60_000 });

  for (const syntax of SYNTAXES) {
    await list.getByText(`TS ${syntax.label}.dcm`).click();
    const viewer = page.getByTestId('dicom-viewer');
    await expect(viewer, `${syntax.label}: ${problems.join('; ')}`).toHaveAttribute('data-pixel-sum', /\d+/);
    const sum = Number(await viewer.getAttribute('data-pixel-sum'));
    const reference = expected.get(syntax.label) ?? Number.NaN;
    if (syntax.lossy) {
      expect(Math.abs(sum - reference) / reference, syntax.label).toBeLessThan(0.02);
      await expect(page.getByTestId('dicom-overlay'), syntax.label).toContainText('LOSSY');
    } else {
      expect(sum, syntax.label).toBe(reference);
      await expect(page.getByTestId('dicom-overlay'), syntax.label).not.toContainText('LOSSY');
    }
    await page.locator('.tabs__close').click();
  }
  expect(problems).toEqual([]);
});
