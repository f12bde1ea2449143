// The documents pane: the list of every document of the case (kind, date, size, whether it is on
// this computer) and one tab per opened document, each shown in the viewer for its kind. A
// document that cannot be shown says so in its tab; the rest of the workspace is unaffected.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDocument, Locale } from '../../../../contract';
import { formatBytes, formatRelative } from '../../ui/format';
import { entryState, groupDocuments, type DocumentEntry } from './document-groups';
import { PhotoViewer } from './PhotoViewer';
import { DocumentTimeline } from './DocumentTimeline';
import { useDocumentsView } from './documents-view';
import type { DocumentPlace, ViewerCommands } from './viewer-commands';
import { ViewerBoundary } from './ViewerBoundary';
import { dicomDocument, preloadImaging } from './dicom/preload-imaging';
import { preloadable } from '../../ui/preloadable';
import { useWorkspace } from '../workspace/workspace-context';
import { withKey } from '../workspace/shortcut-groups';

// pdf.js is large: it loads when a case with PDFs opens, not with the app.
const pdfViewer = preloadable(() => import('./pdf/PdfViewer').then((m) => m.PdfViewer));
const PdfViewer = pdfViewer.Component;
// So is the DICOM viewer with its loader: readied when the app is idle and when a case with
// imaging opens, so that the first image does not wait for it.
const DicomDocument = dicomDocument.Component;
const ArchiveDocument = lazy(() => import('./dicom/ArchiveDocument').then((m) => ({ default: m.ArchiveDocument })));

interface Props {
  caseId: string;
  documents: CaseDocument[];
  locale: Locale;
  openIds: string[];
  activeId: string | null;
  onOpen: (id: string) => void;
  /** Where documents were asked to open (a match of the case's search). */
  places: Record<string, DocumentPlace>;
  onClose: (id: string) => void;
  onShowList: () => void;
  onCommands: (commands: ViewerCommands | null) => void;
  /** Reading mode: the documents take the whole window. */
  reading: boolean;
  onToggleReading: () => void;
}

export function DocumentsPane({
  caseId,
  documents,
  locale,
  openIds,
  activeId,
  onOpen,
  places,
  onClose,
  onShowList,
  onCommands,
  reading,
  onToggleReading,
}: Props) {
  const { t } = useTranslation();
  const { keys } = useWorkspace();
  const entries = groupDocuments(documents);
  const hasImaging = entries.some((e) => e.kind === 'dicom' || e.kind === 'archive');
  useEffect(() => {
    if (hasImaging) void preloadImaging();
  }, [hasImaging]);
  const hasPdf = entries.some((e) => e.kind === 'pdf');
  useEffect(() => {
    if (hasPdf) void pdfViewer.preload().catch(() => {}); // a failure shows when the document opens
  }, [hasPdf]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const active = activeId ? byId.get(activeId) : undefined;
  return (
    <div className="documents-pane">
      <div className="documents-pane__bar">
        <div className="tabs tabs--documents" role="tablist">
          <button type="button" role="tab" className="tabs__tab" aria-selected={!active} onClick={onShowList} data-testid="document-list-tab">
            {t('documents.all')} <span className="tabs__count">{entries.length}</span>
          </button>
          {openIds.map((id) => {
            const entry = byId.get(id);
            if (!entry) return null;
            return (
              // The tab is its label, and Delete closes it (as tab lists do); the × beside it is for the
              // pointer: a tab list holds tabs only, so it is not a second control for the keyboard.
              <span key={id} className="tabs__tab tabs__tab--closable" role="presentation" data-selected={activeId === id}>
                <button
                  type="button"
                  role="tab"
                  aria-selected={activeId === id}
                  aria-keyshortcuts="Delete"
                  className="tabs__label"
                  onClick={() => onOpen(id)}
                  onKeyDown={(e) => e.key === 'Delete' && onClose(id)}
                  title={`${entry.name} — ${t('documents.closeHint')}`}
                  data-testid="document-tab"
                  data-document-id={id}
                >
                  {entry.name}
                </button>
                <button
                  type="button"
                  className="tabs__close"
                  tabIndex={-1}
                  aria-hidden="true"
                  onClick={() => onClose(id)}
                  title={t('documents.close', { name: entry.name })}
                >
                  ×
                </button>
              </span>
            );
          })}
        </div>
        <button
          type="button"
          className="button button--secondary button--small documents-pane__reading"
          aria-pressed={reading}
          onClick={onToggleReading}
          title={withKey(t(reading ? 'workspace.leaveReading' : 'workspace.reading'), reading ? 'Esc' : keys.readingMode)}
          data-testid="reading-mode"
        >
          {t(reading ? 'workspace.leaveReadingShort' : 'workspace.readingShort')}
        </button>
      </div>
      <div className="documents-pane__body">
        {active ? (
          <ViewerBoundary key={active.id} message={t('documents.viewerFailed')}>
            <DocumentView caseId={caseId} entry={active} place={places[active.id] ?? null} onCommands={onCommands} />
          </ViewerBoundary>
        ) : (
          <DocumentIndex entries={entries} locale={locale} onOpen={onOpen} />
        )}
      </div>
    </div>
  );
}

/** Every document of the case, as a list or along the patient's history (the expert's choice, remembered). */
function DocumentIndex({ entries, locale, onOpen }: { entries: DocumentEntry[]; locale: Locale; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [view, setView] = useDocumentsView();
  if (entries.length === 0) return <p className="muted">{t('documents.empty')}</p>;
  return (
    <>
      <div className="documents-pane__views segmented" role="group" aria-label={t('documents.view')}>
        {(['list', 'timeline'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={`segmented__option${view === option ? ' segmented__option--on' : ''}`}
            aria-pressed={view === option}
            onClick={() => setView(option)}
            data-testid={`documents-view-${option}`}
          >
            {t(`documents.views.${option}`)}
          </button>
        ))}
      </div>
      {view === 'timeline' ? (
        <DocumentTimeline entries={entries} locale={locale} onOpen={onOpen} />
      ) : (
        <DocumentList entries={entries} locale={locale} onOpen={onOpen} />
      )}
    </>
  );
}

function DocumentList({ entries, locale, onOpen }: { entries: DocumentEntry[]; locale: Locale; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('documents.empty')}</p>;
  return (
    <ul className="document-list" data-testid="document-list">
      {entries.map((entry) => {
        const state = entryState(entry);
        const size = entry.documents.reduce((sum, d) => sum + d.size, 0);
        const added = entry.documents[0]?.addedAt;
        const isNew = entry.documents.some((d) => d.isNew);
        return (
          <li key={entry.id} className="document-list__item" data-testid="document-list-item" data-kind={entry.kind} data-state={state} data-new={isNew}>
            <button type="button" className="document-list__open" onClick={() => onOpen(entry.id)}>
              <span className={`doc-kind doc-kind--${entry.kind}`}>{t(`documents.kinds.${entry.kind}`)}</span>
              <span className="document-list__name" title={entry.name}>
                {entry.name}
              </span>
              {isNew && (
                <span className="badge badge--new" data-testid="document-new">
                  {t('documents.new')}
                </span>
              )}
            </button>
            <span className="muted">{entry.documents.length > 1 ? t('documents.images', { count: entry.documents.length }) : null}</span>
            <span className="muted">{added ? t('documents.added', { when: formatRelative(locale, added) }) : null}</span>
            <span className="muted">{formatBytes(locale, size)}</span>
            <span className={`badge badge--state-${state}`}>{t(`documents.states.${state}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}

function DocumentView({
  caseId,
  entry,
  place,
  onCommands,
}: {
  caseId: string;
  entry: DocumentEntry;
  place: DocumentPlace | null;
  onCommands: (c: ViewerCommands | null) => void;
}) {
  const { t } = useTranslation();
  const state = entryState(entry);
  const message = (key: 'documents.notDownloaded' | 'documents.unsupported' | 'errors.ATTACHMENT_CORRUPT') => (
    <p className="document-error" role="alert" data-testid="document-error">
      {t(key)}
    </p>
  );
  if (state === 'corrupt') return message('errors.ATTACHMENT_CORRUPT');
  if (state !== 'available') return message('documents.notDownloaded');
  const props = { documentId: entry.id, name: entry.name, onCommands };
  switch (entry.kind) {
    case 'pdf':
      return (
        <Suspense fallback={<p className="muted">{t('workspace.loading')}</p>}>
          <PdfViewer {...props} caseId={caseId} place={place} />
        </Suspense>
      );
    case 'photo':
      return <PhotoViewer {...props} caseId={caseId} place={place} />;
    case 'dicom':
      return (
        <Suspense fallback={<p className="muted">{t('workspace.loading')}</p>}>
          <DicomDocument {...props} caseId={caseId} />
        </Suspense>
      );
    case 'archive':
      return (
        <Suspense fallback={<p className="muted">{t('workspace.loading')}</p>}>
          <ArchiveDocument {...props} caseId={caseId} />
        </Suspense>
      );
    default:
      return message('documents.unsupported');
  }
}
