// The report pane's state: the report as core has it, and the answers as the expert types them.
// Every change is saved whole (a choice at once, text after a short pause), so a crash loses at
// most the last fraction of a second; a failed save is retried, and typing is never overwritten
// by an older answer from core.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportAnswer, ReportAnswers, ReportFigure, ReportState } from '../../../../contract';
import { BackendError } from '../../backend/backend';
import { useBackend } from '../../backend/backend-context';

/** Text is saved this long after the last keystroke. */
const TEXT_PAUSE_MS = 400;
const RETRY_MS = 2_000;

export type SaveState = 'saved' | 'pending' | 'failed' | 'refused';

export function useReport(caseId: string) {
  const backend = useBackend();
  const [state, setState] = useState<ReportState | null>(null);
  const [answers, setAnswers] = useState<ReportAnswers>({});
  const [save, setSave] = useState<SaveState>('saved');
  const latest = useRef<{ answers: ReportAnswers; templateId: string | null }>({ answers: {}, templateId: null });
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const adopt = useCallback((next: ReportState, resetAnswers: boolean) => {
    setState(next);
    if (resetAnswers || !dirty.current) {
      latest.current = { answers: next.draft?.answers ?? {}, templateId: next.draft?.template.id ?? null };
      setAnswers(latest.current.answers);
    }
  }, []);

  const load = useCallback(async () => {
    try {
      adopt(await backend.reports.get({ caseId }), false);
    } catch {
      /* the pane shows the last state it had; the next event reloads */
    }
  }, [backend, caseId, adopt]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current || inFlight.current || !latest.current.templateId) return;
    inFlight.current = true;
    const sent = latest.current;
    try {
      const next = await backend.reports.save({ caseId, templateId: sent.templateId ?? '', answers: sent.answers });
      const unchanged = latest.current === sent;
      if (unchanged) dirty.current = false;
      setState(next);
      setSave(unchanged ? 'saved' : 'pending');
    } catch (error) {
      // Refused (the case closed, the report was finalized): keep the text on screen, stop retrying.
      const refused = error instanceof BackendError && (error.code === 'CONFLICT' || error.code === 'INVALID_INPUT');
      setSave(refused ? 'refused' : 'failed');
      if (refused) void load();
      else timer.current = setTimeout(() => void flush(), RETRY_MS);
    } finally {
      inFlight.current = false;
    }
    // More was typed while the save was under way: save again.
    if (dirty.current && !timer.current && latest.current !== sent) timer.current = setTimeout(() => void flush(), 0);
  }, [backend, caseId, load]);

  const change = useCallback(
    (linkId: string, value: ReportAnswer, at: 'now' | 'pause') => {
      latest.current = { ...latest.current, answers: { ...latest.current.answers, [linkId]: value } };
      setAnswers(latest.current.answers);
      dirty.current = true;
      setSave('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), at === 'now' ? 0 : TEXT_PAUSE_MS);
    },
    [flush],
  );

  const switchTemplate = useCallback(
    (templateId: string) => {
      latest.current = { ...latest.current, templateId };
      dirty.current = true;
      void flush();
    },
    [flush],
  );

  /**
   * Sets the draft's figures. Their state is taken without the answers in it: a text typed while the
   * call ran (the reference to the figure, inserted at once) is saved by its own autosave, never
   * replaced by the answers as they were when the figures were set.
   */
  const setFigures = useCallback(
    async (figures: ReportFigure[]) => {
      await flush();
      const next = await backend.reports.setFigures({ caseId, figures });
      setState(next);
    },
    [backend, caseId, flush],
  );

  /** Runs a call that answers the new state (finalize, reopen, addendum) after saving what is typed. */
  const act = useCallback(
    async (call: () => Promise<ReportState>) => {
      await flush();
      adopt(await call(), true);
    },
    [flush, adopt],
  );

  useEffect(() => {
    void load();
    const offs = [backend.on('cases.changed', ({ caseIds }) => caseIds.includes(caseId) && void load()), backend.on('sync.changed', () => void load())];
    return () => {
      offs.forEach((off) => off());
      void flush();
    };
  }, [backend, caseId, load, flush]);

  return { state, answers, save, change, switchTemplate, setFigures, act, flush };
}
