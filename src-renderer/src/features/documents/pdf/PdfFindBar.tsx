// Find in a PDF, as pdf.js's own find bar: the query, "n of m", previous and next (Enter,
// Shift+Enter, F3, Ctrl+G), and the options: match case, match accents, whole words.
import { useEffect, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../ui/SearchField';
import { NO_FIND_OPTIONS, type FindOptions, type FindStatus } from './use-pdf-viewer';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  status: FindStatus | null;
  /** Finds the query; `again`: the next or previous match of the same query. */
  onFind: (query: string, options: FindOptions, again: 'next' | 'previous' | null) => void;
  /** Text to show in the field (the document was opened at a match of the case's search). */
  request?: { query: string; nonce: number } | null;
}

const OPTIONS = ['caseSensitive', 'matchDiacritics', 'entireWord'] as const;

/** Whether a key press in the find field asks for the next match (or, with Shift, the previous one). */
export const isFindAgain = (e: { key: string; ctrlKey: boolean; metaKey: boolean }) =>
  e.key === 'Enter' || e.key === 'F3' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'g');

export function PdfFindBar({ inputRef, status, onFind, request = null }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<FindOptions>(NO_FIND_OPTIONS);
  useEffect(() => {
    if (request) setQuery(request.query);
  }, [request]);

  // A new query or new options find again from the page shown, after a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => onFind(query, options, null), 150);
    return () => clearTimeout(timer);
  }, [query, options, onFind]);

  const again = (previous: boolean) => query.trim() && onFind(query, options, previous ? 'previous' : 'next');
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!isFindAgain(e)) return;
    e.preventDefault();
    again(e.shiftKey);
  };

  return (
    <div className="pdf-find" role="search">
      <SearchField
        inputRef={inputRef}
        className="field__control field__control--small pdf-find__input"
        label={t('pdf.find')}
        value={query}
        onChange={setQuery}
        onKeyDown={onKeyDown}
        testId="pdf-find"
      />
      <button
        type="button"
        className="icon-button"
        onClick={() => again(true)}
        disabled={!status?.total}
        aria-label={t('pdf.findPrevious')}
        title={t('pdf.findPrevious')}
        data-testid="pdf-find-previous"
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => again(false)}
        disabled={!status?.total}
        aria-label={t('pdf.findNext')}
        title={t('pdf.findNext')}
        data-testid="pdf-find-next"
      >
        ↓
      </button>
      {OPTIONS.map((option) => (
        <label key={option} className="pdf-find__option" title={t(`pdf.findOptions.${option}`)}>
          <input
            type="checkbox"
            checked={options[option]}
            onChange={(e) => setOptions((o) => ({ ...o, [option]: e.target.checked }))}
            data-testid={`pdf-find-${option}`}
          />
          <span>{t(`pdf.findOptionLabels.${option}`)}</span>
        </label>
      ))}
      <span className="muted" role="status" data-testid="pdf-find-count">
        {!query.trim() || !status
          ? null
          : status.total > 0
            ? t('pdf.findPosition', { current: status.current, count: status.total })
            : status.state === 'not-found'
              ? t('pdf.noMatch')
              : null}
      </span>
    </div>
  );
}
