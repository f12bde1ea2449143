// The IPC entry of the shell: accepts calls only from the app's own top frame, validates them
// against the contract, forwards them to core; relays core's events to the window.
import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../src-preload/channels';
import { parseCall } from '../../src-preload/parse-call';
import type { Result } from '../../src-preload/contract';
import type { CoreConnection } from '../host/core-connection';
import { isAppUrl } from './policy';

export function registerIpc(core: CoreConnection, window: () => BrowserWindow | null): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Calls are accepted from the app only.' } };
    }
    const call = parseCall(method, input);
    if (!call.ok) return call;
    return core.call(call.method, call.input);
  });
  core.onEvent((name, payload) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
  });
}

function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
