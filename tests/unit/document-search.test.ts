// What the expert types in the case's search, as an FTS5 query: the words as one quoted phrase (no
// character of it read as FTS syntax), the last one as a word's start, œ and æ either way.
import { describe, expect, it } from 'vitest';
import { matchQuery, wordsText } from '../../src-main/core/documents/text/document-text';

describe('the case search query', () => {
  it('finds the words together, in order, the last as a word start', () => {
    expect(matchQuery('nodule spicul')).toBe('"nodule spicul"*');
    expect(matchQuery('recto-vaginale')).toBe('"recto vaginale"*');
    expect(matchQuery('T2')).toBe('"T2"*');
  });

  it('reads FTS syntax typed by the expert as words, or as nothing', () => {
    expect(matchQuery('NEAR(fissure "corne")')).toBe('"NEAR fissure corne"*');
    expect(matchQuery('-fissure OR ^x*')).toBe('"fissure OR x"*');
    expect(matchQuery('  " * ( ) ')).toBeNull();
  });

  it('finds œ and æ written either way', () => {
    expect(matchQuery('coelioscopie')).toBe('("coelioscopie"* OR "cœlioscopie"*)');
    expect(matchQuery('cœur')).toBe('("cœur"* OR "coeur"*)');
  });

  it('uses the first twelve words of a long query', () => {
    expect(matchQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))!.split(' ')).toHaveLength(12);
  });

  it('lays recognised words out line by line', () => {
    expect(
      wordsText([
        { text: 'Toulouse,', line: 0 },
        { text: 'le', line: 0 },
        { text: '3', line: 0 },
        { text: 'Madame', line: 1 },
      ]),
    ).toBe('Toulouse, le 3\nMadame');
    expect(wordsText([])).toBe('');
  });
});
