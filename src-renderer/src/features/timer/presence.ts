// The renderer's side of the timer's presence source: input, focus and visibility, reported to
// core, which does the arithmetic. Input is reported at most every few seconds (idle detection
// needs minutes, not every mouse move); leaving and coming back are reported at once. In
// Electron the shell adds the screen lock and sleep from powerMonitor.
import type { Backend } from '../../backend/backend';

type Signal = Parameters<Backend['timer']['signal']>[0]['signal'];

const INPUT_EVERY_MS = 5_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function reportPresence(backend: Backend): () => void {
  let lastInput = 0;
  const send = (signal: Signal) => void backend.timer.signal({ signal }).catch(() => {});
  const onInput = () => {
    const now = performance.now();
    if (now - lastInput < INPUT_EVERY_MS) return;
    lastInput = now;
    send('activity');
  };
  const onVisibility = () => send(document.visibilityState === 'visible' ? 'visible' : 'hidden');
  const onFocus = () => send('focus');
  const onBlur = () => send('blur');
  // Where the window stands now: the timer may have been told otherwise before this page loaded.
  send(document.visibilityState === 'visible' ? 'visible' : 'hidden');
  send(document.hasFocus() ? 'focus' : 'blur');
  for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('focus', onFocus);
  window.addEventListener('blur', onBlur);
  return () => {
    for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('focus', onFocus);
    window.removeEventListener('blur', onBlur);
  };
}
