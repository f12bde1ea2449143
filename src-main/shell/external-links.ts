// An https link the page asked to open: the expert confirms, then the system browser opens it.
// Never inside the app, never without asking.
import { dialog, shell, type WebContents } from 'electron';

export async function offerExternalLink(contents: WebContents, url: URL): Promise<void> {
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
