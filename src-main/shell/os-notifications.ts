// Shows core's fresh notifications in the operating system's notification centre (reference
// only, see notification-text.ts; a burst becomes one summary); a click brings the window to the
// front.
import { Notification, type BrowserWindow } from 'electron';
import type { AppNotification, Locale } from '../../contract';
import type { CoreConnection } from '../host/core-connection';
import { OS_NOTIFICATION_BURST, osNotificationSummary, osNotificationText } from '../host/notification-text';

export function relayOsNotifications(core: CoreConnection, window: () => BrowserWindow | null, initialLocale: Locale): void {
  let locale = initialLocale;
  core.onEvent((name, payload) => {
    if (name === 'app.changed') locale = (payload as { locale: Locale }).locale;
    if (name !== 'notifications.changed' || !Notification.isSupported()) return;
    const fresh = (payload as { fresh: AppNotification[] }).fresh;
    const texts = fresh.length > OS_NOTIFICATION_BURST ? [osNotificationSummary(fresh, locale)] : fresh.map((n) => osNotificationText(n, locale));
    for (const text of texts) {
      const notification = new Notification({ ...text, silent: false });
      notification.on('click', () => {
        const win = window();
        if (win?.isMinimized()) win.restore();
        win?.focus();
      });
      notification.show();
    }
  });
}
