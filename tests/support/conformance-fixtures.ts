// The imaging conformance matrix: small images of every photometric interpretation, bit depth,
// sign, byte order and compression the viewer must read, written by our own writer in the simplest
// form (explicit VR little endian) and turned into every other form by independent tools (dcmtk,
// GDCM, OpenJPEG, OpenJPH). Each comes with what a correct decoder finds: the stored values for
// lossless forms (digest and sum, as the viewer reports them), and the encoder's own decoder's
// result for lossy ones.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeDicomFile, type Element } from '../../platform/demo/dicom-writer';
import { encodeHtj2k } from './htj2k';

const dicomParser = createRequire(import.meta.url)('dicom-parser') as typeof import('dicom-parser');

export interface PixelSpec {
  label: string;
  photometric: 'MONOCHROME1' | 'MONOCHROME2' | 'RGB' | 'YBR_FULL' | 'YBR_FULL_422' | 'PALETTE COLOR';
  bitsAllocated: 1 | 8 | 16 | 32;
  bitsStored: number;
  signed: boolean;
  planar?: 0 | 1;
  frames?: number;
  rows?: number;
  columns?: number;
  /** Without Modality (0008,0060), as many secondary captures are (none has orientation or spacing). */
  noModality?: boolean;
}

/** The stored values of one spec: a pattern that reaches both ends of the range and every bit. */
export function storedValues(spec: PixelSpec): number[] {
  const rows = spec.rows ?? 48;
  const columns = spec.columns ?? 40;
  const samples = spec.photometric === 'YBR_FULL_422' ? 2 : ['RGB', 'YBR_FULL'].includes(spec.photometric) ? 3 : 1;
  const frames = spec.frames ?? 1;
  const max = spec.signed ? 2 ** (spec.bitsStored - 1) - 1 : 2 ** spec.bitsStored - 1;
  const min = spec.signed ? -(2 ** (spec.bitsStored - 1)) : 0;
  const span = max - min + 1;
  const out: number[] = [];
  for (let f = 0; f < frames; f++) {
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < columns; x++) {
        for (let s = 0; s < samples; s++) {
          // Corners at the extremes, elsewhere a pattern spread over the whole range.
          const corner = (x === 0 && y === 0) || (x === columns - 1 && y === rows - 1);
          const v = corner ? (x === 0 ? min : max) : min + Math.floor((((x * 7919 + y * 104729 + s * 31 + f * 13) % 9973) / 9973) * span);
          out.push(Math.min(max, v));
        }
      }
    }
  }
  return out;
}

/** Writes the values as native pixel data of the spec (planar configuration 1 rearranges RGB). */
function nativeBytes(spec: PixelSpec, values: number[]): Buffer {
  const pixels = values.length / (spec.photometric === 'RGB' || spec.photometric === 'YBR_FULL' ? 3 : 1);
  let ordered = values;
  if (spec.planar === 1) {
    const frames = spec.frames ?? 1;
    const perFrame = pixels / frames;
    ordered = [];
    for (let f = 0; f < frames; f++) for (let c = 0; c < 3; c++) for (let p = 0; p < perFrame; p++) ordered.push(values[(f * perFrame + p) * 3 + c] as number);
  }
  if (spec.bitsAllocated === 1) {
    const bytes = Buffer.alloc(Math.ceil(ordered.length / 8) + (Math.ceil(ordered.length / 8) % 2));
    ordered.forEach((v, i) => {
      if (v) bytes[i >> 3] = (bytes[i >> 3] ?? 0) | (1 << (i & 7));
    });
    return bytes;
  }
  const width = spec.bitsAllocated / 8;
  const bytes = Buffer.alloc(ordered.length * width + ((ordered.length * width) % 2));
  ordered.forEach((v, i) => {
    if (width === 1) bytes.writeUInt8(v & 0xff, i);
    else if (width === 2) bytes.writeUInt16LE(v & 0xffff, i * 2);
    else bytes.writeUInt32LE(v >>> 0, i * 4);
  });
  return bytes;
}

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';

/** The spec as an explicit VR little endian file of our own writer. */
export function nativeFile(spec: PixelSpec, seriesUid: string, extra: Element[] = []): Buffer {
  const { sop, elements } = imageElements(spec, seriesUid, extra);
  const pixels: Element = { tag: 0x7fe00010, vr: spec.bitsAllocated > 8 ? 'OW' : 'OB', value: nativeBytes(spec, storedValues(spec)) };
  return writeDicomFile(SECONDARY_CAPTURE, sop, [...elements, pixels]);
}

/** The spec's data set without its pixel data (they are added native, or as compressed frames). */
function imageElements(spec: PixelSpec, seriesUid: string, extra: Element[]): { sop: string; elements: Element[] } {
  const samples = spec.photometric === 'MONOCHROME1' || spec.photometric === 'MONOCHROME2' || spec.photometric === 'PALETTE COLOR' ? 1 : 3;
  const sop = `${seriesUid}.1`;
  const dataset: Element[] = [
    { tag: 0x00080016, vr: 'UI', value: SECONDARY_CAPTURE },
    { tag: 0x00080018, vr: 'UI', value: sop },
    ...(spec.noModality ? [] : [{ tag: 0x00080060, vr: 'CS' as const, value: 'OT' }]),
    { tag: 0x0008103e, vr: 'LO', value: spec.label },
    { tag: 0x0020000d, vr: 'UI', value: `${seriesUid}.9` },
    { tag: 0x0020000e, vr: 'UI', value: seriesUid },
    { tag: 0x00200013, vr: 'IS', value: '1' },
    { tag: 0x00280002, vr: 'US', value: samples },
    { tag: 0x00280004, vr: 'CS', value: spec.photometric },
    ...(samples === 3 ? [{ tag: 0x00280006, vr: 'US' as const, value: spec.planar ?? 0 }] : []),
    ...((spec.frames ?? 1) > 1 ? [{ tag: 0x00280008, vr: 'IS' as const, value: String(spec.frames) }] : []),
    { tag: 0x00280010, vr: 'US', value: spec.rows ?? 48 },
    { tag: 0x00280011, vr: 'US', value: spec.columns ?? 40 },
    { tag: 0x00280100, vr: 'US', value: spec.bitsAllocated },
    { tag: 0x00280101, vr: 'US', value: spec.bitsStored },
    { tag: 0x00280102, vr: 'US', value: spec.bitsStored - 1 },
    { tag: 0x00280103, vr: 'US', value: spec.signed ? 1 : 0 },
    ...(spec.photometric === 'PALETTE COLOR' ? paletteElements() : []),
    ...extra,
  ];
  return { sop, elements: dataset };
}

/** A 256-entry palette with 16-bit entries: a rainbow, so that each index maps to its own colour. */
function paletteElements(): Element[] {
  const channel = (f: (i: number) => number) => {
    const bytes = Buffer.alloc(512);
    for (let i = 0; i < 256; i++) bytes.writeUInt16LE(Math.round(f(i)) * 257, i * 2);
    return bytes;
  };
  return [
    { tag: 0x00281101, vr: 'US', value: [256, 0, 16] },
    { tag: 0x00281102, vr: 'US', value: [256, 0, 16] },
    { tag: 0x00281103, vr: 'US', value: [256, 0, 16] },
    { tag: 0x00281201, vr: 'OW', value: channel((i) => i) },
    { tag: 0x00281202, vr: 'OW', value: channel((i) => (i * 3) % 256) },
    { tag: 0x00281203, vr: 'OW', value: channel((i) => 255 - i) },
  ];
}

/** FNV-1a over values, as the viewer computes it (its `data-pixel-hash`). */
export function digest(values: ArrayLike<number>, skipEvery = 0): { sum: number; hash: string } {
  let sum = 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    if (skipEvery && i % skipEvery === skipEvery - 1) continue;
    const v = values[i] as number;
    sum += v;
    hash = Math.imul(hash ^ (v | 0), 0x01000193) >>> 0;
  }
  return { sum, hash: hash.toString(16).padStart(8, '0') };
}

/** Runs an independent tool from `source` to a new file; the tool's name and arguments, then the paths. */
export function transcode(dir: string, name: string, source: Buffer, tool: string[]): Buffer {
  const input = join(dir, `${name}.in.dcm`);
  const output = join(dir, `${name}.out.dcm`);
  writeFileSync(input, source);
  const [command, ...args] = tool as [string, ...string[]];
  const ordered = command === 'gdcmconv' ? [...args, '-i', input, '-o', output] : [...args, input, output];
  execFileSync(command, ordered, { stdio: 'pipe' });
  return readFileSync(output);
}

/** The stored values of an uncompressed file as read by dicom-parser (a reference independent of the viewer). */
export function referenceValues(file: Buffer): { values: number[]; photometric: string } {
  const ds = dicomParser.parseDicom(file);
  const el = ds.elements.x7fe00010!;
  const bits = ds.uint16('x00280100') ?? 16;
  const signed = ds.uint16('x00280103') === 1;
  const stored = ds.uint16('x00280101') ?? bits;
  const bytes = file.subarray(el.dataOffset, el.dataOffset + el.length);
  const values: number[] = [];
  const width = bits / 8;
  const count = Math.floor(bytes.length / width);
  for (let i = 0; i < count; i++) {
    let v = width === 1 ? bytes.readUInt8(i) : width === 2 ? bytes.readUInt16LE(i * 2) : bytes.readUInt32LE(i * 4);
    v = v % 2 ** stored;
    if (signed && v >= 2 ** (stored - 1)) v -= 2 ** stored;
    values.push(v);
  }
  return { values, photometric: (ds.string('x00280004') ?? '').trim() };
}

/** What the viewer must find in a fixture. */
export type Expectation =
  /** Lossless: exactly these stored values (the viewer's digest and sum), and whether it is shown inverted. */
  | { kind: 'exact'; hash: string; sum: number; inverted?: boolean }
  /** Lossy, or a colour conversion two decoders round differently: the sum within a relative bound. */
  | { kind: 'close'; sum: number; bound: number }
  /** Values wider than the display's tables: the extremes exact in modality units, the rest within the fold's step. */
  | { kind: 'wide'; min: number; max: number; valueSum: number; bound: number };

export interface Fixture {
  name: string;
  file: Buffer;
  expect: Expectation;
}

const GRAY: PixelSpec[] = [
  { label: 'M2 8u', photometric: 'MONOCHROME2', bitsAllocated: 8, bitsStored: 8, signed: false },
  { label: 'M2 12u', photometric: 'MONOCHROME2', bitsAllocated: 16, bitsStored: 12, signed: false },
  { label: 'M2 16s', photometric: 'MONOCHROME2', bitsAllocated: 16, bitsStored: 16, signed: true },
  { label: 'M1 16u', photometric: 'MONOCHROME1', bitsAllocated: 16, bitsStored: 16, signed: false },
];

/** Every form the standard allows for these images, with the tool that makes it. */
const LOSSLESS: { form: string; tool: string[] | 'htj2k' | null; for: (s: PixelSpec) => boolean }[] = [
  { form: 'native', tool: null, for: () => true },
  { form: 'implicit', tool: ['dcmconv', '+ti'], for: () => true },
  { form: 'big endian', tool: ['dcmconv', '+tb'], for: () => true },
  { form: 'deflated', tool: ['dcmconv', '+td'], for: (s) => s.bitsAllocated !== 1 },
  { form: 'RLE', tool: ['dcmcrle'], for: (s) => s.bitsAllocated !== 1 },
  { form: 'JPEG lossless', tool: ['dcmcjpeg', '+e1'], for: (s) => s.bitsAllocated <= 16 && s.bitsAllocated > 1 },
  { form: 'JPEG-LS', tool: ['dcmcjpls', '+el'], for: (s) => s.bitsAllocated <= 16 && s.bitsAllocated > 1 && !s.signed },
  { form: 'JPEG 2000', tool: ['gdcmconv', '--j2k'], for: (s) => s.bitsAllocated > 1 && s.bitsAllocated <= 16 },
  { form: 'HTJ2K', tool: 'htj2k', for: (s) => s.bitsAllocated > 1 && s.bitsAllocated <= 16 && s.photometric !== 'PALETTE COLOR' },
];

/** The viewer's digest of a spec decoded losslessly: stored values, or RGB as it shows colour. */
function expectedLossless(spec: PixelSpec): Expectation {
  const values = storedValues(spec);
  if (spec.photometric === 'MONOCHROME1' || spec.photometric === 'MONOCHROME2') {
    return { kind: 'exact', ...digest(values), inverted: spec.photometric === 'MONOCHROME1' };
  }
  if (spec.photometric === 'RGB') {
    // More than 8 bits: the top eight, rounded as the display's bytes are.
    const shown = spec.bitsStored > 8 ? Array.from(Uint8ClampedArray.from(values, (v) => v / 2 ** (spec.bitsStored - 8))) : values;
    return { kind: 'exact', ...digest(shown) };
  }
  if (spec.photometric === 'PALETTE COLOR') {
    // The fixture's palette: red i, green 3i, blue 255 − i (16-bit entries i × 257).
    return { kind: 'exact', ...digest(values.flatMap((i) => [i, (i * 3) % 256, 255 - i])) };
  }
  throw new Error(`no exact reference for ${spec.photometric}`);
}

/** dcmtk's own rendering of a colour file (PPM, RGB bytes): the reference for YBR conversions. */
function dcm2pnmRgbSum(dir: string, name: string, file: Buffer): number {
  const input = join(dir, `${name}.ref.dcm`);
  const output = join(dir, `${name}.ppm`);
  writeFileSync(input, file);
  execFileSync('dcm2pnm', ['+op', input, output], { stdio: 'pipe' });
  const ppm = readFileSync(output);
  // P6\n<w> <h>\n<max>\n then the bytes.
  let headerEnd = 0;
  for (let newlines = 0; newlines < 3; headerEnd++) if (ppm[headerEnd] === 0x0a) newlines++;
  return ppm.subarray(headerEnd).reduce((sum, v) => sum + v, 0);
}

/** An HTJ2K Lossless (final UID .201) file of the spec, encoded by OpenJPH (the codec's own encoder). */
async function htj2kFile(spec: PixelSpec, seriesUid: string): Promise<Buffer> {
  const values = storedValues(spec);
  const components = spec.photometric === 'RGB' ? 3 : 1;
  const width = spec.bitsAllocated / 8;
  const raw = Buffer.alloc(values.length * width);
  values.forEach((v, i) => (width === 1 ? raw.writeUInt8(v & 0xff, i) : raw.writeUInt16LE(v & 0xffff, i * 2)));
  const encoded = await encodeHtj2k(raw, { width: spec.columns ?? 40, height: spec.rows ?? 48, bitsStored: spec.bitsStored, components, signed: spec.signed });
  const { sop, elements } = imageElements(spec, seriesUid, []);
  return writeDicomFile(SECONDARY_CAPTURE, sop, elements, { transferSyntax: '1.2.840.10008.1.2.4.201', encapsulatedFrames: [encoded] });
}

export async function conformanceFixtures(dir: string): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  let n = 0;
  const uid = () => `1.2.826.0.1.3680043.10.1234.88.${++n}`;
  const add = async (spec: PixelSpec, form: string, tool: string[] | 'htj2k' | null, expect: Expectation) => {
    const name = `CM ${spec.label} ${form}`;
    const seriesUid = uid();
    const source = nativeFile({ ...spec, label: name }, seriesUid);
    const file =
      tool === null
        ? source
        : tool === 'htj2k'
          ? await htj2kFile({ ...spec, label: name }, seriesUid)
          : transcode(dir, name.replace(/\W+/g, '_'), source, tool);
    fixtures.push({ name, file, expect });
  };
  const colour: PixelSpec[] = [
    { label: 'RGB 8', photometric: 'RGB', bitsAllocated: 8, bitsStored: 8, signed: false },
    { label: 'RGB 8 planar', photometric: 'RGB', bitsAllocated: 8, bitsStored: 8, signed: false, planar: 1 },
    { label: 'RGB 16', photometric: 'RGB', bitsAllocated: 16, bitsStored: 16, signed: false },
    { label: 'palette', photometric: 'PALETTE COLOR', bitsAllocated: 8, bitsStored: 8, signed: false },
  ];
  for (const spec of [...GRAY, ...colour]) {
    for (const form of LOSSLESS) {
      if (!form.for(spec)) continue;
      // Transcoders that do not keep a planar configuration of 1 make the same picture interleaved.
      if (spec.planar === 1 && form.form !== 'native') continue;
      if (spec.photometric === 'PALETTE COLOR' && !['native', 'RLE', 'big endian'].includes(form.form)) continue;
      if (spec.photometric === 'RGB' && spec.bitsAllocated === 16 && !['native', 'RLE', 'big endian'].includes(form.form)) continue;
      await add(spec, form.form, form.tool, expectedLossless(spec));
    }
  }
  // A secondary capture as many vendors write it: no Modality, no orientation, no spacing.
  const bare: PixelSpec = { label: 'M2 8u no Modality', photometric: 'MONOCHROME2', bitsAllocated: 8, bitsStored: 8, signed: false, noModality: true };
  await add(bare, 'native', null, expectedLossless(bare));
  // 32 bits: exact within the display's tables (20 stored bits), folded past them (dose-like).
  for (const spec of [
    { label: 'M2 32u 20', photometric: 'MONOCHROME2', bitsAllocated: 32, bitsStored: 20, signed: false },
    { label: 'M2 32s 20', photometric: 'MONOCHROME2', bitsAllocated: 32, bitsStored: 20, signed: true },
  ] as PixelSpec[]) {
    for (const form of ['native', 'big endian', 'RLE'] as const) {
      const tool = LOSSLESS.find((f) => f.form === form)?.tool ?? null;
      await add(spec, form, tool, expectedLossless(spec));
    }
  }
  const wide: PixelSpec = { label: 'M2 32s wide', photometric: 'MONOCHROME2', bitsAllocated: 32, bitsStored: 32, signed: true };
  const wideValues = storedValues(wide);
  const step = (2 ** 32 - 1) / 2 ** 20;
  for (const form of ['native', 'big endian', 'RLE'] as const) {
    const tool = LOSSLESS.find((f) => f.form === form)?.tool ?? null;
    await add(wide, form, tool, {
      kind: 'wide',
      min: -(2 ** 31),
      max: 2 ** 31 - 1,
      valueSum: wideValues.reduce((a, b) => a + b, 0),
      bound: (wideValues.length * step) / 2,
    });
  }
  // 1 bit (a segmentation): odd sizes, two frames, so the second starts inside a byte.
  const bit: PixelSpec = { label: 'M2 1 bit', photometric: 'MONOCHROME2', bitsAllocated: 1, bitsStored: 1, signed: false, rows: 37, columns: 61, frames: 2 };
  for (const form of ['native', 'implicit', 'big endian'] as const) {
    const tool = LOSSLESS.find((f) => f.form === form)?.tool ?? null;
    await add(bit, form, tool, { kind: 'exact', ...digest(storedValues(bit).slice(0, 37 * 61)), inverted: false });
  }
  // Multi-frame greyscale: the first frame is shown first.
  const cine: PixelSpec = { label: 'M2 16u 3 frames', photometric: 'MONOCHROME2', bitsAllocated: 16, bitsStored: 16, signed: false, frames: 3 };
  for (const form of ['native', 'RLE', 'JPEG-LS'] as const) {
    const tool = LOSSLESS.find((f) => f.form === form)?.tool ?? null;
    await add(cine, form, tool, { kind: 'exact', ...digest(storedValues(cine).slice(0, 48 * 40)), inverted: false });
  }
  // YBR: against dcmtk's own rendering of the same file (two decoders round YCbCr differently).
  const ybr: PixelSpec = { label: 'YBR_FULL', photometric: 'YBR_FULL', bitsAllocated: 8, bitsStored: 8, signed: false };
  const ybr422: PixelSpec = { label: 'YBR_FULL_422', photometric: 'YBR_FULL_422', bitsAllocated: 8, bitsStored: 8, signed: false };
  for (const [spec, forms] of [
    [ybr, ['native', 'RLE']],
    [ybr422, ['native']],
  ] as const) {
    for (const form of forms) {
      const name = `CM ${spec.label} ${form}`;
      const seriesUid = uid();
      const source = nativeFile({ ...spec, label: name }, seriesUid);
      const file = form === 'native' ? source : transcode(dir, name.replace(/\W+/g, '_'), source, ['dcmcrle']);
      fixtures.push({ name, file, expect: { kind: 'close', sum: dcm2pnmRgbSum(dir, name.replace(/\W+/g, '_'), source), bound: 0.005 } });
    }
  }
  // Lossy: against the encoder's own decoder.
  for (const [spec, form, tool, decoder] of [
    [GRAY[0], 'JPEG baseline', ['dcmcjpeg', '+eb'], ['dcmdjpeg']],
    [GRAY[1], 'JPEG extended 12 bit', ['dcmcjpeg', '+ee'], ['dcmdjpeg']],
    [colour[0], 'JPEG baseline', ['dcmcjpeg', '+eb'], ['dcmdjpeg']],
    [GRAY[1], 'JPEG 2000 lossy', ['gdcmconv', '--j2k', '-q', '30'], ['gdcmconv', '--raw']],
  ] as const) {
    const name = `CM ${spec!.label} ${form}`;
    const seriesUid = uid();
    const file = transcode(dir, name.replace(/\W+/g, '_'), nativeFile({ ...spec!, label: name }, seriesUid), [...tool]);
    const decoded = transcode(dir, `${name.replace(/\W+/g, '_')}_ref`, file, [...decoder]);
    const { values } = referenceValues(decoded);
    const shown = spec!.photometric === 'RGB' ? values : values;
    fixtures.push({ name, file, expect: { kind: 'close', sum: shown.reduce((a, b) => a + b, 0), bound: 0.02 } });
  }
  return fixtures;
}
