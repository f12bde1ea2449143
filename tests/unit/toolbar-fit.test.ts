// The one-row toolbar: which groups stay on the row and which fold into "More", and the tooltips
// that name the expert's key.
import { describe, expect, it } from 'vitest';
import { groupsThatFit } from '../../src-renderer/src/ui/toolbar-fit';
import { withKey } from '../../src-renderer/src/features/workspace/shortcut-groups';

describe('groupsThatFit', () => {
  it('keeps every group, and no "More", when they all fit', () => {
    expect(groupsThatFit([200, 200, 100], 600)).toBe(3);
  });
  it('folds from the end, leaving room for "More"', () => {
    // 200 + 8 + 200 + 8 = 416, with More (72): 488 ≤ 500; the third group does not fit.
    expect(groupsThatFit([200, 200, 100], 500)).toBe(2);
    expect(groupsThatFit([200, 200, 100], 420)).toBe(1);
  });
  it('folds everything into "More" when not even the first group fits', () => {
    expect(groupsThatFit([400, 100], 300)).toBe(0);
    expect(groupsThatFit([], 300)).toBe(0);
  });
});

describe('withKey', () => {
  it('names the key the expert chose, in capitals, or nothing when none is bound', () => {
    expect(withKey('Length', 'l')).toBe('Length (L)');
    expect(withKey('Invert', 'ù')).toBe('Invert (Ù)');
    expect(withKey('Leave reading mode', 'Esc')).toBe('Leave reading mode (Esc)');
    expect(withKey('Scroll', null)).toBe('Scroll');
  });
});
