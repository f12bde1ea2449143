// Writes zip archives (PKWARE APPNOTE: local headers, central directory, end record), deflated or
// stored, as patients' CD exports arrive. Options make the broken archives the tests need: an
// entry flagged as encrypted, a wrong CRC, an understated size.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipMember {
  name: string;
  bytes: Buffer;
  /** Stored instead of deflated. */
  store?: boolean;
  /** Flags the entry as encrypted (its bytes are left as they are). */
  encrypted?: boolean;
  /** Declares a CRC-32 other than the bytes' own. */
  wrongCrc?: boolean;
  /** Declares this uncompressed size instead of the real one (a zip bomb understates it). */
  declaredSize?: number;
}

export function writeZip(members: ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name, 'utf8');
    const data = member.store ? member.bytes : deflateRawSync(member.bytes);
    const crc = (crc32(member.bytes) ^ (member.wrongCrc ? 0xffffffff : 0)) >>> 0;
    const flags = 0x800 | (member.encrypted ? 1 : 0);
    const method = member.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x5b210000, 10); // a fixed DOS date and time: the same input gives the same archive
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(member.declaredSize ?? member.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(0x5b210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(member.declaredSize ?? member.bytes.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
