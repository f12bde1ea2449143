// The IPC entry of the shell: accepts calls only from the app's own top frame, validates them
// against the contract, forwards them to core; relays core's events to the window.
import { ipcMain, type BrowserWindow } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../src-preload/channels';
import type { Result } from '../../contract';
import type { CoreConnection } from '../host/core-connection';
import { admitCall } from './policy';

export function registerIpc(core: CoreConnection, window: () => BrowserWindow | null): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frame = event.senderFrame;
    const call = admitCall(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null, method, input);
    if (!call.ok) return call;
    return core.call(call.method, call.input);
  });
  core.onEvent((name, payload) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
  });
}
