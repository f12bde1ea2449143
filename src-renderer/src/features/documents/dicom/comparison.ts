// Which series to compare with: the same kind of series (modality, parallel planes, then the same
// description, then the longest) in the patient's other study nearest in time, the previous one
// first. The hanging protocols' "prior" and the Compare action both choose here.
import type { DicomSeries } from '../../../../../contract';
import { linkKindOf, stackPlanes } from './geometry/slice-link';
import { studiesOf } from './studies';

export interface Comparison {
  /** The series of the newer study, shown first (left), and of the older. */
  newer: DicomSeries;
  older: DicomSeries;
}

/** The best match for `series` among another study's series; null when none has its modality. */
function counterpartIn(series: DicomSeries, candidates: readonly DicomSeries[]): DicomSeries | null {
  const planes = stackPlanes(series);
  const score = (s: DicomSeries) =>
    (linkKindOf(series, planes, s, stackPlanes(s)) !== 'none' ? 4 : 0) + (s.seriesDescription === series.seriesDescription ? 2 : 0);
  const usable = candidates.filter((s) => s.modality === series.modality && !s.localizer && s.images.length > 0);
  return usable.sort((a, b) => score(b) - score(a) || b.images.length - a.images.length)[0] ?? null;
}

/** The previous study's counterpart of `series` (a dated study before its own); null when there is none. */
export function priorOf(series: DicomSeries, all: readonly DicomSeries[]): DicomSeries | null {
  const studies = studiesOf(all);
  const at = studies.findIndex((s) => s.studyUid === series.studyUid);
  if (at < 0 || !studies[at]?.date) return null;
  for (const study of studies.slice(at + 1)) {
    if (!study.date) continue;
    const match = counterpartIn(series, study.series);
    if (match) return match;
  }
  return null;
}

/** What Compare shows for `series`: beside its prior, else beside the next study's counterpart. */
export function comparisonFor(series: DicomSeries, all: readonly DicomSeries[]): Comparison | null {
  const prior = priorOf(series, all);
  if (prior) return { newer: series, older: prior };
  const studies = studiesOf(all);
  const at = studies.findIndex((s) => s.studyUid === series.studyUid);
  for (const study of studies.slice(0, Math.max(0, at)).reverse()) {
    const match = counterpartIn(series, study.series);
    if (match) return { newer: match, older: series };
  }
  return null;
}
