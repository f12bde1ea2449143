// Laying out the report's text: lines fit, nothing is lost, and the work is linear in the text's
// length (a 20,000-character word once froze core for minutes: each cut re-measured ever-longer
// strings). The measure calls are counted: that is the cost, independent of the machine's speed.
import { describe, expect, it } from 'vitest';
import { StandardFonts, PDFDocument } from 'pdf-lib';
import { wrapText } from '../../src-main/core/reports/report-pdf';

const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
const width = 483;

function counted() {
  let calls = 0;
  let measured = 0;
  const measure = (t: string) => {
    calls++;
    measured += t.length;
    return font.widthOfTextAtSize(t, 10.5);
  };
  return { measure, stats: () => ({ calls, measured }) };
}

describe('wrapText', () => {
  it('cuts a word longer than the line into lines that fit, keeping every character, in linear work', () => {
    const word = 'é'.repeat(7000) + 'abcdefghijklmnopqrstuvwxyz'.repeat(500);
    const { measure, stats } = counted();
    const lines = wrapText(word, width, measure);
    expect(lines.join('')).toBe(word);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10.5)).toBeLessThanOrEqual(width + 0.5);
    // Each distinct character measured once (plus the space): not once per cut, per character.
    expect(stats().measured).toBeLessThanOrEqual(40);
  });

  it('wraps words at spaces, keeps the author’s line breaks and empty lines, and fills each line', () => {
    const text = 'Lésion méniscale interne dégénérative, sans blocage. '.repeat(40).trim() + '\n\nSecond paragraphe.';
    const { measure } = counted();
    const lines = wrapText(text, width, measure);
    expect(lines.filter((l) => l === '').length).toBe(1);
    expect(lines.at(-1)).toBe('Second paragraphe.');
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    for (const [i, line] of lines.entries()) {
      expect(font.widthOfTextAtSize(line, 10.5)).toBeLessThanOrEqual(width + 0.5);
      // A line ends where the next word would not fit (no line broken early).
      const next = lines[i + 1]?.split(' ')[0];
      if (line && next) expect(font.widthOfTextAtSize(`${line} ${next}`, 10.5)).toBeGreaterThan(width - 1);
    }
  });

  it('does the same work for 20,000 characters of many words as for one word of that length', () => {
    const words = Array.from({ length: 4000 }, (_, i) => `m${i % 10}ot`).join(' ');
    const { measure, stats } = counted();
    wrapText(words, width, measure);
    expect(stats().calls).toBeLessThanOrEqual(20);
  });
});
