// The pure parts of the inbox and workspace: tabs by stage, search and find that ignore case and
// accents, and DICOM series grouped in the document list.
import { describe, expect, it } from 'vitest';
import { dueUrgency, matchesSearch, normalize, sortCases, tabOf } from '../../src-renderer/src/features/inbox/inbox-filters';
import { findMatches } from '../../src-renderer/src/features/workspace/find-matches';
import { entryState, groupDocuments } from '../../src-renderer/src/features/documents/document-groups';
import type { CaseDocument, CaseSummary } from '../../contract';

const summary = (status: CaseSummary['status'], disease = 'Endométriose profonde'): CaseSummary => ({
  id: 'c',
  reference: 'SMO-2026-0102',
  status,
  diseaseFamily: 'gynecological',
  disease,
  language: 'fr',
  offeredAt: '',
  dueAt: null,
  readOnly: false,
  purgeAfter: null,
  syncConflict: null,
  pendingChanges: 0,
  documents: { total: 0, available: 0, corrupt: 0, bytesDone: 0, bytesTotal: 0 },
});

describe('inbox tabs and search', () => {
  it('puts each status under its stage', () => {
    expect(tabOf(summary('offered'))).toBe('offered');
    expect(tabOf(summary('waiting_for_patient'))).toBe('in_review');
    expect(tabOf(summary('submitted'))).toBe('submitted');
    for (const s of ['closed', 'withdrawn', 'reassigned', 'declined'] as const) expect(tabOf(summary(s))).toBe('closed');
  });
  it('finds by reference, disease or family label, ignoring case and accents', () => {
    expect(matchesSearch(summary('offered'), 'Gynécologie', 'endometriose')).toBe(true);
    expect(matchesSearch(summary('offered'), 'Gynécologie', 'GYNECO')).toBe(true);
    expect(matchesSearch(summary('offered'), 'Gynécologie', '0102')).toBe(true);
    expect(matchesSearch(summary('offered'), 'Gynécologie', 'prostate')).toBe(false);
    expect(normalize('Œdème ÉTÉ')).toBe('œdeme ete');
  });
});

describe('findMatches', () => {
  it('marks every occurrence, whatever the accents', () => {
    const text = 'Endométriose profonde ; endometriose ovarienne';
    expect(findMatches(text, 'ENDOMETRIOSE').map(([a, b]) => text.slice(a, b))).toEqual(['Endométriose', 'endometriose']);
  });
  it('finds nothing for an empty query', () => {
    expect(findMatches('texte', '  ')).toEqual([]);
  });
});

describe('document list', () => {
  const doc = (id: string, name: string, kind: CaseDocument['kind'], state: CaseDocument['downloadState'] = 'available'): CaseDocument => ({
    id,
    name,
    kind,
    mediaType: '',
    size: 10,
    addedAt: null,
    downloadState: state,
    bytesDone: 0,
    isNew: false,
    date: null,
  });
  it('groups a DICOM series folder into one entry and keeps other documents apart', () => {
    const entries = groupDocuments([
      doc('p', 'Report.pdf', 'pdf'),
      doc('a', 'CT thorax/IM-0001.dcm', 'dicom'),
      doc('b', 'CT thorax/IM-0002.dcm', 'dicom', 'downloading'),
      doc('x', 'X-ray.dcm', 'dicom'),
    ]);
    expect(entries.map((e) => [e.name, e.documents.length])).toEqual([
      ['Report.pdf', 1],
      ['X-ray.dcm', 1],
      ['CT thorax', 2],
    ]);
    expect(entryState(entries[2]!)).toBe('downloading');
  });
});

describe('inbox order and due dates', () => {
  const at = (days: number) => new Date(Date.UTC(2026, 11, 5) + days * 86_400_000).toISOString();
  const c = (reference: string, dueDays: number | null, offeredDays: number): CaseSummary => ({
    ...summary('accepted'),
    id: reference,
    reference,
    dueAt: dueDays === null ? null : at(dueDays),
    offeredAt: at(offeredDays),
  });
  const cases = [c('SMO-3', 5, -1), c('SMO-1', null, -3), c('SMO-2', 1, -2), c('SMO-4', -1, -9)];

  it('sorts by due date (none last), by newest received, or by reference', () => {
    expect(sortCases(cases, 'due').map((x) => x.reference)).toEqual(['SMO-4', 'SMO-2', 'SMO-3', 'SMO-1']);
    expect(sortCases(cases, 'received').map((x) => x.reference)).toEqual(['SMO-3', 'SMO-2', 'SMO-1', 'SMO-4']);
    expect(sortCases(cases, 'reference').map((x) => x.reference)).toEqual(['SMO-1', 'SMO-2', 'SMO-3', 'SMO-4']);
  });

  it('flags a due date passed, within 24 hours, or later', () => {
    const now = Date.parse(at(0));
    expect(dueUrgency(at(-0.01), now)).toBe('overdue');
    expect(dueUrgency(at(0.9), now)).toBe('soon');
    expect(dueUrgency(at(1.1), now)).toBe('later');
    expect(dueUrgency(null, now)).toBeNull();
  });
});
