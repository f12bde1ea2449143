// Reading DICOM headers with dicom-parser: our phantom CT's identity and geometry, the order along
// the slice normal, the lossy flag, and untrusted bytes refused with UNSUPPORTED_DICOM.
import { describe, expect, it } from 'vitest';
import { dicomDate, dicomTime, positionAlongNormal, readDicomHeader } from '../../src-main/core/imaging/dicom-header';
import { ctSeries } from '../../platform/demo/phantoms';

const series = ctSeries('unit', 3, { id: 'T', name: 'TEST^PATIENT' });

describe('readDicomHeader', () => {
  it('reads identity, size and geometry of a CT slice', () => {
    const header = readDicomHeader((series[1] as { bytes: Buffer }).bytes.subarray(0, 4096));
    expect(header).toMatchObject({
      modality: 'CT',
      rows: 512,
      columns: 512,
      frames: 1,
      instanceNumber: 2,
      seriesDescription: 'Axial 1.25 mm',
      transferSyntax: '1.2.840.10008.1.2.1',
      lossy: false,
      sliceThickness: 1.25,
    });
    expect(positionAlongNormal(header)).toBeCloseTo(header.position?.[2] ?? Number.NaN);
  });

  it('orders slices along the normal', () => {
    const z = series.map((s) => positionAlongNormal(readDicomHeader(s.bytes)));
    expect(z).toEqual([...z].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it.each([
    ['not DICOM at all', Buffer.from('%PDF-1.7 this is a PDF')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated preamble', (series[0] as { bytes: Buffer }).bytes.subarray(0, 140)],
  ])('refuses %s with UNSUPPORTED_DICOM', (_what, bytes) => {
    expect(() => readDicomHeader(bytes)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_DICOM' }));
  });
});

describe('study date and time', () => {
  it('reads DA and TM values, old forms included, and refuses what is not a date or a time', () => {
    expect(dicomDate('20260220')).toBe('2026-02-20');
    expect(dicomDate('2026.02.20')).toBe('2026-02-20');
    expect(dicomDate('20260230')).toBeNull();
    expect(dicomDate('')).toBeNull();
    expect(dicomDate(undefined)).toBeNull();
    expect(dicomTime('081500.123456')).toBe('08:15:00');
    expect(dicomTime('0815')).toBe('08:15:00');
    expect(dicomTime('08:15:30')).toBe('08:15:30');
    expect(dicomTime('2561')).toBeNull();
  });
});
