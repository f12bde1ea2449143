// A case's series by study: newest first, undated last, each study's series kept in order.
import { describe, expect, it } from 'vitest';
import type { DicomSeries } from '../../contract';
import { seriesOf } from '../support/dicom-series';
import { studiesOf } from '../../src-renderer/src/features/documents/dicom/studies';

function series(seriesUid: string, studyUid: string, studyDate: string | null, studyDescription = '', studyTime: string | null = null): DicomSeries {
  return seriesOf({ seriesUid, studyUid, studyDescription, studyDate, studyTime });
}

describe('studiesOf', () => {
  it('puts the newest study first and keeps each study’s series in their order', () => {
    const studies = studiesOf([
      series('old-1', 'A', '2025-03-02', 'CT THORAX'),
      series('new-1', 'B', '2026-02-20', 'CT THORAX'),
      series('old-2', 'A', '2025-03-02'),
      series('new-2', 'B', '2026-02-20'),
    ]);
    expect(studies.map((s) => [s.studyUid, s.date, s.series.map((x) => x.seriesUid)])).toEqual([
      ['B', '2026-02-20', ['new-1', 'new-2']],
      ['A', '2025-03-02', ['old-1', 'old-2']],
    ]);
    expect(studies[1]?.description).toBe('CT THORAX');
  });

  it('orders two studies of one day by their time, and puts an undated study last', () => {
    const studies = studiesOf([
      series('x', 'undated', null),
      series('morning', 'M', '2026-01-10', '', '08:15:00'),
      series('evening', 'E', '2026-01-10', '', '19:40:00'),
    ]);
    expect(studies.map((s) => s.studyUid)).toEqual(['E', 'M', 'undated']);
  });

  it('takes a date one series lacks from another series of the same study', () => {
    const [study] = studiesOf([series('a', 'S', null), series('b', 'S', '2024-11-05', 'IRM GENOU')]);
    expect(study).toMatchObject({ date: '2024-11-05', description: 'IRM GENOU' });
  });
});
