// Recognised words given to pdf.js as a page's text content: words in reading order, a space
// between the words of a line (from the end of one to the start of the next), the line's end
// marked, each word as tall as its box.
import { describe, expect, it } from 'vitest';
import { textContentOf } from '../../src-renderer/src/features/documents/pdf/recognised-text';
import type { RecognisedWord } from '../../contract';

const word = (text: string, line: number, x: number, y: number, width: number, height = 12): RecognisedWord => ({
  text,
  confidence: 95,
  line,
  transform: [height, 0, 0, height, x, y],
  width,
});

describe('recognised text as a page’s text content', () => {
  it('joins the words of a line with spaces that fill the gaps, and ends each line', () => {
    const content = textContentOf({
      page: 1,
      width: 595,
      height: 842,
      words: [word('Nodule', 0, 60, 700, 40), word('solide', 0, 106, 700, 34), word('Conclusion', 1, 60, 680, 60)],
    });
    expect(content.items.map((i) => ('str' in i ? i.str : ''))).toEqual(['Nodule', ' ', 'solide', 'Conclusion']);
    const [first, space, second, next] = content.items as { str: string; transform: number[]; width: number; height: number; hasEOL: boolean }[];
    expect(space!.transform.slice(4)).toEqual([100, 700]);
    expect(space!.width).toBeCloseTo(6);
    expect([first!.hasEOL, second!.hasEOL, next!.hasEOL]).toEqual([false, true, true]);
    expect(first!.height).toBe(12);
    expect(content.styles[Object.keys(content.styles)[0]!]).toMatchObject({ ascent: 1, descent: 0, vertical: false });
  });

  it('lays a word of a turned page along its own line', () => {
    // A line running up the page (a page turned a quarter): the space follows the line upwards.
    const up: RecognisedWord = { text: 'IRM', confidence: 90, line: 0, transform: [0, 10, -10, 0, 300, 100], width: 30 };
    const next: RecognisedWord = { text: 'pelvienne', confidence: 90, line: 0, transform: [0, 10, -10, 0, 300, 136], width: 60 };
    const content = textContentOf({ page: 1, width: 595, height: 842, words: [up, next] });
    const space = content.items[1] as { transform: number[]; width: number };
    expect(space.transform.slice(4)).toEqual([300, 130]);
    expect(space.width).toBeCloseTo(6);
  });
});
