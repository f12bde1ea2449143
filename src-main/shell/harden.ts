// Session- and contents-wide rules: no permission is ever granted, no navigation leaves the app,
// no window opens; https links go to the system browser after the expert confirms.
import { dialog, shell, type Session, type WebContents } from 'electron';
import { externalLinkTarget, isAppUrl } from './policy';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternalLink(contents, url);
    return { action: 'deny' };
  });
}

async function offerExternalLink(contents: WebContents, raw: string): Promise<void> {
  const url = externalLinkTarget(raw);
  if (!url) return;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `Open ${url.host} in your web browser?`,
    detail: url.toString(),
  });
  if (response === 0 && !contents.isDestroyed()) await shell.openExternal(url.toString());
}
