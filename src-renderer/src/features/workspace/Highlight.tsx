// Text with every occurrence of the query marked (see find-matches.ts).
import { Fragment, type ReactNode } from 'react';
import { findMatches } from './find-matches';

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
