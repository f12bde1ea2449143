// The review timer for the open workspace: tells core the case is open (and closed), follows
// `timer.changed`, and counts the seconds on screen between announcements. Presence is reported
// app-wide by App (it also keeps the auto-lock at bay).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimerState } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useCoreLink } from '../../backend/use-core-link';

export interface ReviewTimer {
  state: TimerState | null;
  /** The case's review time now, counting on screen while the timer runs (and core answers). */
  totalSeconds: number;
  /** False while core does not answer: nothing is counted, and the screen stops counting too. */
  linked: boolean;
  toggle: () => void;
  answerIdle: (choice: 'keep' | 'discard' | 'discard-continue') => void;
}

export function useReviewTimer(caseId: string): ReviewTimer {
  const backend = useBackend();
  const [state, setState] = useState<TimerState | null>(null);
  const receivedAt = useRef(performance.now());
  const [, setTick] = useState(0);
  const accept = useCallback(
    (next: TimerState) => {
      // Core out of reach: what still trickles in (an answer under way) is not shown; the state is
      // asked for again when it answers.
      if (next.caseId !== caseId || !backend.link.isUp()) return;
      receivedAt.current = performance.now();
      setState(next);
    },
    [caseId, backend],
  );

  const linked = useCoreLink();
  const lostAt = useRef<number | null>(null);
  useEffect(() => {
    const off = linked ? backend.on('timer.changed', accept) : () => {};
    // Opened again when core answers again: a core that was restarted does not know the case is open.
    if (linked) void backend.timer.open({ caseId }).then(accept, () => {});
    return () => {
      off();
      if (linked) void backend.timer.close({ caseId }).catch(() => {});
    };
  }, [backend, caseId, accept, linked]);

  const running = linked && (state?.state === 'running' || state?.state === 'idle');
  useEffect(() => {
    if (!running) return;
    const every = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(every);
  }, [running]);

  const toggle = useCallback(() => void backend.timer.toggle().then(accept, () => {}), [backend, accept]);
  const answerIdle = useCallback(
    (choice: Parameters<ReviewTimer['answerIdle']>[0]) => void backend.timer.answerIdle({ choice }).then(accept, () => {}),
    [backend, accept],
  );
  // Core lost: the time on screen stays where it was (core counts nothing it cannot hear).
  if (!linked) lostAt.current ??= performance.now();
  else lostAt.current = null;
  const sinceAnnounced = state?.state === 'running' ? Math.max(0, (lostAt.current ?? performance.now()) - receivedAt.current) / 1000 : 0;
  return { state, totalSeconds: Math.floor((state?.totalSeconds ?? 0) + sinceAnnounced), linked, toggle, answerIdle };
}
