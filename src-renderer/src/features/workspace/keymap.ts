// What a key press means in the case workspace. Digits are matched by where they sit on the
// keyboard (KeyboardEvent.code), so that they work on a French keyboard, whose digit row types
// & é " ' ( without Shift. Other shortcuts are characters, matched by what the key types: a
// character typed with AltGr ([ and ] on AZERTY) still counts, although on Windows AltGr reaches
// the page as Ctrl+Alt. The character shortcuts are the expert's to change (Settings); the digit
// row, Alt+digit and Alt+← are fixed.
import type { ShortcutAction, ShortcutBindings } from '../../../../contract';

export type WorkspaceCommand =
  /** Window/level preset n (1–5), for images: the digit row or the numeric keypad. */
  | { kind: 'preset'; n: number }
  /** Alt+1, 2, 3: focus the case file, documents or report pane. */
  | { kind: 'pane'; n: number }
  /** Alt+←: back to the inbox (a browser's "back"; no single letter leaves the case). */
  | { kind: 'back' }
  /** A one-character shortcut (letters in lower case: Shift does not change what it does). */
  | { kind: 'character'; key: string }
  /** Find in the document shown, as browsers and pdf.js do: Ctrl+F; the next match Ctrl+G or F3, the previous one with Shift. */
  | { kind: 'find'; again: 'next' | 'previous' | null };

/** The parts of a KeyboardEvent the keymap reads; `altGraph` is `getModifierState('AltGraph')`. */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altGraph: boolean;
  /** Read only by the find chords (Shift+F3, Shift+Ctrl+G go back). */
  shiftKey?: boolean;
}

/** What the keymap reads of a key event (the page's or React's). */
export function keyPressOf(e: Omit<KeyPress, 'altGraph'> & { getModifierState(key: string): boolean }): KeyPress {
  return {
    key: e.key,
    code: e.code,
    altKey: e.altKey,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altGraph: e.getModifierState('AltGraph'),
    shiftKey: e.shiftKey ?? false,
  };
}

const DIGIT_CODE = /^(?:Digit|Numpad)([0-9])$/;

export function commandFor(press: KeyPress): WorkspaceCommand | null {
  const digit = Number(DIGIT_CODE.exec(press.code)?.[1] ?? Number.NaN);
  const back = press.shiftKey ? 'previous' : 'next';
  if (press.key === 'F3' && !press.ctrlKey && !press.metaKey && !press.altKey) return { kind: 'find', again: back };
  if ((press.ctrlKey || press.metaKey) && !press.altKey && !press.altGraph) {
    // By the character typed: on AZERTY, F and G are where they are on QWERTY anyway.
    const letter = press.key.toLowerCase();
    if (letter === 'f') return { kind: 'find', again: null };
    if (letter === 'g') return { kind: 'find', again: back };
  }
  if (press.altGraph) return press.key.length === 1 ? { kind: 'character', key: press.key.toLowerCase() } : null;
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey) {
    if (digit >= 1 && digit <= 3) return { kind: 'pane', n: digit };
    if (press.key === 'ArrowLeft') return { kind: 'back' };
    return null;
  }
  if (digit >= 1 && digit <= 5) return { kind: 'preset', n: digit };
  if (press.key.length !== 1) return null;
  return { kind: 'character', key: press.key.toLowerCase() };
}

/** The shortcuts as shipped: OHIF's letters for the image tools, pdf.js's and vi's for pages. */
export const DEFAULT_SHORTCUTS: Readonly<Record<ShortcutAction, string>> = {
  help: '?',
  nextDocument: ']',
  previousDocument: '[',
  nextPage: 'j',
  previousPage: 'k',
  zoomIn: '+',
  zoomOut: '-',
  rotate: 'r',
  find: '/',
  toolWindow: 'w',
  toolLength: 'l',
  toolAngle: 'a',
  toolEllipse: 'e',
  toolProbe: 'p',
  cine: 'c',
  flipHorizontal: 'h',
  flipVertical: 'v',
  invert: 'i',
  keyImage: 'm',
  timerToggle: 't',
  // The documents take the whole window ("full"); Esc returns.
  readingMode: 'f',
  // Side by side with the previous study; the active viewport in or out of the link ("sync").
  compare: 'o',
  linkViewport: 's',
  // A cross: the point clicked, in every viewport of the same frame of reference.
  toolCrosshair: 'x',
  // Multiplanar reconstruction on and off (no letter of its name is free: U, beside the tools' letters).
  mpr: 'u',
};

/** Every action's key: the expert's choices over the defaults. A default the expert gave to another action is left unbound. */
export function shortcutKeys(choices: ShortcutBindings): Record<ShortcutAction, string | null> {
  const chosen = new Set(Object.values(choices));
  const keys = {} as Record<ShortcutAction, string | null>;
  for (const [action, key] of Object.entries(DEFAULT_SHORTCUTS) as [ShortcutAction, string][]) {
    const own = choices[action];
    keys[action] = own ?? (chosen.has(key) ? null : key);
  }
  return keys;
}

/** The action a character runs, if any. */
export function actionForKey(keys: Record<ShortcutAction, string | null>, key: string): ShortcutAction | null {
  for (const [action, bound] of Object.entries(keys) as [ShortcutAction, string | null][]) if (bound === key) return action;
  return null;
}

/** What a key pressed to become an action's shortcut means: a key to use, or why it cannot be one. */
export type ShortcutChoice =
  | { kind: 'ok'; key: string }
  | { kind: 'cancel' }
  /** The digit row is the window presets' (by position, on any layout). */
  | { kind: 'digit' }
  /** A named key (Tab, F5, an arrow) or a chord with Ctrl, Cmd or Alt. */
  | { kind: 'not-a-character' }
  | { kind: 'taken'; by: ShortcutAction };

export function shortcutChoice(keys: Record<ShortcutAction, string | null>, action: ShortcutAction, press: KeyPress): ShortcutChoice {
  if (press.key === 'Escape') return { kind: 'cancel' };
  if (DIGIT_CODE.test(press.code) || /^\p{N}$/u.test(press.key)) return { kind: 'digit' };
  const command = commandFor(press);
  if (command?.kind !== 'character' || /\s/u.test(command.key)) return { kind: 'not-a-character' };
  const by = actionForKey(keys, command.key);
  if (by && by !== action) return { kind: 'taken', by };
  return { kind: 'ok', key: command.key };
}

/** The whole set to store after `action` takes `key`: only what differs from the defaults. */
export function withShortcut(keys: Record<ShortcutAction, string | null>, action: ShortcutAction, key: string): ShortcutBindings {
  const next: ShortcutBindings = {};
  for (const [other, bound] of Object.entries({ ...keys, [action]: key }) as [ShortcutAction, string | null][]) {
    if (bound !== null && bound !== DEFAULT_SHORTCUTS[other]) next[other] = bound;
  }
  return next;
}
