// Both UI languages are complete: same keys, no empty text, a sentence for every error code,
// and French text that is actually French (not an English string copied over).
import { describe, expect, it } from 'vitest';
import { en } from '../../src-renderer/src/i18n/en';
import { fr } from '../../src-renderer/src/i18n/fr';
import { ERROR_CODES } from '../../contract';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('translation catalogs', () => {
  const english = flatten(en);
  const french = flatten(fr);

  it('have the same keys', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...english, ...french]) expect(text.trim(), key).not.toBe('');
  });

  it('explain every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(english.get(`errors.${code}`), code).toBeTruthy();
      expect(french.get(`errors.${code}`), code).toBeTruthy();
    }
  });

  it('translate every sentence (only names may read the same in both)', () => {
    // Words that are the same in French and English (units and scales among them).
    const sameInBoth = new Set([
      'documents.images_one',
      'documents.images_other',
      'documents.timeline.count_one',
      'documents.timeline.count_other',
      'workspace.documentPage',
      'measure.angle',
      'measure.ellipseArea',
      'measure.image',
      'ecg.rate',
      'ecg.length',
      'ecg.paperScale',
      // "Figure 1 — série 3, image 12": the word is the same in both languages.
      'report.figures.name',
      // Units and statistics' names.
      'practice.minutes',
      'practice.quartiles',
    ]);
    const same = [...english].filter(([key, text]) => french.get(key) === text && text.includes(' ') && !sameInBoth.has(key));
    expect(same).toEqual([]);
  });
});
