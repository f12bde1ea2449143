// The review timer for the open workspace: tells core the case is open (and closed), follows
// `timer.changed`, and counts the seconds on screen between announcements. Presence is reported
// app-wide by App (it also keeps the auto-lock at bay).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimerState } from '../../../../src-preload/contract';
import { useBackend } from '../../app/backend-context';

export interface ReviewTimer {
  state: TimerState | null;
  /** The case's review time now, counting on screen while the timer runs. */
  totalSeconds: number;
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
      if (next.caseId !== caseId) return;
      receivedAt.current = performance.now();
      setState(next);
    },
    [caseId],
  );

  useEffect(() => {
    const off = backend.on('timer.changed', accept);
    void backend.timer.open({ caseId }).then(accept, () => {});
    return () => {
      off();
      void backend.timer.close({ caseId }).catch(() => {});
    };
  }, [backend, caseId, accept]);

  const running = state?.state === 'running' || state?.state === 'idle';
  useEffect(() => {
    if (!running) return;
    const every = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(every);
  }, [running]);

  const toggle = useCallback(() => void backend.timer.toggle().then(accept, () => {}), [backend, accept]);
  const answerIdle = useCallback((choice: Parameters<ReviewTimer['answerIdle']>[0]) => void backend.timer.answerIdle({ choice }).then(accept, () => {}), [backend, accept]);
  const sinceAnnounced = state?.state === 'running' ? (performance.now() - receivedAt.current) / 1000 : 0;
  return { state, totalSeconds: Math.floor((state?.totalSeconds ?? 0) + sinceAnnounced), toggle, answerIdle };
}
