// The date a document gives itself, read from the text of its first page (a text layer, or the
// words OCR recognised on a scan): the date of a letter, a report or an examination. French and
// English ways of writing a date are understood ("14/02/2024", "14 février 2024", "1er mars 2024",
// "February 14, 2024", "2024-02-14"). A first page usually holds several dates: the patient's date of
// birth (skipped: a birth date names the patient, not the document), earlier examinations it refers to,
// and its own, which is the latest of them. A date after the document reached the platform (a next
// appointment) is not its date either.

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8,
  septembre: 9, sept: 9, september: 9, sep: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
}; // prettier-ignore

/** Month names longest first, so that "juillet" is not read as "juil" followed by letters. */
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Each way of writing a date, and how to read its year, month and day (`thisYear` settles a two-digit year). */
const PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray, thisYear: number) => [number, number, number] | null }[] = [
  // 2024-02-14
  { pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 14/02/2024, 14.02.2024, 14-02-2024, 14/02/24 (a two-digit year only with slashes: "12.3.24" may be a measure)
  {
    pattern: /(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g,
    read: (m, thisYear) => {
      if (m[4]!.length === 2 && m[2] !== '/') return null;
      const first = Number(m[1]);
      const second = Number(m[3]);
      // Day first, as written in France and most of the world; month first only when it cannot be a day.
      const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
      return [fullYear(m[4]!, thisYear), month, day];
    },
  },
  // 14 février 2024, 1er mars 2024, 14 Feb. 2024, 3rd March 2024
  {
    pattern: new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\.?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  // February 14, 2024
  {
    pattern: new RegExp(`(?<!\\p{L})(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])],
  },
];

/** Words that announce the patient's date of birth just before it. */
const BIRTH = /(n[ée]e?s?\s*(\(e\)\s*)?le|naissance|\bDDN\b|\bborn\b|\bbirth|\bD\.?\s?O\.?\s?B\b)/iu;
/** How far before a date its announcing words are looked for. */
const CONTEXT_CHARS = 40;

/** "24" is 2024 up to this year, and "61" is 1961. */
function fullYear(text: string, thisYear: number): number {
  if (text.length === 4) return Number(text);
  const year = 2000 + Number(text);
  return year <= thisYear ? year : year - 100;
}

/**
 * The latest date written in `text` that is not a date of birth, not before 1900 and not after
 * `notAfter` (YYYY-MM-DD), as YYYY-MM-DD; null when there is none.
 */
export function writtenDate(text: string, notAfter: string): string | null {
  const thisYear = Number(notAfter.slice(0, 4));
  // Accents folded so that "février" and "fevrier", "août" and "aout" are one month.
  const folded = text.replace(/[^\u0000-\u007f]/g, (ch) => {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    return bare.length === 1 ? bare : ch;
  });
  const found: { start: number; end: number; date: string }[] = [];
  for (const { pattern, read } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const parts = read(m, thisYear);
      const date = parts && isoDate(...parts);
      if (date) found.push({ start: m.index, end: m.index + m[0].length, date });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let best: string | null = null;
  let previousEnd = 0;
  for (const { start, end, date } of found) {
    if (start < previousEnd) continue; // inside a date already read
    // What comes just before this date, since the previous one: "Née le 03/05/1961, vue le …" is two dates.
    const before = folded.slice(Math.max(previousEnd, start - CONTEXT_CHARS), start);
    previousEnd = end;
    if (BIRTH.test(before)) continue;
    if (date < '1900-01-01' || date > notAfter) continue;
    if (best === null || date > best) best = date;
  }
  return best;
}

/** YYYY-MM-DD of a real calendar day, else null (31/02 is no date). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a PDF says it was made, from its CreationDate ("D:20240214101500+01'00'"), as the writer's
 * clock read it: pdf.js's own reading turns it into UTC, which moves an evening's PDF to the next day.
 */
export function pdfCreationDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
