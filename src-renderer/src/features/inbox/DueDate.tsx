// A case's due date as the expert reads it everywhere: the date and how far it is ("Due 8 Dec
// 2026, 17:00 (in 3 days)"), standing out within 24 hours and once passed.
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { formatDateTime, formatRelative } from '../../ui/format';
import { dueUrgency } from './inbox-filters';

export function DueDate({ dueAt, locale }: { dueAt: string; locale: Locale }) {
  const { t } = useTranslation();
  const urgency = dueUrgency(dueAt);
  const text = t(urgency === 'overdue' ? 'inbox.overdue' : 'inbox.due', { date: formatDateTime(locale, dueAt), when: formatRelative(locale, dueAt) });
  return (
    <span className={`case-row__due case-row__due--${urgency}`} data-testid="case-due" data-urgency={urgency}>
      <time dateTime={dueAt}>{text}</time>
    </span>
  );
}
