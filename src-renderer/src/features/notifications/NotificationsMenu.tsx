// The bell in the top bar: how many notifications are unread, and the list (a case offered, a
// patient's message, a case withdrawn, a due date near or passed). Choosing one opens its case;
// Esc or a press outside closes it.
import { Trans, useTranslation } from 'react-i18next';
import type { AppNotification, Locale } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { formatRelative } from '../../ui/format';
import { useLive } from '../../backend/use-live';
import { usePopover } from '../../ui/use-popover';

export function NotificationsMenu({ locale, onOpenCase }: { locale: Locale; onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const backend = useBackend();
  const popover = usePopover();
  const live = useLive(() => backend.notifications.list(), ['notifications.changed']);
  const list = live.value;
  const unread = list?.unread ?? 0;

  const choose = (n: AppNotification) => {
    popover.close();
    void backend.notifications.markRead({ ids: [n.id] }).then(live.set, () => {});
    onOpenCase(n.caseId);
  };

  return (
    <div className="notifications">
      <button type="button" className="button button--secondary button--small" {...popover.triggerProps} data-testid="notifications" data-unread={unread}>
        {t('notifications.title')}
        {/* The name read out contains the words shown ("Notifications, 8 unread"); the badge is for the eye. */}
        {unread > 0 && (
          <span className="tabs__count tabs__count--unread" aria-hidden="true">
            {unread}
          </span>
        )}
        <span className="visually-hidden">{t('notifications.unreadSpoken', { count: unread })}</span>
      </button>
      {popover.open && (
        <div
          ref={popover.panel}
          tabIndex={-1}
          className="notifications__panel"
          role="dialog"
          aria-label={t('notifications.title')}
          data-testid="notifications-panel"
        >
          <div className="notifications__head">
            <strong>{t('notifications.title')}</strong>
            {unread > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() => void backend.notifications.markRead({}).then(live.set, () => {})}
                data-testid="notifications-read-all"
              >
                {t('notifications.readAll')}
              </button>
            )}
          </div>
          {list && list.items.length > 0 ? (
            <ul className="notifications__list">
              {list.items.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className={`notification${n.read ? '' : ' notification--unread'}`}
                    data-testid="notification-item"
                    data-kind={n.kind}
                    data-read={n.read}
                    onClick={() => choose(n)}
                  >
                    <span>
                      {/* The reference is kept on one line: "SMO-2026-0104" never breaks at its hyphens. */}
                      <Trans
                        t={t}
                        i18nKey={`notifications.kinds.${n.kind}`}
                        values={{ reference: n.reference }}
                        components={{ ref: <span className="nowrap" /> }}
                      />
                    </span>
                    <time className="muted" dateTime={n.at}>
                      {formatRelative(locale, n.at)}
                    </time>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('notifications.empty')}</p>
          )}
        </div>
      )}
    </div>
  );
}
