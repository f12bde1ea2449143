// The documents along the patient's history: ordered by their date (a series at its study's), by
// year, oldest first, the undated last; an upload's timestamp placed on the local day.
import { describe, expect, it } from 'vitest';
import type { CaseDocument, DocumentDate } from '../../contract';
import { groupDocuments } from '../../src-renderer/src/features/documents/document-groups';
import { dayOf, timelineOf } from '../../src-renderer/src/features/documents/document-timeline';

const doc = (id: string, name: string, kind: CaseDocument['kind'], date: DocumentDate | null): CaseDocument => ({
  id,
  name,
  kind,
  mediaType: '',
  size: 1,
  addedAt: null,
  downloadState: 'available',
  bytesDone: 1,
  isNew: false,
  date,
});

describe('the documents timeline', () => {
  it('orders by date, groups by year, a series at its earliest image, the undated last', () => {
    const entries = groupDocuments([
      doc('r', 'CT report.pdf', 'pdf', { on: '2026-09-15', source: 'written' }),
      doc('s1', 'CT/1.dcm', 'dicom', { on: '2026-09-15', source: 'study' }),
      doc('s2', 'CT/2.dcm', 'dicom', { on: '2026-09-15', source: 'study' }),
      doc('p', 'Prior/1.dcm', 'dicom', { on: '2025-09-10', source: 'study' }),
      doc('l', 'Letter.pdf', 'pdf', { on: '2026-11-03', source: 'recognised' }),
      doc('x', 'notes.txt', 'other', null),
      doc('u', 'photo.png', 'photo', { on: '2026-12-01T09:30:00.000Z', source: 'uploaded' }),
    ]);
    const { years, undated } = timelineOf(entries);
    expect(years.map((y) => y.year)).toEqual(['2025', '2026']);
    expect(years[0]!.items.map((i) => i.entry.name)).toEqual(['Prior']);
    // Same day: by name, the series (one entry for its two images) before the report.
    expect(years[1]!.items.map((i) => [i.entry.name, i.day, i.date.source])).toEqual([
      ['CT', '2026-09-15', 'study'],
      ['CT report.pdf', '2026-09-15', 'written'],
      ['Letter.pdf', '2026-11-03', 'recognised'],
      ['photo.png', dayOf({ on: '2026-12-01T09:30:00.000Z', source: 'uploaded' }), 'uploaded'],
    ]);
    expect(undated.map((e) => e.name)).toEqual(['notes.txt']);
  });

  it('places an upload on the local day it happened', () => {
    const at = '2026-12-01T23:30:00.000Z';
    const local = new Date(at);
    const expected = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(dayOf({ on: at, source: 'uploaded' })).toBe(expected);
    expect(dayOf({ on: '2024-02-14', source: 'written' })).toBe('2024-02-14');
  });
});
