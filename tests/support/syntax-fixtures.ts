// One CT slice of our phantom in every transfer syntax the viewer must read, each made by an
// independent encoder (dcmtk, OpenJPEG for JPEG 2000, OpenJPH for HTJ2K), with the pixel sum a correct decoder gets:
// the original's for lossless syntaxes, the encoder's own decoder's for lossy ones. Shared by the
// end-to-end decoding test and the DICOM benchmark.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { htj2kSlice, jpeg2000Slice } from './jpeg2000';

const dicomParser = createRequire(import.meta.url)('dicom-parser') as typeof import('dicom-parser');

export const SYNTAXES = [
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
  { label: 'HTJ2K lossless', tool: 'openjph', lossy: false },
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

export type Syntax = (typeof SYNTAXES)[number];

/** The file for one syntax (a series of its own, named after it), and the pixel sum to expect. */
export async function syntaxFixture(slice: Buffer, syntax: Syntax, i: number, dir: string): Promise<{ file: Buffer; sum: number }> {
  const seriesUid = `1.2.826.0.1.3680043.10.1234.77.${i + 1}`;
  if (syntax.tool === 'openjph') {
    const made = await htj2kSlice(slice, { seriesUid, description: `TS ${syntax.label}` });
    return { file: made.file, sum: made.expectedSum };
  }
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
}
