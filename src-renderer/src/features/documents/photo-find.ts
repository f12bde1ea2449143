// Find in the words OCR read on a photo of a document: the query is looked for in each line's text
// (the line's words joined by spaces), case and accents ignored, as in the rest of the app; each
// match is the words it covers, in reading order.
import type { RecognisedWord } from '../../../../contract';
import { findMatches } from '../workspace/find-matches';

/** Each match as the indexes (into `words`) of the words it covers. */
export function photoMatches(words: readonly Pick<RecognisedWord, 'text' | 'line'>[], query: string): number[][] {
  if (!query.trim()) return [];
  const out: number[][] = [];
  let start = 0;
  while (start < words.length) {
    const line = words[start]!.line;
    let end = start;
    while (end < words.length && words[end]!.line === line) end++;
    // Where each word of the line starts and ends in the line's text.
    const spans: [number, number][] = [];
    let text = '';
    for (let i = start; i < end; i++) {
      if (text) text += ' ';
      spans.push([text.length, text.length + words[i]!.text.length]);
      text += words[i]!.text;
    }
    for (const [from, to] of findMatches(text, query)) {
      const covered: number[] = [];
      spans.forEach(([a, b], k) => a < to && b > from && covered.push(start + k));
      if (covered.length) out.push(covered);
    }
    start = end;
  }
  return out;
}
