// The words of an OS notification. Notification centres show text on the lock screen and keep
// it in their history, outside the encrypted cache: the case is named by its reference only,
// never by anything about the patient.
import type { AppNotification, Locale } from '../../contract';

const WORDS: Record<Locale, Record<AppNotification['kind'], string>> = {
  en: {
    offered: 'New case offered',
    message: 'New message from a patient',
    withdrawn: 'A case was withdrawn',
    'due-soon': 'A case is due within 24 hours',
    overdue: 'A case is overdue',
  },
  fr: {
    offered: 'Nouveau dossier proposé',
    message: 'Nouveau message d’un patient',
    withdrawn: 'Un dossier a été retiré',
    'due-soon': 'Un dossier arrive à échéance dans moins de 24 heures',
    overdue: 'Un dossier a dépassé son échéance',
  },
};

export function osNotificationText(notification: Pick<AppNotification, 'kind' | 'reference'>, locale: Locale): { title: string; body: string } {
  return { title: WORDS[locale][notification.kind], body: notification.reference };
}

/** Past this many at once (the first sync of a new installation), one summary instead of a flood. */
export const OS_NOTIFICATION_BURST = 3;

export function osNotificationSummary(notifications: readonly Pick<AppNotification, 'reference'>[], locale: Locale): { title: string; body: string } {
  const references = [...new Set(notifications.map((n) => n.reference))];
  const title = locale === 'fr' ? `${notifications.length} nouvelles notifications` : `${notifications.length} new notifications`;
  return { title, body: references.join(', ') };
}
