// What a DICOM file is, found from its header before any decoding: images, an encapsulated PDF
// (with where its bytes are), a structured report read into text, a waveform; and each kind of
// broken file named — not DICOM, truncated, no pixels, inconsistent size, unsupported syntax.
import { describe, expect, it } from 'vitest';
import { describeDicomFile } from '../../src-main/core/imaging/dicom-object';
import { readDicomHeader } from '../../src-main/core/imaging/dicom-header';
import { ctSeries } from '../../platform/demo/phantoms';
import { ecgWaveform, encapsulatedPdf, structuredReport } from '../../platform/demo/dicom-objects';
import { writeDicomFile } from '../../platform/demo/dicom-writer';

const patient = { id: 'T', name: 'TEST^PATIENT' };
const slice = ctSeries('object', 1, patient)[0]!.bytes;
const describe_ = (bytes: Buffer) => describeDicomFile(bytes.subarray(0, 512 * 1024), bytes.length, async () => bytes);

/** The slice with its pixel data element's declared length replaced (the element is last). */
function withPixelLength(bytes: Buffer, length: number, keep: number): Buffer {
  const copy = Buffer.from(bytes.subarray(0, keep));
  const at = bytes.length - 512 * 512 * 2 - 4;
  copy.writeUInt32LE(length, at);
  return copy;
}

describe('describeDicomFile', () => {
  it('recognises an image', async () => {
    expect(await describe_(slice)).toEqual({ kind: 'image' });
  });

  it('tells a file cut inside its header from a whole file whose header is damaged', async () => {
    expect(await describe_(slice.subarray(0, 400))).toMatchObject({ kind: 'unreadable', problem: 'truncated' });
    // The same file, whole, with a header element whose length runs past the end of the file.
    const damaged = Buffer.from(slice);
    const uidTag = damaged.indexOf(Buffer.from([0x20, 0x00, 0x0d, 0x00, 0x55, 0x49])); // (0020,000D) UI
    damaged.writeUInt16LE(0xfff0, uidTag + 6);
    const found = await describe_(damaged);
    expect(found).toMatchObject({ kind: 'unreadable' });
    expect((found as { problem: string }).problem).not.toBe('truncated');
  });

  it('recognises a DICOMDIR as an index, not a file without identifiers', async () => {
    const index = writeDicomFile('1.2.840.10008.1.3.10', '1.2.826.0.1.3680043.10.1234.5.5', [{ tag: 0x00041130, vr: 'CS', value: 'CD' }]);
    expect(await describe_(index)).toEqual({ kind: 'dicomdir', listed: 0, present: 0, firstImage: null });
  });

  it('names a file that is not DICOM', async () => {
    expect(await describe_(Buffer.from('A text file renamed to .dcm'))).toMatchObject({ kind: 'unreadable', problem: 'not-dicom' });
  });

  it('names a truncated file', async () => {
    expect(await describe_(slice.subarray(0, slice.length - 1000))).toMatchObject({ kind: 'unreadable', problem: 'truncated' });
    expect(await describe_(slice.subarray(0, 200))).toMatchObject({ kind: 'unreadable', problem: 'truncated' });
  });

  it('names pixel data shorter than the declared image', async () => {
    const short = withPixelLength(slice, 512 * 256 * 2, slice.length - 512 * 256 * 2);
    expect(await describe_(short)).toMatchObject({ kind: 'unreadable', problem: 'inconsistent-size', detail: '512×512' });
  });

  it('names a file without series or instance identifier', async () => {
    const anonymous = writeDicomFile('1.2.840.10008.5.1.4.1.1.2', '1.2.3.4', [{ tag: 0x00080060, vr: 'CS', value: 'CT' }]);
    expect(await describe_(anonymous)).toMatchObject({ kind: 'unreadable', problem: 'no-identity' });
  });

  it('names an image without pixel data', async () => {
    const header = readDicomHeader(slice);
    const noPixels = slice.subarray(0, slice.length - 512 * 512 * 2 - 12);
    expect(readDicomHeader(noPixels).sopUid).toBe(header.sopUid);
    expect(await describe_(noPixels)).toMatchObject({ kind: 'unreadable', problem: 'no-pixels' });
  });

  it('names a transfer syntax the codecs cannot decode', async () => {
    const uid = '1.2.840.10008.1.2.1';
    // H.264 video: no codec of the workstation decodes it (HTJ2K, named here before, now decodes).
    const htj2k = '1.2.840.10008.1.2.4.102';
    // Rewrite the transfer syntax element of the file meta group (a longer UID than the original).
    const at = slice.indexOf(Buffer.from(`${uid}\0`, 'latin1'));
    const patched = Buffer.concat([
      slice.subarray(0, at - 2),
      Buffer.from([htj2k.length + 1, 0]),
      Buffer.from(`${htj2k}\0`, 'latin1'),
      slice.subarray(at + uid.length + 1),
    ]);
    // The meta group length grows by the difference.
    patched.writeUInt32LE(slice.readUInt32LE(140) + htj2k.length - uid.length, 140);
    expect(await describe_(patched)).toMatchObject({ kind: 'unreadable', problem: 'unsupported-syntax', detail: 'MPEG-4 AVC/H.264' });
  });

  it('finds the PDF inside an encapsulated document', async () => {
    const pdf = Buffer.from('%PDF-1.7\n% a tiny stand-in\n%%EOF\n');
    const file = encapsulatedPdf('object', patient, pdf, 'Report').bytes;
    expect(await describe_(file)).toEqual({ kind: 'pdf' });
    const { embedded } = readDicomHeader(file);
    expect(file.subarray(embedded!.offset, embedded!.offset + pdf.length).equals(pdf)).toBe(true);
  });

  it('reads a structured report into text, with nested items, numbers and units', async () => {
    const report = await describe_(structuredReport('object', patient).bytes);
    expect(report).toMatchObject({ kind: 'sr', title: 'Diagnostic Imaging Report' });
    if (report.kind !== 'sr') return;
    expect(report.items.map((i) => i.concept)).toEqual(['Clinical information', 'Measurement Group', 'Impression']);
    const group = report.items[1]!;
    expect(group.children).toContainEqual({ concept: 'Long axis', value: '30 mm', children: [] });
    expect(group.children[0]).toMatchObject({ concept: 'Finding', value: expect.stringContaining('Solid nodule') });
  });

  it('reads a waveform into its leads for the ECG view', async () => {
    const object = await describe_(ecgWaveform('object', patient).bytes);
    expect(object).toMatchObject({ kind: 'waveform', sopClassUid: '1.2.840.10008.5.1.4.1.1.9.1.1', modality: 'ECG', problem: null });
    expect(object.kind === 'waveform' ? object.waveform?.leads.map((l) => l.label) : []).toHaveLength(12);
  });

  it('reads a header whose encapsulated document runs past the first bytes given', () => {
    const big = encapsulatedPdf('object', patient, Buffer.alloc(2 * 1024 * 1024, 0x20), 'Big').bytes;
    expect(readDicomHeader(big.subarray(0, 4096)).objectKind).toBe('pdf');
  });
});
