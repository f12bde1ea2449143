// Every transfer syntax the viewer must read, produced by an independent toolkit (dcmtk) from a
// slice our own writer made: lossless ones must decode to exactly the original pixels; lossy ones
// to what the encoder's own decoder makes of the same file (a lossy encoder may also rescale the
// stored values, as JPEG baseline does to 8 bits), within 2 % (two decoders' IDCTs round
// differently), and are flagged LOSSY. Decoding happens in the browser, with the build's codecs.
// JPEG 2000 comes from OpenJPEG (dcmtk cannot write it). HTJ2K is decoded only under the loader's
// pre-standard identifier, which no tool here writes; the standard ones are named unsupported.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, platformControl } from './fixtures';
import { createRequire } from 'node:module';
import { ctSeries } from '../../platform/demo/phantoms';
import { jpeg2000Slice } from '../support/jpeg2000';

const dicomParser = createRequire(import.meta.url)('dicom-parser') as typeof import('dicom-parser');

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
  { label: 'JPEG baseline', tool: ['dcmcjpeg', '+eb'], lossy: true, decoder: 'dcmdjpeg' },
  { label: 'JPEG 2000 lossless', tool: 'openjpeg', lossy: false },
  { label: 'JPEG 2000', tool: 'openjpeg', lossy: true },
] as const;

/** Sum of the stored pixel values of an uncompressed file, whatever its bits allocated. */
function storedSum(file: Buffer): number {
  const ds = dicomParser.parseDicom(file);
  const pixels = ds.elements.x7fe00010!;
  const bytes = file.subarray(pixels.dataOffset, pixels.dataOffset + pixels.length);
  if (ds.uint16('x00280100') === 8) return bytes.reduce((sum, v) => sum + v, 0);
  let sum = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) sum += bytes.readUInt16LE(i);
  return sum;
}


test('decodes every transfer syntax: lossless exactly, lossy closely and flagged', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const slice = ctSeries('syntaxes', 1, { id: 'T', name: 'TEST^PATIENT' })[0]!.bytes;
  const expected = new Map<string, number>();
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-ts-'));
  /** The file for one syntax, and the pixel sum its decoder must give. */
  const produce = (syntax: (typeof SYNTAXES)[number], i: number): { file: Buffer; sum: number } => {
    const seriesUid = `1.2.826.0.1.3680043.10.1234.77.${i + 1}`;
    if (syntax.tool === 'openjpeg') {
      const made = jpeg2000Slice(slice, dir, { lossy: syntax.lossy, seriesUid, description: `TS ${syntax.label}` });
      return { file: made.file, sum: made.expectedSum };
    }
    const source = join(dir, `source-${i}.dcm`);
    const out = join(dir, `out-${i}.dcm`);
    writeFileSync(source, slice);
    // A series of its own for each syntax, named after it.
    execFileSync('dcmodify', ['-nb', '-m', `(0020,000e)=${seriesUid}`, '-m', `(0008,103e)=TS ${syntax.label}`, source]);
    if (syntax.tool) execFileSync(syntax.tool[0], [...syntax.tool.slice(1), source, out]);
    else copyFileSync(source, out);
    if (!('decoder' in syntax)) return { file: readFileSync(out), sum: storedSum(slice) };
    execFileSync(syntax.decoder, [out, join(dir, `reference-${i}.dcm`)]);
    return { file: readFileSync(out), sum: storedSum(readFileSync(join(dir, `reference-${i}.dcm`))) };
  };
  for (const [i, syntax] of SYNTAXES.entries()) {
    const { file, sum } = produce(syntax, i);
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
