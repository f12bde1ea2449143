// A zip whose directory lists one member many times, every entry pointing at the same bytes: the
// overlapping-member trick that lets a small archive claim gigabytes. No archiver writes this.
import { crc32, deflateRawSync } from 'node:zlib';

export function overlappingZip(bytes: Buffer, copies: number): Buffer {
  const data = deflateRawSync(bytes);
  const crc = crc32(bytes) >>> 0;
  const firstName = Buffer.from('IM000001.dcm');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(bytes.length, 22);
  local.writeUInt16LE(firstName.length, 26);
  const head = Buffer.concat([local, firstName, data]);
  const entries = Array.from({ length: copies }, (_, i) => {
    const name = Buffer.from(`IM${String(i + 1).padStart(6, '0')}.dcm`);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(bytes.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(0, 42); // every entry: the same local header
    return Buffer.concat([entry, name]);
  });
  const directory = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(head.length, 16);
  return Buffer.concat([head, directory, end]);
}
