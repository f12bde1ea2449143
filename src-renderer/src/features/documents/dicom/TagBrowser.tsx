// The DICOM tag browser: every element of the current image's header, searchable by tag, name or
// value, with sequences as nested, expandable items.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomTag } from '../../../../../contract';
import { useBackend } from '../../../backend/backend-context';
import { useAnswer } from '../../../backend/use-answer';
import { normalize } from '../../inbox/inbox-filters';
import { SearchField } from '../../../ui/SearchField';

function matches(tag: DicomTag, q: string): boolean {
  if (!q) return true;
  if ([tag.tag, tag.name, tag.value].some((f) => normalize(f).includes(q))) return true;
  return (tag.items ?? []).some((item) => item.some((child) => matches(child, q)));
}

function TagRows({ tags, q, depth }: { tags: DicomTag[]; q: string; depth: number }) {
  return (
    <>
      {tags
        .filter((t) => matches(t, q))
        .map((t) =>
          t.items ? (
            <li key={t.tag} className="tag-browser__row" style={{ paddingLeft: depth * 14 }}>
              <details open={Boolean(q)}>
                <summary>
                  <code>{t.tag}</code> <span className="tag-browser__vr">{t.vr}</span> <span className="tag-browser__name">{t.name}</span>{' '}
                  <span className="muted">{t.value}</span>
                </summary>
                <ul className="tag-browser__list">
                  {t.items.map((item, i) => (
                    <li key={i} className="tag-browser__item">
                      <span className="muted">#{i + 1}</span>
                      <ul className="tag-browser__list">
                        <TagRows tags={item} q={q} depth={depth + 1} />
                      </ul>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ) : (
            <li key={t.tag} className="tag-browser__row" data-testid="tag-row" data-tag={t.tag} style={{ paddingLeft: depth * 14 }}>
              <code>{t.tag}</code> <span className="tag-browser__vr">{t.vr}</span> <span className="tag-browser__name">{t.name}</span>{' '}
              <span className="tag-browser__value">{t.value}</span>
            </li>
          ),
        )}
    </>
  );
}

export function TagBrowser({ caseId, attachmentId }: { caseId: string; attachmentId: string }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const { value: tags, failure: error } = useAnswer(() => backend.imaging.tags({ caseId, attachmentId }), `${caseId}/${attachmentId}`);
  const [query, setQuery] = useState('');
  return (
    <aside className="tag-browser" data-testid="tag-browser" aria-label={t('dicom.tags')}>
      <SearchField label={t('dicom.searchTags')} value={query} onChange={setQuery} testId="tag-search" />
      {error && <p className="notice notice--error">{error}</p>}
      <ul className="tag-browser__list">{tags && <TagRows tags={tags} q={normalize(query.trim())} depth={0} />}</ul>
    </aside>
  );
}
