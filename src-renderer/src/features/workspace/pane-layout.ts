// The widths of the case file and report panes, remembered between sessions (layout only, never
// case data, so the renderer's local storage is fine).
import { useState } from 'react';

export interface PaneLayout {
  caseFile: number;
  report: number;
}

const KEY = 'workspace.layout.v1';
const DEFAULT: PaneLayout = { caseFile: 420, report: 360 };
export const PANE_MIN = 240;

function load(): PaneLayout {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PaneLayout> | null;
    const ok = (n: unknown) => typeof n === 'number' && n >= PANE_MIN && n < 4000;
    return saved && ok(saved.caseFile) && ok(saved.report) ? (saved as PaneLayout) : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

export function usePaneLayout(): [PaneLayout, (next: PaneLayout) => void] {
  const [layout, setLayout] = useState(load);
  return [
    layout,
    (next) => {
      const clamped = { caseFile: Math.max(PANE_MIN, next.caseFile), report: Math.max(PANE_MIN, next.report) };
      setLayout(clamped);
      localStorage.setItem(KEY, JSON.stringify(clamped));
    },
  ];
}
