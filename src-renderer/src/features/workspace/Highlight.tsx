// Text with every occurrence of the query marked, ignoring case and accents ("endometriose" marks
// "Endométriose"), as find-in-questionnaire needs.
import { Fragment, type ReactNode } from 'react';
import { normalize } from '../inbox/inbox-filters';

/** Start/end offsets in `text` of each match of `query`. */
export function findMatches(text: string, query: string): [number, number][] {
  const q = normalize(query.trim());
  if (!q) return [];
  // Normalise character by character, remembering where each normalised character came from.
  let folded = '';
  const origin: number[] = [];
  [...text].reduce((offset, char) => {
    const n = normalize(char);
    for (let i = 0; i < n.length; i++) origin.push(offset);
    folded += n;
    return offset + char.length;
  }, 0);
  const out: [number, number][] = [];
  for (let at = folded.indexOf(q); at !== -1; at = folded.indexOf(q, at + q.length)) {
    const start = origin[at] ?? 0;
    const last = origin[at + q.length - 1] ?? start;
    out.push([start, last + (text.codePointAt(last) !== undefined && text.codePointAt(last)! > 0xffff ? 2 : 1)]);
  }
  return out;
}

export function Highlight({ text, query }: { text: string; query: string }) {
  const matches = findMatches(text, query);
  if (matches.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let cursor = 0;
  matches.forEach(([start, end], i) => {
    parts.push(<Fragment key={`t${i}`}>{text.slice(cursor, start)}</Fragment>);
    parts.push(
      <mark key={`m${i}`} className="find-match">
        {text.slice(start, end)}
      </mark>,
    );
    cursor = end;
  });
  parts.push(<Fragment key="rest">{text.slice(cursor)}</Fragment>);
  return <>{parts}</>;
}
