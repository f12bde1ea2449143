// Reading mode: the documents take the whole window (a button, a double-click on an image, a key),
// and Esc returns. The case file and the report stay a key away (Alt+1, Alt+3) as panes shown over
// the documents, so the viewer keeps its size while the expert glances at them; Esc closes such a
// pane first. The side panes stay mounted throughout: a draft being typed is never unmounted.
import { useCallback, useMemo, useState } from 'react';

export type SidePane = 'caseFile' | 'report';

export interface ReadingMode {
  on: boolean;
  /** The side pane shown over the documents, in reading mode. */
  drawer: SidePane | null;
  toggle(): void;
  /** Alt+n: outside reading mode, focus pane n; in it, show (or hide) the case file or report over the documents. */
  showPane(n: number, focus: () => void): void;
  /** Esc: closes the pane shown over the documents, else leaves reading mode; false when neither applied. */
  leaveOne(): boolean;
}

export function useReadingMode(): ReadingMode {
  const [on, setOn] = useState(false);
  const [drawer, setDrawer] = useState<SidePane | null>(null);
  const toggle = useCallback(() => {
    setOn((v) => !v);
    setDrawer(null);
  }, []);
  const showPane = useCallback(
    (n: number, focus: () => void) => {
      const pane: SidePane | null = n === 1 ? 'caseFile' : n === 3 ? 'report' : null;
      if (on) setDrawer((current) => (pane === null || current === pane ? null : pane));
      // Focused once shown (a hidden pane cannot take the focus).
      requestAnimationFrame(focus);
    },
    [on],
  );
  const leaveOne = useCallback(() => {
    if (drawer) setDrawer(null);
    else if (on) setOn(false);
    else return false;
    return true;
  }, [on, drawer]);
  return useMemo(() => ({ on, drawer, toggle, showPane, leaveOne }), [on, drawer, toggle, showPane, leaveOne]);
}
