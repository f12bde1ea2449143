// Reads a zip archive's central directory (PKWARE APPNOTE 6.3: end of central directory record,
// Zip64 when an export passes 4 GiB or 65,535 files) from any random-access source, without
// reading the members. Patients upload the CD of their scan as a zip; nothing here trusts it:
// counts, offsets and sizes are checked against the archive's own size.

/** Reads `length` bytes at `offset` (fewer at the end of the source). */
export type ReadRange = (offset: number, length: number) => Promise<Buffer>;

export interface ZipEntry {
  /** The path inside the archive, with `/` separators. */
  name: string;
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Where the next member (or the directory) starts: this member's bytes end before it. */
  limit: number;
}

export class ZipFormatError extends Error {}
/** Members that share bytes: no tool writes that; it is how a small zip claims gigabytes (a zip bomb). */
export class ZipOverlapError extends ZipFormatError {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const EOCD_SIZE = 22;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** More files than any imaging CD holds; a directory claiming more is not read. */
export const MAX_ZIP_ENTRIES = 200_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

export async function readZipDirectory(read: ReadRange, size: number): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = await read(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('no end of central directory record (not a zip file, or cut short)');
  let count = tail.readUInt16LE(at + 10);
  let directorySize = tail.readUInt32LE(at + 12);
  let directoryOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    ({ count, directorySize, directoryOffset } = await readZip64End(read, tailStart + at));
  }
  if (count > MAX_ZIP_ENTRIES) throw new ZipFormatError(`${count} files: more than this workstation reads from one archive`);
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) throw new ZipFormatError('the central directory lies outside the file');
  const directory = await read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  const spans: Span[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_ENTRY) throw new ZipFormatError('damaged central directory');
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) throw new ZipFormatError('damaged central directory');
    const rawName = directory.subarray(p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      // Bit 11: UTF-8 names; older tools wrote IBM 437, whose ASCII range is all DICOM allows.
      name: rawName.toString(flags & 0x800 ? 'utf8' : 'latin1').replaceAll('\\', '/'),
      method: directory.readUInt16LE(p + 10),
      encrypted: (flags & 1) === 1,
      crc32: directory.readUInt32LE(p + 16),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
      limit: size,
    };
    applyZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    if (entry.localHeaderOffset + entry.compressedSize > size) throw new ZipFormatError(`"${entry.name}" lies outside the file (cut short?)`);
    entries.push(entry);
    spans.push({ entry, start: entry.localHeaderOffset, end: entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLength + entry.compressedSize });
    p = end;
  }
  refuseOverlaps(spans, directoryOffset);
  return entries;
}

/**
 * Each member's local header and data must lie apart from every other's and before the central
 * directory. The span is a lower bound (the local header's extra field may add bytes), so a real
 * archive never fails it; overlapping members, a zip bomb's trick, always do.
 */
interface Span {
  entry: ZipEntry;
  start: number;
  end: number;
}

function refuseOverlaps(spans: Span[], directoryOffset: number): void {
  spans.sort((a, b) => a.start - b.start);
  let reached = 0;
  for (const [i, span] of spans.entries()) {
    if (span.start < reached) throw new ZipOverlapError('its files overlap each other');
    reached = span.end;
    span.entry.limit = spans[i + 1]?.start ?? directoryOffset;
  }
  if (reached > directoryOffset) throw new ZipOverlapError('a file overlaps the directory');
}

async function readZip64End(read: ReadRange, eocdOffset: number) {
  if (eocdOffset < 20) throw new ZipFormatError('damaged Zip64 directory');
  const locator = await read(eocdOffset - 20, 20);
  if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipFormatError('damaged Zip64 directory');
  const record = await read(Number(locator.readBigUInt64LE(8)), 56);
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError('damaged Zip64 directory');
  return {
    count: Number(record.readBigUInt64LE(32)),
    directorySize: Number(record.readBigUInt64LE(40)),
    directoryOffset: Number(record.readBigUInt64LE(48)),
  };
}

/** The Zip64 extra field (id 1) carries, in order, only the sizes and offset whose 32-bit field is all ones. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + length || q + 8 > extra.length) throw new ZipFormatError(`damaged Zip64 field for "${entry.name}"`);
        const value = Number(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + length;
  }
}

/** Where a member's (compressed) bytes start: after its local header, whose name and extra lengths may differ from the directory's. */
export async function memberDataOffset(read: ReadRange, entry: ZipEntry): Promise<number> {
  const header = await read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipFormatError(`damaged local header for "${entry.name}"`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  // A local header whose lengths push the data into the next member: the same bytes read twice.
  if (start + entry.compressedSize > entry.limit) throw new ZipOverlapError(`"${entry.name}" overlaps the next file`);
  return start;
}

export const isDirectoryEntry = (entry: ZipEntry) => entry.name.endsWith('/');
