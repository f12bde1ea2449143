// Untrusted DICOM files are held to limits before anything reads them further: sequences nested
// too deep, an element longer than allowed, a file too large, a deflated data set that inflates
// too far. Each is refused with a sentence naming the limit; ordinary files pass.
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { writeDicomFile, type Element } from '../../platform/demo/dicom-writer';
import { parseDicomFile, DICOM_LIMITS } from '../../src-main/core/imaging/dicom-parse';
import { readDicomHeader } from '../../src-main/core/imaging/dicom-header';

const SC = '1.2.840.10008.5.1.4.1.1.7';
const base: Element[] = [
  { tag: 0x00080018, vr: 'UI', value: '1.2.3.4' },
  { tag: 0x0020000e, vr: 'UI', value: '1.2.3' },
];

/** A sequence `depth` levels deep (each item holds the next sequence). */
function nested(depth: number): Element {
  let element: Element = { tag: 0x00081030, vr: 'LO', value: 'leaf' };
  for (let i = 0; i < depth; i++) element = { tag: 0x00081140, vr: 'SQ', value: [[element]] };
  return element;
}

describe('DICOM limits', () => {
  it('reads an ordinary file with a few nested sequences', () => {
    const file = writeDicomFile(SC, '1.2.3.4', [...base, nested(4)]);
    expect(parseDicomFile(file).string('x00080018')).toBe('1.2.3.4');
  });

  it('reads encapsulated pixel data, whose undefined length is not a length, read whole or up to it', () => {
    const file = writeDicomFile(SC, '1.2.3.4', base, { transferSyntax: '1.2.840.10008.1.2.5', encapsulatedFrames: [Buffer.alloc(64, 7)] });
    expect(parseDicomFile(file).elements.x7fe00010?.hadUndefinedLength).toBe(true);
    // The header reader stops at the pixel data: the element is recorded with its 0xFFFFFFFF length.
    expect(parseDicomFile(file, 'x7fe00010').elements.x7fe00010?.hadUndefinedLength).toBe(true);
    expect(readDicomHeader(file).sopUid).toBe('1.2.3.4');
  });

  it('refuses sequences nested deeper than the limit, naming it', () => {
    const file = writeDicomFile(SC, '1.2.3.4', [...base, nested(DICOM_LIMITS.maxNesting + 2)]);
    expect(() => parseDicomFile(file)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_DICOM', message: expect.stringContaining('nests sequences more than 32 deep') }),
    );
    // The header reader passes the limit's sentence on rather than a generic one.
    expect(() => readDicomHeader(file)).toThrow(/nests sequences/);
  });

  it('refuses an element longer than the limit, and a file larger than the limit', () => {
    const file = writeDicomFile(SC, '1.2.3.4', [...base, { tag: 0x00204000, vr: 'LT', value: 'x'.repeat(2000) }]);
    const small = { ...DICOM_LIMITS, maxElementBytes: 1000 };
    expect(() => parseDicomFile(file, undefined, small)).toThrow(/element longer/);
    expect(() => parseDicomFile(file, undefined, { ...DICOM_LIMITS, maxFileBytes: 1024 })).toThrow(/larger than/);
  });

  it('refuses a deflated data set that inflates beyond the limit (a zip bomb)', () => {
    const plain = writeDicomFile(SC, '1.2.3.4', [...base, { tag: 0x0040a160, vr: 'UT', value: ' '.repeat(4 * 1024 * 1024) }], {
      transferSyntax: '1.2.840.10008.1.2.1.99',
    });
    // Deflate everything after the file meta group, as the Deflated Explicit VR syntax does.
    const metaEnd = 132 + 12 + plain.readUInt32LE(140);
    const file = Buffer.concat([plain.subarray(0, metaEnd), deflateRawSync(plain.subarray(metaEnd))]);
    expect(file.length).toBeLessThan(64 * 1024);
    expect(parseDicomFile(file).string('x00080018')).toBe('1.2.3.4');
    expect(() => parseDicomFile(file, undefined, { ...DICOM_LIMITS, maxInflatedBytes: 1024 * 1024 })).toThrow(/inflates beyond/);
  });
});
