// The documents of a case along the patient's history: year by year, each at its date, with where
// that date was read (the study, the document's first page, the PDF, or only the upload), so that the
// expert sees at a glance what came when, and knows which dates are the documents' own.
import { useTranslation } from 'react-i18next';
import type { DocumentDate, Locale } from '../../../../contract';
import { formatStudyDate } from '../../ui/format';
import { entryState, type DocumentEntry } from './document-groups';
import { timelineOf } from './document-timeline';

interface Props {
  entries: DocumentEntry[];
  locale: Locale;
  onOpen: (id: string) => void;
}

export function DocumentTimeline({ entries, locale, onOpen }: Props) {
  const { t } = useTranslation();
  const { years, undated } = timelineOf(entries);
  const item = (entry: DocumentEntry, day: string | null, source: DocumentDate['source'] | null) => {
    const state = entryState(entry);
    return (
      <li key={entry.id} className="timeline__item" data-testid="timeline-item" data-kind={entry.kind} data-source={source ?? 'none'} data-day={day ?? ''}>
        <span className={`timeline__date${source === 'uploaded' ? ' timeline__date--uploaded' : ''}`} data-testid="timeline-date">
          {day ? formatStudyDate(locale, day) : t('documents.timeline.noDate')}
        </span>
        <span className="timeline__dot" aria-hidden="true" />
        <button type="button" className="timeline__open" onClick={() => onOpen(entry.id)}>
          <span className={`doc-kind doc-kind--${entry.kind}`}>{t(`documents.kinds.${entry.kind}`)}</span>
          <span className="timeline__name" title={entry.name}>
            {entry.name}
          </span>
        </button>
        <span className="timeline__source muted">
          {source ? t(`documents.timeline.sources.${source}`) : null}
          {entry.documents.length > 1 ? ` · ${t('documents.images', { count: entry.documents.length })}` : null}
        </span>
        {state !== 'available' && <span className={`badge badge--state-${state}`}>{t(`documents.states.${state}`)}</span>}
      </li>
    );
  };
  return (
    <div className="timeline" data-testid="document-timeline">
      {years.map(({ year, items }) => (
        <section key={year} className="timeline__year" aria-label={year}>
          <h3 className="timeline__year-title">
            {year} <span className="muted">· {t('documents.timeline.count', { count: items.length })}</span>
          </h3>
          <ol className="timeline__items">{items.map(({ entry, date, day }) => item(entry, day, date.source))}</ol>
        </section>
      ))}
      {undated.length > 0 && (
        <section className="timeline__year" aria-label={t('documents.timeline.undated')}>
          <h3 className="timeline__year-title">{t('documents.timeline.undated')}</h3>
          <ol className="timeline__items">{undated.map((entry) => item(entry, null, null))}</ol>
        </section>
      )}
    </div>
  );
}
