// The measurements' labels: inside the viewport at its edges, and clear of one another.
import { describe, expect, it } from 'vitest';
import { LABEL_HEIGHT, labelWidth, placeLabels } from '../../src-renderer/src/features/documents/dicom/label-layout';

const bounds = { width: 400, height: 300 };
const boxOf = (p: { x: number; y: number }, width: number) => ({ left: p.x, right: p.x + width, top: p.y - 11, bottom: p.y - 11 + LABEL_HEIGHT });

describe('placeLabels', () => {
  it('puts a label to the right of and above its anchor when there is room', () => {
    expect(placeLabels([{ x: 100, y: 100, width: 80 }], bounds)).toEqual([{ x: 106, y: 100 - 6 - LABEL_HEIGHT + 11 }]);
  });

  it('keeps a label inside the viewport at each edge', () => {
    const width = labelWidth('Ellipse 314.2 mm², mean 74.9 HU, SD 6.8 HU');
    for (const anchor of [
      { x: 395, y: 150 },
      { x: 5, y: 2 },
      { x: 200, y: 299 },
    ]) {
      const [p] = placeLabels([{ ...anchor, width }], bounds);
      const box = boxOf(p!, width);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(bounds.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(bounds.height);
    }
  });

  it('keeps labels clear of one another, even with the same anchor', () => {
    const anchors = Array.from({ length: 6 }, () => ({ x: 200, y: 150, width: 120 }));
    const boxes = placeLabels(anchors, bounds).map((p) => boxOf(p, 120));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j}`).toBe(false);
      }
    }
  });
});
