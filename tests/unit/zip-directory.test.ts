// The zip central directory reader on archives built byte by byte: Zip64 (an export past 4 GiB
// or 65,535 files), a local header whose extra field differs from the directory's, and damage.
import { describe, expect, it } from 'vitest';
import { memberDataOffset, readZipDirectory, ZipFormatError, type ReadRange } from '../../src-main/core/imaging/zip-directory';
import { writeZip } from '../../platform/demo/zip-writer';

const source =
  (bytes: Buffer): ReadRange =>
  async (offset, length) =>
    bytes.subarray(offset, offset + length);

/** One stored member "a.dcm" whose sizes and offset live in Zip64 fields, found through the Zip64 end records. */
function zip64(content: Buffer): Buffer {
  const name = Buffer.from('a.dcm');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(8, 28); // an extra field the directory does not have
  const localExtra = Buffer.alloc(8);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt32LE(0xffffffff, 20);
  entry.writeUInt32LE(0xffffffff, 24);
  entry.writeUInt16LE(name.length, 28);
  entry.writeUInt16LE(28, 30);
  entry.writeUInt32LE(0xffffffff, 42);
  const extra = Buffer.alloc(28);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(content.length), 4); // size
  extra.writeBigUInt64LE(BigInt(content.length), 12); // compressed size
  extra.writeBigUInt64LE(0n, 20); // local header offset
  const body = Buffer.concat([local, name, localExtra, content]);
  const directory = Buffer.concat([entry, name, extra]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(1n, 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(body.length), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(body.length + directory.length), 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([body, directory, record, locator, end]);
}

describe('readZipDirectory', () => {
  it('lists members with their method, sizes and UTF-8 names', async () => {
    const zip = writeZip([
      { name: 'DICOM/IM1', bytes: Buffer.alloc(5000, 7) },
      { name: 'Résumé.txt', bytes: Buffer.from('x'), store: true },
    ]);
    const entries = await readZipDirectory(source(zip), zip.length);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['DICOM/IM1', 8, 5000],
      ['Résumé.txt', 0, 1],
    ]);
    expect(entries[0]?.compressedSize).toBeLessThan(100);
  });

  it('reads Zip64 sizes and offsets, and finds data after a local extra field', async () => {
    const content = Buffer.from('DICOM bytes');
    const zip = zip64(content);
    const [entry] = await readZipDirectory(source(zip), zip.length);
    expect(entry).toMatchObject({ name: 'a.dcm', size: content.length, compressedSize: content.length, localHeaderOffset: 0 });
    const start = await memberDataOffset(source(zip), entry!);
    expect(zip.subarray(start, start + content.length).toString()).toBe('DICOM bytes');
  });

  it('refuses what is not a zip, an archive cut short, and a directory pointing outside the file', async () => {
    const zip = writeZip([{ name: 'a', bytes: Buffer.alloc(100) }]);
    await expect(readZipDirectory(source(Buffer.alloc(500)), 500)).rejects.toThrow(ZipFormatError);
    const cut = zip.subarray(0, zip.length - 30);
    await expect(readZipDirectory(source(cut), cut.length)).rejects.toThrow(/end of central directory/);
    const lying = Buffer.from(zip);
    lying.writeUInt32LE(zip.length, zip.length - 6); // directory offset past the end
    await expect(readZipDirectory(source(lying), lying.length)).rejects.toThrow(/outside the file/);
  });
});
