// Every transfer syntax the viewer must read, produced by an independent toolkit (dcmtk) from a
// slice our own writer made: lossless ones must decode to exactly the original pixels; lossy ones
// to what dcmtk's own decoder makes of the same file (the lossy encoder may also rescale the stored
// values), within 2 % (two decoders' 12-bit IDCTs round differently), and are flagged LOSSY. Decoding happens in the browser, with the build's
// codecs. (dcmtk cannot write JPEG 2000 or HTJ2K, so those are not covered here.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, platformControl } from './fixtures';
import { ctSeries } from '../../platform/demo/phantoms';

const SYNTAXES = [
  { label: 'explicit little endian', tool: null, lossy: false },
  { label: 'implicit little endian', tool: ['dcmconv', '+ti'], lossy: false },
  { label: 'explicit big endian', tool: ['dcmconv', '+tb'], lossy: false },
  { label: 'deflated', tool: ['dcmconv', '+td'], lossy: false },
  { label: 'RLE', tool: ['dcmcrle'], lossy: false },
  { label: 'JPEG lossless', tool: ['dcmcjpeg', '+e1'], lossy: false },
  { label: 'JPEG-LS lossless', tool: ['dcmcjpls', '+el'], lossy: false },
  { label: 'JPEG-LS near-lossless', tool: ['dcmcjpls', '+en', '+md', '2'], lossy: true, decoder: 'dcmdjpls' },
  { label: 'JPEG extended', tool: ['dcmcjpeg', '+ee'], lossy: true, decoder: 'dcmdjpeg' },
] as const;

/** Sum of the stored pixel values of an uncompressed 512×512 16-bit file (pixel data last). */
function storedSum(file: Buffer): number {
  const pixels = new Uint16Array(file.buffer.slice(file.byteOffset + file.length - 512 * 512 * 2, file.byteOffset + file.length));
  return pixels.reduce((sum, v) => sum + v, 0);
}

test('decodes every transfer syntax: lossless exactly, lossy closely and flagged', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const slice = ctSeries('syntaxes', 1, { id: 'T', name: 'TEST^PATIENT' })[0]!.bytes;
  const expected = new Map<string, number>();
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-ts-'));
  for (const [i, syntax] of SYNTAXES.entries()) {
    const source = join(dir, `source-${i}.dcm`);
    writeFileSync(source, slice);
    // A series of its own for each syntax, named after it.
    execFileSync('dcmodify', ['-nb', '-m', `(0020,000e)=1.2.826.0.1.3680043.10.1234.77.${i + 1}`, '-m', `(0008,103e)=TS ${syntax.label}`, source]);
    const out = join(dir, `out-${i}.dcm`);
    if (syntax.tool) execFileSync(syntax.tool[0], [...syntax.tool.slice(1), source, out]);
    else copyFileSync(source, out);
    if ('decoder' in syntax) {
      execFileSync(syntax.decoder, [out, join(dir, `reference-${i}.dcm`)]);
      expected.set(syntax.label, storedSum(readFileSync(join(dir, `reference-${i}.dcm`))));
    } else {
      expected.set(syntax.label, storedSum(slice));
    }
    await platformControl(preview, '/dev/cases/SMO-2026-0105/attachments', {
      name: `TS ${syntax.label}.dcm`,
      kind: 'dicom',
      mediaType: 'application/dicom',
      base64: readFileSync(out).toString('base64'),
    });
  }
  // Any codec that fails to load shows here (a 404 for a worker or wasm file, a CSP refusal).
  const problems: string[] = [];
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker: ${m.text()}`)));
  page.on('pageerror', (e) => problems.push(e.message));
  await openUnlocked(page, preview);
  await page.getByTestId('inbox-tab-offered').click();
  await page.getByTestId('inbox-search').fill('SMO-2026-0105');
  await page.getByTestId('case-row').getByTestId('open-case').click();
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
