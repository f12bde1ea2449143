// The report pane of the workspace: the structured form of the case's template, saved on every
// change, with divergence derived as the agreements are chosen, insert helpers, what is missing
// before submission, the preview and signature, and the submitted report with its receipt.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Locale, ReportAnswer, ReportFigure } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useAction } from '../../backend/use-action';
import { useAnswer } from '../../backend/use-answer';
import { formatDateTime, formatLanguage } from '../../ui/format';
import { DivergenceSummary } from './DivergenceSummary';
import { InsertMenu } from './InsertMenu';
import { ReportFigures, figureOf } from './ReportFigures';
import { ReportField, type FieldContext } from './ReportField';
import { ReportPreview } from './ReportPreview';
import { SubmissionCard } from './SubmissionCard';
import { downloadJson, reportFileName, reportPdfUrl } from './report-exports';
import { onQuote } from './report-quote';
import { useReport, type SaveState } from './use-report';

export function ReportPane({ caseId, detail, locale }: { caseId: string; detail: CaseDetail; locale: Locale }) {
  const { t, i18n } = useTranslation();
  const backend = useBackend();
  const { state, answers, save, change, switchTemplate, setFigures: setReportFigures, act } = useReport(caseId);
  const [showMissing, setShowMissing] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const action = useAction();
  const signer = useAnswer(() => backend.session.status(), caseId).value?.expert?.displayName ?? '';
  const target = useRef<{ linkId: string; element: HTMLTextAreaElement | HTMLInputElement } | null>(null);
  const [targetId, setTargetId] = useState<string | null>(null);
  const reference = detail.summary.reference;
  const draft = state?.draft ?? null;
  const writable = draft !== null && state?.blocked === null;

  const setFigures = useCallback((figures: ReportFigure[]) => action.run(() => setReportFigures(figures)), [action, setReportFigures]);

  /** Inserts text at the cursor of the last text field used, on its own line when not at a line start. */
  const insert = useCallback(
    (text: string) => {
      const field = target.current;
      if (!field || !writable) return;
      const { element, linkId } = field;
      const value = element.value;
      const start = element.selectionStart ?? value.length;
      const end = element.selectionEnd ?? start;
      const before = value.slice(0, start);
      const piece = before === '' || before.endsWith('\n') ? text : `${before.endsWith(' ') ? '' : ' '}${text}`;
      change(linkId, `${before}${piece}${value.slice(end)}`, 'now');
      requestAnimationFrame(() => {
        element.focus();
        element.setSelectionRange(start + piece.length, start + piece.length);
      });
    },
    [change, writable],
  );

  useEffect(
    () =>
      onQuote((q) => {
        const tr = i18n.getFixedT(draft?.language ?? locale);
        const key = q.photo ? 'report.insert.photoQuoteRecognised' : q.recognised ? 'report.insert.pdfQuoteRecognised' : 'report.insert.pdfQuote';
        insert(tr(key, { text: q.text, document: q.document, page: q.page }));
      }),
    [insert, i18n, draft?.language, locale],
  );

  if (!state) return <p className="loading">{t('workspace.loading')}</p>;
  const lang = draft?.language ?? locale;
  const ctx: FieldContext | null = draft && {
    lang,
    answers,
    enabled: new Set(draft.enabled),
    missing: new Set(draft.missing.map((m) => m.linkId)),
    showMissing,
    readOnly: !writable,
    change: (linkId: string, value: ReportAnswer, at: 'now' | 'pause') => change(linkId, value, at),
    onFocusText: (linkId, element) => {
      target.current = { linkId, element };
      setTargetId(linkId);
    },
  };
  // The PDF is saved by the browser from the content route: the audit trail is told here.
  const noteExport = (submissionId: string | null) => void backend.reports.exported({ caseId, format: 'pdf', submissionId }).catch(() => {});
  const fhir = (submissionId: string | null, kind: 'report' | 'addendum' | 'draft') =>
    action.run(async () => downloadJson(await backend.reports.fhir({ caseId, submissionId }), reportFileName(reference, kind, 'json')));

  return (
    <div className="report-pane" data-report-state={draft ? 'draft' : state.submissions.length ? 'submitted' : 'none'}>
      <header className="report-pane__header">
        <h2 className="pane__title">{draft?.kind === 'addendum' ? t('report.addendumTitle') : t('workspace.report')}</h2>
        {draft && <SaveStatus save={save} savedAt={draft.savedAt} locale={locale} />}
      </header>
      {state.blocked && (
        <p
          className={`notice${state.blocked === 'case-closed' ? ' notice--error' : ''}`}
          role="status"
          data-testid="report-blocked"
          data-reason={state.blocked}
        >
          {t(`report.blocked.${state.blocked}`, { when: detail.summary.purgeAfter ? formatDateTime(locale, detail.summary.purgeAfter) : '' })}
        </p>
      )}
      {state.submissions.map((s) => (
        <SubmissionCard
          key={s.id}
          caseId={caseId}
          reference={reference}
          submission={s}
          locale={locale}
          onReopen={() => void action.run(() => act(() => backend.reports.reopen({ caseId, submissionId: s.id })))}
          onFhir={() => void fhir(s.id, s.kind)}
          onPdf={() => noteExport(s.id)}
        />
      ))}
      {state.canAddAddendum && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void action.run(() => act(() => backend.reports.startAddendum({ caseId })))}
          data-testid="report-add-addendum"
        >
          {t('report.addAddendum')}
        </button>
      )}
      {draft && ctx && (
        <>
          <div className="report-pane__tools">
            {state.canSwitchTemplate ? (
              <label className="report-template">
                <span>{t('report.template')}</span>
                <select value={draft.template.id} onChange={(e) => switchTemplate(e.target.value)} data-testid="report-template">
                  {state.templates.map((tpl) => (
                    <option key={tpl.id} value={tpl.id}>
                      {tpl.title[locale]}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <span className="muted" data-testid="report-template-name">
                {draft.template.title[locale]}
              </span>
            )}
            <span className="muted">{t('report.writtenIn', { language: formatLanguage(locale, draft.language) })}</span>
          </div>
          {draft.kind === 'report' && <DivergenceSummary divergence={draft.divergence} diverging={draft.diverging} complexity={draft.complexity} />}
          {writable && (
            <InsertMenu
              caseId={caseId}
              firstOpinion={detail.firstOpinion}
              lang={lang}
              target={targetId}
              onInsert={insert}
              onFigure={(k) => {
                // A key image with its picture becomes a figure (once), and the text says where to look.
                const at = draft.figures.findIndex((f) => f.attachmentId === k.attachmentId && f.frame === k.frame);
                if (at < 0) void setFigures([...draft.figures.map(figureOf), { attachmentId: k.attachmentId, frame: k.frame, caption: '' }]);
                return at < 0 ? draft.figures.length + 1 : at + 1;
              }}
            />
          )}
          <form className="report-form" lang={lang} onSubmit={(e) => e.preventDefault()}>
            {draft.items.map((item) => (
              <ReportField key={item.linkId} item={item} ctx={ctx} />
            ))}
          </form>
          <ReportFigures caseId={caseId} figures={draft.figures} readOnly={!writable} onChange={setFigures} />
          <footer className="report-pane__footer">
            {showMissing && draft.missing.length > 0 && (
              <div className="notice notice--error" role="alert" data-testid="report-missing">
                <p>{t('report.missing', { count: draft.missing.length })}</p>
                <ul>
                  {draft.missing.map((m) => (
                    <li key={m.linkId}>
                      <a href={`#report-${m.linkId}`}>{m.text[locale]}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {draft.unprintable.length > 0 && (
              <div className="notice notice--error" role="status" data-testid="report-unprintable">
                <p>{t('report.unprintable')}</p>
                <ul>
                  {draft.unprintable.map((place) => (
                    <li key={place.where}>
                      {t('report.unprintableAt', {
                        characters: place.characters.map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', '),
                        where: place.where,
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {action.error && (
              <p className="notice notice--error" role="alert">
                {action.error}
              </p>
            )}
            <div className="report-actions">
              {writable && (
                <button
                  type="button"
                  className="button"
                  data-testid="report-submit"
                  data-missing={draft.missing.length}
                  disabled={save === 'pending'}
                  onClick={() => (draft.missing.length > 0 ? setShowMissing(true) : draft.unprintable.length > 0 ? undefined : setPreviewing(true))}
                  aria-disabled={draft.unprintable.length > 0 || undefined}
                >
                  {draft.missing.length > 0 ? t('report.submitMissing', { count: draft.missing.length }) : t('report.submit')}
                </button>
              )}
              {draft.revision > 0 && (
                <a
                  className="button button--secondary"
                  href={reportPdfUrl(caseId, { revision: draft.revision })}
                  download={reportFileName(reference, 'draft', 'pdf')}
                  onClick={() => noteExport(null)}
                  data-testid="report-export-pdf"
                >
                  {t('report.exportDraftPdf')}
                </a>
              )}
              {draft.revision > 0 && (
                <button type="button" className="button button--secondary" onClick={() => void fhir(null, 'draft')} data-testid="report-export-fhir">
                  {t('report.exportFhir')}
                </button>
              )}
            </div>
          </footer>
        </>
      )}
      {previewing && draft && (
        <ReportPreview
          caseId={caseId}
          revision={draft.revision}
          signer={signer}
          busy={action.busy}
          error={action.error}
          onClose={() => setPreviewing(false)}
          onConfirm={() =>
            void action.run(async () => {
              await act(() => backend.reports.finalize({ caseId, revision: draft.revision }));
              setPreviewing(false);
            })
          }
        />
      )}
    </div>
  );
}

function SaveStatus({ save, savedAt, locale }: { save: SaveState; savedAt: string | null; locale: Locale }) {
  const { t } = useTranslation();
  const text =
    save === 'saved' ? (savedAt ? t('report.save.savedAt', { when: formatDateTime(locale, savedAt) }) : t('report.save.new')) : t(`report.save.${save}`);
  return (
    <span className={`report-save report-save--${save}`} role="status" data-testid="report-save-state" data-state={save}>
      {text}
    </span>
  );
}
