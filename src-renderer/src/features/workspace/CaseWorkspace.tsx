// The case workspace: everything about the case at once, in three resizable panes — the case file
// (questions, profile, first opinion, questionnaire), the documents, and the report — usable
// from the keyboard. In reading mode the documents take the whole window, and the case file or the
// report slides over them on Alt+1 / Alt+3 (the viewer keeps its size, so the images do not move).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ShortcutAction } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { errorMessage } from '../../backend/error-message';
import { BackendError } from '../../backend/backend';
import { useLive } from '../../backend/use-live';
import { DocumentsPane } from '../documents/DocumentsPane';
import { groupDocuments } from '../documents/document-groups';
import { isViewerAction, type DocumentPlace, type ViewerCommands } from '../documents/viewer-commands';
import { CaseFilePane } from './CaseFilePane';
import { DueDate } from '../inbox/DueDate';
import { actionForKey, commandFor, keyPressOf, shortcutKeys } from './keymap';
import { usePaneLayout } from './pane-layout';
import { ShortcutsHelp } from './ShortcutsHelp';
import { Splitter } from './Splitter';
import { TimerControl } from '../timer/TimerControl';
import { useReviewTimer } from '../timer/use-review-timer';
import { ReportPane } from '../report/ReportPane';
import { useReadingMode, type ReadingMode } from './reading-mode';
import { WorkspaceContext } from './workspace-context';

/** A side pane: in its column, or in reading mode hidden until it is shown over the documents. */
function sidePaneClass(reading: ReadingMode, pane: 'caseFile' | 'report'): string {
  if (!reading.on) return 'pane';
  if (reading.drawer !== pane) return 'pane pane--hidden';
  return `pane pane--drawer pane--drawer-${pane === 'caseFile' ? 'left' : 'right'}`;
}

export function CaseWorkspace({ caseId, info, onBack }: { caseId: string; info: AppInfo; onBack: () => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const { value: detail } = useLive(
    async () => {
      try {
        const result = opened ? await backend.cases.get({ caseId }) : await backend.cases.open({ caseId });
        setOpened(true);
        return result;
      } catch (e) {
        // Core out of reach for a moment: keep the case on screen; useLive tries again.
        if (e instanceof BackendError && e.code === 'CORE_UNAVAILABLE') throw e;
        setError(errorMessage(t, e));
        return null;
      }
    },
    ['cases.changed', 'sync.progress'],
    caseId,
    500,
  );
  const [layout, setLayout] = usePaneLayout();
  const [openIds, setOpenIds] = useState<string[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** Where each document was last asked to open (a match of the case's search). */
  const [places, setPlaces] = useState<Record<string, DocumentPlace>>({});
  const nextPlace = useRef(1);
  const [help, setHelp] = useState(false);
  const reading = useReadingMode();
  const viewer = useRef<ViewerCommands | null>(null);
  const panes = useRef<(HTMLElement | null)[]>([]);
  const onCommands = useCallback((c: ViewerCommands | null) => (viewer.current = c), []);
  const timer = useReviewTimer(caseId);
  const toggleTimer = timer.toggle;
  const keys = useMemo(() => shortcutKeys(info.shortcuts), [info.shortcuts]);

  const openDocument = useCallback(
    (id: string, place?: { page: number; find: string }) => {
      // A questionnaire may point at one image of a series: open the series.
      const entry = detail ? groupDocuments(detail.documents).find((e) => e.documents.some((d) => d.id === id)) : undefined;
      const target = entry?.id ?? id;
      setOpenIds((ids) => (ids.includes(target) ? ids : [...ids, target]));
      setActiveId(target);
      if (place) setPlaces((before) => ({ ...before, [target]: { ...place, nonce: nextPlace.current++ } }));
    },
    [detail],
  );
  const closeDocument = (id: string) => {
    setOpenIds((ids) => ids.filter((x) => x !== id));
    setActiveId((current) => (current === id ? null : current));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // A dialog answers its own Esc; a tool that cancelled a drawing has taken it.
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape' && reading.leaveOne()) {
        e.preventDefault();
        return;
      }
      const command = commandFor(keyPressOf(e));
      if (!command) return;
      // Find's chords work from anywhere, a field included (as in a browser); not the single keys.
      if (command.kind === 'find') {
        const find = command.again === null ? viewer.current?.find : command.again === 'next' ? viewer.current?.findNext : viewer.current?.findPrevious;
        if (find) {
          find();
          e.preventDefault();
        }
        return;
      }
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (typing) return;
      const cycle = (step: number) => {
        if (openIds.length === 0) return;
        const at = activeId ? openIds.indexOf(activeId) : -1;
        setActiveId(openIds[(at + step + openIds.length) % openIds.length] ?? null);
      };
      const own: Partial<Record<ShortcutAction, () => void>> = {
        help: () => setHelp(true),
        nextDocument: () => cycle(1),
        previousDocument: () => cycle(-1),
        timerToggle: toggleTimer,
        readingMode: reading.toggle,
      };
      const preset = viewer.current?.preset;
      const named = command.kind === 'character' ? actionForKey(keys, command.key) : null;
      const action =
        command.kind === 'pane'
          ? () => reading.showPane(command.n, () => panes.current[command.n - 1]?.focus())
          : command.kind === 'back'
            ? onBack
            : command.kind === 'preset'
              ? preset && (() => preset(command.n))
              : named && (isViewerAction(named) ? viewer.current?.[named] : own[named]);
      if (action) {
        action();
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openIds, activeId, onBack, toggleTimer, keys, reading]);

  const context = useMemo(() => ({ keys, reading: reading.on, toggleReading: reading.toggle }), [keys, reading.on, reading.toggle]);

  if (error && !detail) {
    return (
      <p className="notice notice--error" role="alert" data-testid="workspace-error">
        {error}
      </p>
    );
  }
  if (!detail) return <p className="loading">{t('workspace.loading')}</p>;
  const { summary } = detail;
  return (
    <WorkspaceContext.Provider value={context}>
      <div
        className={reading.on ? 'workspace workspace--reading' : 'workspace'}
        data-testid="case-workspace"
        data-case-id={caseId}
        data-reading={reading.on ? 'true' : undefined}
      >
        <header className="workspace__header">
          <button type="button" className="button button--secondary button--small" onClick={onBack} data-testid="workspace-back">
            ← {t('workspace.back')}
          </button>
          <span className="case-row__reference">{summary.reference}</span>
          <h1 className="workspace__title" lang={summary.language}>
            {summary.disease}
          </h1>
          <span className={`badge badge--status-${summary.status}`}>{t(`caseStatus.${summary.status}`)}</span>
          {summary.dueAt && <DueDate dueAt={summary.dueAt} locale={info.locale} />}
          <TimerControl caseId={caseId} timer={timer} locale={info.locale} />
          <button
            type="button"
            className="icon-button workspace__help"
            onClick={() => setHelp(true)}
            aria-label={t('shortcuts.title')}
            title={t('shortcuts.title')}
          >
            ?
          </button>
        </header>
        <div
          className="workspace__panes"
          style={{ gridTemplateColumns: reading.on ? '1fr' : `${layout.caseFile}px 6px minmax(320px, 1fr) 6px ${layout.report}px` }}
        >
          <section
            className={sidePaneClass(reading, 'caseFile')}
            tabIndex={-1}
            ref={(el) => void (panes.current[0] = el)}
            aria-label={t('workspace.caseFile')}
            data-testid="case-file-pane"
          >
            <CaseFilePane detail={detail} locale={info.locale} onOpenDocument={openDocument} />
          </section>
          <Splitter label={t('workspace.resizePane')} value={layout.caseFile} onChange={(px) => setLayout({ ...layout, caseFile: px })} />
          <section className="pane pane--documents" tabIndex={-1} ref={(el) => void (panes.current[1] = el)} aria-label={t('workspace.documents')}>
            <DocumentsPane
              caseId={caseId}
              documents={detail.documents}
              locale={info.locale}
              openIds={openIds}
              activeId={activeId}
              onOpen={openDocument}
              places={places}
              onClose={closeDocument}
              onShowList={() => setActiveId(null)}
              onCommands={onCommands}
              reading={reading.on}
              onToggleReading={reading.toggle}
            />
          </section>
          <Splitter label={t('workspace.resizePane')} value={layout.report} invert onChange={(px) => setLayout({ ...layout, report: px })} />
          <section
            className={sidePaneClass(reading, 'report')}
            tabIndex={-1}
            ref={(el) => void (panes.current[2] = el)}
            aria-label={t('workspace.report')}
            data-testid="report-pane"
          >
            <ReportPane caseId={caseId} detail={detail} locale={info.locale} />
          </section>
        </div>
        {help && <ShortcutsHelp keys={keys} onClose={() => setHelp(false)} />}
      </div>
    </WorkspaceContext.Provider>
  );
}
