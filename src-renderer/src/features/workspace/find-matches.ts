// Where a query occurs in a text, ignoring case and accents ("endometriose" finds "Endométriose"):
// used by find in the questionnaire and in PDFs.
import { normalize } from '../inbox/inbox-filters';

/** Start/end offsets in `text` of each match of `query`. */
export function findMatches(text: string, query: string): [number, number][] {
  const q = normalize(query.trim());
  if (!q) return [];
  // Normalise character by character, remembering which original character each folded one
  // came from (an accented letter folds to one letter, a ligature may fold to two).
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const n = normalize(char);
    // One entry per UTF-16 unit of the folded text, as indexOf counts them.
    for (let i = 0; i < n.length; i++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += n;
    offset += char.length;
  }
  const out: [number, number][] = [];
  for (let at = folded.indexOf(q); at !== -1; at = folded.indexOf(q, at + q.length)) {
    out.push([starts[at] ?? 0, ends[at + q.length - 1] ?? text.length]);
  }
  return out;
}
