// A case's series grouped by study, newest study first (a second opinion is often "has it grown
// since last year?"), each study's series in their own order. A study whose files give no date
// comes last: its place is not guessed.
import type { DicomSeries } from '../../../../../contract';

export interface Study {
  studyUid: string;
  /** YYYY-MM-DD, or null when the files do not say. */
  date: string | null;
  time: string | null;
  description: string;
  series: DicomSeries[];
}

export function studiesOf(all: readonly DicomSeries[]): Study[] {
  const byUid = new Map<string, Study>();
  for (const s of all) {
    const study = byUid.get(s.studyUid);
    if (study) {
      study.series.push(s);
      // A date or description missing from one series may be in another's files.
      study.date ??= s.studyDate;
      study.time ??= s.studyTime;
      study.description ||= s.studyDescription;
    } else {
      byUid.set(s.studyUid, { studyUid: s.studyUid, date: s.studyDate, time: s.studyTime, description: s.studyDescription, series: [s] });
    }
  }
  const when = (s: Study) => (s.date ? `${s.date}T${s.time ?? '00:00:00'}` : '');
  return [...byUid.values()].sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
    return when(b).localeCompare(when(a));
  });
}
