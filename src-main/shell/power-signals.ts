// The Electron half of the review timer's presence source: the screen lock and sleep from
// powerMonitor, and input anywhere on the system (its idle time) while the window is in front,
// relayed to core as the same signals the renderer sends. Core does the arithmetic.
import { powerMonitor, type BrowserWindow } from 'electron';
import type { CoreConnection } from '../host/core-connection';

/** powerMonitor event → timer signal. */
export const POWER_SIGNALS = { 'lock-screen': 'lock', 'unlock-screen': 'unlock', suspend: 'suspend', resume: 'resume' } as const;
const POLL_MS = 5_000;

export function relayPowerSignals(core: CoreConnection, window: () => BrowserWindow | null): () => void {
  const send = (signal: string) => void core.call('timer.signal', { signal }).catch(() => {});
  // One line per event: powerMonitor's typings are overloads, one per event name.
  const onLock = () => send(POWER_SIGNALS['lock-screen']);
  const onUnlock = () => send(POWER_SIGNALS['unlock-screen']);
  const onSuspend = () => send(POWER_SIGNALS.suspend);
  const onResume = () => send(POWER_SIGNALS.resume);
  powerMonitor.on('lock-screen', onLock);
  powerMonitor.on('unlock-screen', onUnlock);
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  // Reading and thinking over an image moves the mouse without the page always seeing it (a second
  // screen, a trackpad gesture): the system's idle time says the expert is there.
  const poll = setInterval(() => {
    if (window()?.isFocused() && powerMonitor.getSystemIdleTime() < POLL_MS / 1000) send('activity');
  }, POLL_MS);
  return () => {
    clearInterval(poll);
    powerMonitor.off('lock-screen', onLock);
    powerMonitor.off('unlock-screen', onUnlock);
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
  };
}
