// Auto-update through electron-updater against the feed set in Settings (none by default: off).
// The update downloads in the background and is checked against the release key pinned in the app
// (update-signature.ts): a file it does not verify is deleted and never installed, and the expert
// is told. The restart is offered only when no case is open, and happens only if the expert
// agrees. Everything is saved continuously, so a restart loses nothing.
import { dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import type { AppInfo, TimerState } from '../../contract';
import type { CoreConnection } from '../host/core-connection';
import { isSecurePlatformUrl } from '../core/config';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { mayOfferRestart } from './update-policy';
import { fetchUpdateSignature, verifyUpdateFile } from './update-signature';
import { RELEASE_PUBLIC_KEY } from './update-key';
import type { ShellText } from './shell-text';

const CHECK_EVERY_MS = 6 * 3600 * 1000;

export async function startUpdates(core: CoreConnection, window: () => BrowserWindow | null, text: ShellText['update']): Promise<void> {
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
      buttons: [text.restartNow, text.later],
      defaultId: 0,
      cancelId: 1,
      message: text.readyMessage,
      detail: text.readyDetail,
    });
    if (response === 0) autoUpdater.quitAndInstall();
  };

  core.onEvent((name, payload) => {
    if (name !== 'timer.changed') return;
    situation.caseOpen = (payload as TimerState).caseId !== null;
    void offer();
  });
  autoUpdater.on('update-downloaded', (event: { downloadedFile: string }) => {
    void (async () => {
      const file = event.downloadedFile;
      const verdict = await verifyUpdateFile(file, await fetchUpdateSignature(feed, basename(file)), RELEASE_PUBLIC_KEY);
      if (!verdict.ok) {
        await rm(file, { force: true });
        console.error(`update refused: ${verdict.reason}`);
        const win = window();
        if (win) {
          await dialog.showMessageBox(win, {
            type: 'warning',
            message: text.refusedMessage,
            detail: text.refusedDetail,
          });
        }
        return;
      }
      situation.downloaded = true;
      await offer();
    })();
  });
  autoUpdater.on('error', () => {}); // no feed, offline: the next check tries again
  const check = () => void autoUpdater.checkForUpdates().catch(() => {});
  check();
  setInterval(check, CHECK_EVERY_MS).unref();
}
