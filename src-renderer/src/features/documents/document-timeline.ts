// The documents of a case in the order of the patient's history: each entry at the date it belongs
// to (see `DocumentDate`), grouped by year, oldest first as a history is read; the entries with no
// date at all come last. A DICOM series is as old as its earliest image.
import type { DocumentDate } from '../../../../contract';
import type { DocumentEntry } from './document-groups';

export interface TimelineItem {
  entry: DocumentEntry;
  date: DocumentDate;
  /** The day it is placed on (YYYY-MM-DD): an upload's timestamp is read as the expert's local day. */
  day: string;
}

export interface TimelineYear {
  year: string;
  items: TimelineItem[];
}

export interface Timeline {
  years: TimelineYear[];
  undated: DocumentEntry[];
}

/** The day a document date falls on, on this computer's calendar. */
export function dayOf(date: DocumentDate): string {
  if (date.source !== 'uploaded') return date.on;
  const at = new Date(date.on);
  if (Number.isNaN(at.getTime())) return date.on.slice(0, 10);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** The date of an entry: its documents' earliest (a series' images share their study's). */
export function entryDate(entry: DocumentEntry): DocumentDate | null {
  let earliest: DocumentDate | null = null;
  for (const doc of entry.documents) {
    if (doc.date && (earliest === null || dayOf(doc.date) < dayOf(earliest))) earliest = doc.date;
  }
  return earliest;
}

export function timelineOf(entries: DocumentEntry[]): Timeline {
  const items: TimelineItem[] = [];
  const undated: DocumentEntry[] = [];
  for (const entry of entries) {
    const date = entryDate(entry);
    if (date) items.push({ entry, date, day: dayOf(date) });
    else undated.push(entry);
  }
  items.sort((a, b) => a.day.localeCompare(b.day) || a.entry.name.localeCompare(b.entry.name));
  const years: TimelineYear[] = [];
  for (const item of items) {
    const year = item.day.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return { years, undated };
}
