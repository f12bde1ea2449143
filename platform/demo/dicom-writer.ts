// Writes DICOM Part 10 files (explicit VR little endian) from a list of elements. Enough of the
// standard for synthetic studies: strings, numbers, sequences, pixel data native or encapsulated
// (frames compressed by another tool). dcmtk reads and transcodes them.
export type Vr =
  'AE' | 'AS' | 'CS' | 'DA' | 'DS' | 'IS' | 'LO' | 'PN' | 'SH' | 'TM' | 'UI' | 'US' | 'SS' | 'UL' | 'OW' | 'OB' | 'LT' | 'UT' | 'ST' | 'AT' | 'SQ';

export interface Element {
  tag: number; // (group << 16) | element
  vr: Vr;
  /** For SQ: the items, each a list of elements. */
  value: string | number | number[] | string[] | Uint8Array | Element[][];
}

const LONG_VRS = new Set<Vr>(['OB', 'OW', 'UT', 'SQ']);

/** A sequence's items, each with a defined length (item tag FFFE,E000). */
function encodeItems(items: Element[][]): Buffer {
  return Buffer.concat(
    items.map((item) => {
      const body = Buffer.concat([...item].sort((a, b) => a.tag - b.tag).map(encodeElement));
      const head = Buffer.alloc(8);
      head.writeUInt16LE(0xfffe, 0);
      head.writeUInt16LE(0xe000, 2);
      head.writeUInt32LE(body.length, 4);
      return Buffer.concat([head, body]);
    }),
  );
}
const EXPLICIT_VR_LE = '1.2.840.10008.1.2.1';

function encodeValue(el: Element): Buffer {
  const { vr, value } = el;
  if (vr === 'SQ') return encodeItems(value as Element[][]);
  if (value instanceof Uint8Array) {
    const b = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return b.length % 2 === 0 ? b : Buffer.concat([b, Buffer.alloc(1)]);
  }
  if (vr === 'US' || vr === 'SS' || vr === 'UL') {
    const values = (Array.isArray(value) ? value : [value]).map(Number);
    const size = vr === 'UL' ? 4 : 2;
    const b = Buffer.alloc(values.length * size);
    values.forEach((v, i) => {
      if (vr === 'US') b.writeUInt16LE(v, i * 2);
      else if (vr === 'SS') b.writeInt16LE(v, i * 2);
      else b.writeUInt32LE(v, i * 4);
    });
    return b;
  }
  const text = Array.isArray(value) ? (value as (string | number)[]).map(String).join('\\') : String(value);
  const b = Buffer.from(text, 'latin1');
  if (b.length % 2 === 0) return b;
  return Buffer.concat([b, Buffer.from(vr === 'UI' ? '\0' : ' ', 'latin1')]);
}

function encodeElement(el: Element): Buffer {
  const value = encodeValue(el);
  const group = el.tag >>> 16;
  const element = el.tag & 0xffff;
  const head = Buffer.alloc(LONG_VRS.has(el.vr) ? 12 : 8);
  head.writeUInt16LE(group, 0);
  head.writeUInt16LE(element, 2);
  head.write(el.vr, 4, 'latin1');
  if (LONG_VRS.has(el.vr)) head.writeUInt32LE(value.length, 8);
  else head.writeUInt16LE(value.length, 6);
  return Buffer.concat([head, value]);
}

/**
 * Compressed frames as encapsulated pixel data (7FE0,0010): undefined length, an empty basic
 * offset table, one fragment per frame, then the sequence delimiter.
 */
function encapsulatedPixelData(frames: Buffer[]): Buffer {
  const item = (body: Buffer) => {
    const padded = body.length % 2 === 0 ? body : Buffer.concat([body, Buffer.alloc(1)]);
    const head = Buffer.alloc(8);
    head.writeUInt16LE(0xfffe, 0);
    head.writeUInt16LE(0xe000, 2);
    head.writeUInt32LE(padded.length, 4);
    return Buffer.concat([head, padded]);
  };
  const head = Buffer.alloc(12);
  head.writeUInt16LE(0x7fe0, 0);
  head.writeUInt16LE(0x0010, 2);
  head.write('OB', 4, 'latin1');
  head.writeUInt32LE(0xffffffff, 8);
  const delimiter = Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]);
  return Buffer.concat([head, item(Buffer.alloc(0)), ...frames.map(item), delimiter]);
}

export interface WriteOptions {
  /** The transfer syntax to declare (default: explicit VR little endian). */
  transferSyntax?: string;
  /** Frames already compressed for `transferSyntax`, written as encapsulated pixel data. */
  encapsulatedFrames?: Buffer[];
}

export function writeDicomFile(sopClassUid: string, sopInstanceUid: string, dataset: Element[], options: WriteOptions = {}): Buffer {
  const meta = [
    { tag: 0x00020001, vr: 'OB' as const, value: Uint8Array.from([0, 1]) },
    { tag: 0x00020002, vr: 'UI' as const, value: sopClassUid },
    { tag: 0x00020003, vr: 'UI' as const, value: sopInstanceUid },
    { tag: 0x00020010, vr: 'UI' as const, value: options.transferSyntax ?? EXPLICIT_VR_LE },
    { tag: 0x00020012, vr: 'UI' as const, value: '1.2.826.0.1.3680043.10.1234' },
    { tag: 0x00020013, vr: 'SH' as const, value: 'SMO_DEMO_1' },
  ].map(encodeElement);
  const metaBody = Buffer.concat(meta);
  const groupLength = encodeElement({ tag: 0x00020000, vr: 'UL', value: metaBody.length });
  const sorted = [...dataset].sort((a, b) => a.tag - b.tag).map(encodeElement);
  const pixels = options.encapsulatedFrames ? [encapsulatedPixelData(options.encapsulatedFrames)] : [];
  return Buffer.concat([Buffer.alloc(128), Buffer.from('DICM', 'latin1'), groupLength, metaBody, ...sorted, ...pixels]);
}

/**
 * The image pixel module of unsigned greyscale pixels: size, pixel spacing (a DS text, in mm;
 * left out when null), bits allocated and stored (high bit one below).
 */
export function greyscalePixels(rows: number, columns: number, spacingMm: string | null, bitsAllocated: 8 | 16, bitsStored: number): Element[] {
  return [
    { tag: 0x00280010, vr: 'US', value: rows },
    { tag: 0x00280011, vr: 'US', value: columns },
    ...(spacingMm === null ? [] : [{ tag: 0x00280030, vr: 'DS' as const, value: [spacingMm, spacingMm] }]),
    { tag: 0x00280100, vr: 'US', value: bitsAllocated },
    { tag: 0x00280101, vr: 'US', value: bitsStored },
    { tag: 0x00280102, vr: 'US', value: bitsStored - 1 },
    { tag: 0x00280103, vr: 'US', value: 0 },
  ];
}

/** A UID under a private demo root, unique per (purpose, indices). */
export function demoUid(...parts: (string | number)[]): string {
  const digits = parts.map((p) => (typeof p === 'number' ? String(p) : [...p].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000_007, 7).toString()));
  return `1.2.826.0.1.3680043.10.1234.${digits.join('.')}`.slice(0, 64);
}

export const SOP_CLASS = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  mr: '1.2.840.10008.5.1.4.1.1.4',
  dx: '1.2.840.10008.5.1.4.1.1.1.1',
} as const;
