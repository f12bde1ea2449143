// The IPC entry of the shell: accepts calls only from the app's own top frame, validates them
// against the contract, forwards them to core; relays core's events to the window. A sign-in on
// the platform's provider opens the system browser, and brings the window back after.
import { ipcMain, shell, type BrowserWindow } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../src-preload/channels';
import type { Result } from '../../contract';
import type { CoreConnection } from '../host/core-connection';
import { admitCall } from './policy';
import { SignInReturn, providerPageToOpen } from './sign-in-browser';

export function registerIpc(core: CoreConnection, window: () => BrowserWindow | null): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frame = event.senderFrame;
    const call = admitCall(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null, method, input);
    if (!call.ok) return call;
    const result = await core.call(call.method, call.input);
    // A sign-in on the platform's provider goes on in the system browser (RFC 8252), never in the app.
    const page = providerPageToOpen(call.method, result);
    if (page) void shell.openExternal(page);
    return result;
  });
  const signInReturn = new SignInReturn();
  core.onEvent((name, payload) => {
    const win = window();
    if (!win || win.isDestroyed()) return;
    win.webContents.send(EVENT_CHANNEL, name, payload);
    // Back from the browser: the window comes to the front, signed in (or saying why not).
    if (signInReturn.raises(name, payload)) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    }
  });
}
