// JPEG 2000 fixtures made by an independent encoder (OpenJPEG's opj_compress, from Debian): a CT
// slice's stored pixels compressed losslessly or lossily, wrapped as DICOM by our writer, with the
// sum of the pixels OpenJPEG's own decoder gets back (the reference for the lossy file); and the
// same slice in HTJ2K, encoded by OpenJPH.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { greyscalePixels, writeDicomFile } from '../../platform/demo/dicom-writer';
import { CT_PIXEL_SPACING_MM } from '../../platform/demo/phantoms';
import { encodeHtj2k } from './htj2k';

const SIZE = 512;
export const JPEG2000_LOSSLESS = '1.2.840.10008.1.2.4.90';
export const JPEG2000 = '1.2.840.10008.1.2.4.91';
export const HTJ2K_LOSSLESS = '1.2.840.10008.1.2.4.201';

/** The stored 16-bit pixels of one of our CT slices (pixel data is the file's last element). */
export function storedPixels(slice: Buffer): Uint16Array {
  const bytes = slice.subarray(slice.length - SIZE * SIZE * 2);
  return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

function writePgm(path: string, pixels: Uint16Array) {
  const body = Buffer.alloc(pixels.length * 2);
  pixels.forEach((v, i) => body.writeUInt16BE(v, i * 2));
  writeFileSync(path, Buffer.concat([Buffer.from(`P5\n${SIZE} ${SIZE}\n4095\n`, 'latin1'), body]));
}

function readPgmSum(path: string): number {
  const file = readFileSync(path);
  // Header: "P5", an optional "# OpenJPEG…" comment line, "512 512", "4095", each on its line.
  let fields = 0;
  let at = 0;
  while (fields < 3) {
    const end = file.indexOf(0x0a, at);
    if (file[at] !== 0x23) fields++; // a '#' line is a comment
    at = end + 1;
  }
  let sum = 0;
  for (let i = at; i + 1 < file.length; i += 2) sum += file.readUInt16BE(i);
  return sum;
}

export function jpeg2000Slice(
  slice: Buffer,
  dir: string,
  options: { lossy: boolean; seriesUid: string; description: string },
): { file: Buffer; expectedSum: number } {
  const pgm = join(dir, `j2k-${options.lossy ? 'lossy' : 'lossless'}.pgm`);
  const codestream = pgm.replace('.pgm', '.j2k');
  const decoded = pgm.replace('.pgm', '-decoded.pgm');
  const pixels = storedPixels(slice);
  writePgm(pgm, pixels);
  execFileSync('opj_compress', ['-i', pgm, '-o', codestream, ...(options.lossy ? ['-r', '20', '-I'] : [])], { stdio: 'ignore' });
  execFileSync('opj_decompress', ['-i', codestream, '-o', decoded], { stdio: 'ignore' });
  const file = ctSliceFile(readFileSync(codestream), options.lossy ? JPEG2000 : JPEG2000_LOSSLESS, options);
  const original = pixels.reduce((s, v) => s + v, 0);
  // OpenJPEG's own decoder gives back exactly the original from the lossless file.
  if (!options.lossy && readPgmSum(decoded) !== original) throw new Error('opj_decompress disagrees with the original pixels');
  return { file, expectedSum: options.lossy ? readPgmSum(decoded) : original };
}

/** One CT slice's codestream wrapped as DICOM by our writer, in its transfer syntax. */
function ctSliceFile(codestream: Buffer, transferSyntax: string, options: { lossy: boolean; seriesUid: string; description: string }): Buffer {
  const sopUid = `${options.seriesUid}.1`;
  return writeDicomFile(
    '1.2.840.10008.5.1.4.1.1.2',
    sopUid,
    [
      { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
      { tag: 0x00080018, vr: 'UI', value: sopUid },
      { tag: 0x00080060, vr: 'CS', value: 'CT' },
      { tag: 0x0008103e, vr: 'LO', value: options.description },
      { tag: 0x0020000d, vr: 'UI', value: `${options.seriesUid}.9` },
      { tag: 0x0020000e, vr: 'UI', value: options.seriesUid },
      { tag: 0x00200013, vr: 'IS', value: '1' },
      { tag: 0x00280002, vr: 'US', value: 1 },
      { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
      ...greyscalePixels(SIZE, SIZE, CT_PIXEL_SPACING_MM.toFixed(2), 16, 12),
      { tag: 0x00281052, vr: 'DS', value: '-1024' },
      { tag: 0x00281053, vr: 'DS', value: '1' },
      ...(options.lossy ? [{ tag: 0x00282110, vr: 'CS' as const, value: '01' }] : []),
    ],
    { transferSyntax, encapsulatedFrames: [codestream] },
  );
}

/** The slice in HTJ2K Lossless (final UID), encoded by OpenJPH (the codec's own encoder); lossless, so the original's sum. */
export async function htj2kSlice(slice: Buffer, options: { seriesUid: string; description: string }): Promise<{ file: Buffer; expectedSum: number }> {
  const pixels = storedPixels(slice);
  const codestream = await encodeHtj2k(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), {
    width: SIZE,
    height: SIZE,
    bitsStored: 12,
    components: 1,
    signed: false,
  });
  return { file: ctSliceFile(codestream, HTJ2K_LOSSLESS, { ...options, lossy: false }), expectedSum: pixels.reduce((s, v) => s + v, 0) };
}
