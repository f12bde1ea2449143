// The case file: the patient's questions first (the report must answer each), the patient's
// profile, the first opinion, and the questionnaire with the case's search (the questionnaire's
// answers marked, the documents' pages listed); beside it, in its own tab, the secure messages with
// the patient.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Locale } from '../../../../contract';
import { findMatches } from './find-matches';
import { SearchField } from '../../ui/SearchField';
import { Questionnaire, countQuestionnaireMatches } from './Questionnaire';
import { MessageThread } from '../messages/MessageThread';
import { DocumentMatches } from './DocumentMatches';
import { useBackend } from '../../backend/backend-context';
import { useLive } from '../../backend/use-live';

interface Props {
  detail: CaseDetail;
  locale: Locale;
  /** `place`: at this page, with this text in its find (a match of the case's search). */
  onOpenDocument: (attachmentId: string, place?: { page: number; find: string }) => void;
}

export function CaseFilePane(props: Props) {
  const { t } = useTranslation();
  const backend = useBackend();
  const caseId = props.detail.summary.id;
  const [tab, setTab] = useState<'file' | 'messages'>('file');
  const messages = useLive(() => backend.messages.list({ caseId }), ['cases.changed'], caseId).value ?? [];
  const unread = messages.filter((m) => m.unread).length;
  return (
    <div className="case-file-tabs">
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'file'} className="tabs__tab" data-testid="case-file-tab" onClick={() => setTab('file')}>
          {t('workspace.caseFile')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'messages'}
          className="tabs__tab"
          data-testid="messages-tab"
          data-unread={unread}
          onClick={() => setTab('messages')}
        >
          {t('messages.title')}
          {unread > 0 && <span className="tabs__count tabs__count--unread">{unread}</span>}
        </button>
      </div>
      {tab === 'messages' ? (
        <MessageThread caseId={caseId} messages={messages} locale={props.locale} readOnly={props.detail.summary.readOnly} />
      ) : (
        <CaseFile {...props} />
      )}
    </div>
  );
}

function CaseFile({ detail, locale, onOpenDocument }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { patient, firstOpinion } = detail;
  const yesNo = (v: boolean | null) => t(v === null ? 'workspace.unknown' : v ? 'workspace.yes' : 'workspace.no');
  const sexKey = (['female', 'male', 'other'] as const).find((s) => s === patient.sex) ?? 'unknown';
  const matches = detail.questionnaire ? countQuestionnaireMatches(detail.questionnaire, query, (text) => findMatches(text, query).length) : 0;
  return (
    <div className="case-file" lang={detail.summary.language}>
      <div className="case-search" role="search" data-testid="case-search">
        <div className="case-search__bar">
          <SearchField label={t('workspace.findInCase')} value={query} onChange={setQuery} testId="questionnaire-find" />
          {query.trim() && detail.questionnaire && (
            <span className="muted" data-testid="questionnaire-matches" role="status">
              {t('workspace.matches', { count: matches })}
            </span>
          )}
        </div>
        <DocumentMatches caseId={detail.summary.id} query={query} onOpen={onOpenDocument} />
      </div>
      <section className="card card--questions" data-testid="patient-questions" aria-labelledby="questions-title">
        <h3 id="questions-title">{t('workspace.questions')}</h3>
        <ol>
          {detail.questions.map((q) => (
            <li key={q.id} data-testid="patient-question">
              {q.text}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" data-testid="patient-profile" aria-labelledby="patient-title">
        <h3 id="patient-title">{t('workspace.patient')}</h3>
        <dl className="facts facts--compact">
          <dt>{t('workspace.age')}</dt>
          <dd>{patient.age === null ? t('workspace.unknown') : t('workspace.ageValue', { age: patient.age })}</dd>
          <dt>{t('workspace.sex')}</dt>
          <dd>{t(`workspace.sexes.${sexKey}`)}</dd>
          <dt>{t('workspace.region')}</dt>
          <dd>{patient.region ?? t('workspace.unknown')}</dd>
          <dt>{t('workspace.employment')}</dt>
          <dd>{patient.employmentCategory ?? t('workspace.unknown')}</dd>
          <dt>{t('workspace.gpAware')}</dt>
          <dd>{yesNo(patient.gpAware)}</dd>
          <dt>{t('workspace.gpConsent')}</dt>
          <dd>{yesNo(patient.gpConsent)}</dd>
        </dl>
      </section>
      {firstOpinion && (
        <section className="card" data-testid="first-opinion" aria-labelledby="first-opinion-title">
          <h3 id="first-opinion-title">{t('workspace.firstOpinion')}</h3>
          <dl className="facts facts--stacked">
            <dt>{t('workspace.diagnosis')}</dt>
            <dd>{firstOpinion.diagnosis}</dd>
            <dt>{t('workspace.treatment')}</dt>
            <dd>{firstOpinion.proposedTreatment}</dd>
            {firstOpinion.givenBy && (
              <>
                <dt>{t('workspace.givenBy')}</dt>
                <dd>{firstOpinion.givenBy}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      {detail.questionnaire && (
        <section className="card" aria-labelledby="questionnaire-title">
          <h3 id="questionnaire-title">{t('workspace.questionnaire')}</h3>
          <Questionnaire response={detail.questionnaire} locale={locale} query={query} onOpenDocument={onOpenDocument} />
        </section>
      )}
    </div>
  );
}
