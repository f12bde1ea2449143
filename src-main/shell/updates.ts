// Auto-update through electron-updater against the feed set in Settings (none by default: off).
// The update downloads in the background; the restart is offered only when no case is open, and
// happens only if the expert agrees. Everything is saved continuously, so a restart loses nothing.
import { dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import type { AppInfo, TimerState } from '../../src-preload/contract';
import type { CoreConnection } from '../host/core-connection';
import { isSecurePlatformUrl } from '../core/config';
import { mayOfferRestart } from './update-policy';

const CHECK_EVERY_MS = 6 * 3600 * 1000;

export async function startUpdates(core: CoreConnection, window: () => BrowserWindow | null): Promise<void> {
  const info = await core.call('app.info', {});
  const feed = info.ok ? (info.value as AppInfo).updateFeedUrl : null;
  if (!feed || !isSecurePlatformUrl(feed)) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.setFeedURL({ provider: 'generic', url: feed });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  const situation = { downloaded: false, caseOpen: false, declined: false };

  const offer = async () => {
    const win = window();
    if (!win || !mayOfferRestart(situation)) return;
    situation.declined = true; // asked once per run, whatever the answer
    const { response } = await dialog.showMessageBox(win, {
      type: 'info',
      buttons: ['Restart now', 'Later'],
      defaultId: 0,
      cancelId: 1,
      message: 'An update of the workstation is ready.',
      detail: 'Your drafts and review time are saved. Restart now to use the new version, or later: it will be offered again at the next start.',
    });
    if (response === 0) autoUpdater.quitAndInstall();
  };

  core.onEvent((name, payload) => {
    if (name !== 'timer.changed') return;
    situation.caseOpen = (payload as TimerState).caseId !== null;
    void offer();
  });
  autoUpdater.on('update-downloaded', () => {
    situation.downloaded = true;
    void offer();
  });
  autoUpdater.on('error', () => {}); // no feed, offline: the next check tries again
  const check = () => void autoUpdater.checkForUpdates().catch(() => {});
  check();
  setInterval(check, CHECK_EVERY_MS).unref();
}
