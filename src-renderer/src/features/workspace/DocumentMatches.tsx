// The pages of the case's documents that hold what the expert searched for (core's full-text index:
// each PDF's text, and the text OCR read on scans), under the case file's search. A page opens its
// document there, with the words found in its find bar. Text read by OCR is marked as such.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMatch } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useLive } from '../../backend/use-live';
import { Highlight } from './Highlight';

/** Pages listed under one document before "n more". */
const PAGES_SHOWN = 5;
/** Core is asked once typing pauses. */
const TYPING_PAUSE_MS = 200;

interface Props {
  caseId: string;
  query: string;
  onOpen: (attachmentId: string, place: { page: number; find: string }) => void;
}

export function DocumentMatches({ caseId, query, onOpen }: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const asked = useTypingPause(query.trim());
  // New text arrives with the case (a PDF read, a scan recognised): the search is run again.
  const { value } = useLive(
    () => (asked ? backend.documents.search({ caseId, query: asked }) : Promise.resolve(null)),
    ['cases.changed'],
    `${caseId}\n${asked}`,
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (!asked || !value) return null;
  const byDocument = new Map<string, DocumentMatch[]>();
  for (const m of value.matches) byDocument.set(m.attachmentId, [...(byDocument.get(m.attachmentId) ?? []), m]);
  return (
    <div className="document-matches" data-testid="document-matches">
      <p className="muted document-matches__count" role="status" data-testid="document-matches-count">
        {value.more ? t('workspace.inDocumentsMore', { count: value.matches.length }) : t('workspace.inDocuments', { count: value.matches.length })}
      </p>
      <ul className="document-matches__documents">
        {[...byDocument].map(([id, pages]) => {
          const shown = expanded.has(id) ? pages : pages.slice(0, PAGES_SHOWN);
          return (
            <li key={id} className="document-matches__document" data-testid="document-match-document">
              <span className="document-matches__name" title={pages[0]?.name}>
                {pages[0]?.name}
              </span>
              <ul className="document-matches__pages">
                {shown.map((m) => (
                  <li key={m.page}>
                    <button
                      type="button"
                      className="document-matches__page"
                      onClick={() => onOpen(id, { page: m.page, find: asked })}
                      data-testid="document-match"
                      data-page={m.page}
                      data-recognised={m.recognised}
                    >
                      <span className="document-matches__where">{t('workspace.documentPage', { page: m.page })}</span>
                      <span className="document-matches__passage">
                        <Highlight text={m.passage} query={asked} />
                      </span>
                      {m.recognised && <span className="badge">{t('workspace.recognisedMatch')}</span>}
                    </button>
                  </li>
                ))}
              </ul>
              {pages.length > shown.length && (
                <button type="button" className="link-button" onClick={() => setExpanded((before) => new Set([...before, id]))}>
                  {t('workspace.morePages', { count: pages.length - shown.length })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The value once it has not changed for a moment (what the expert typed, once typing pauses). */
function useTypingPause(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}
