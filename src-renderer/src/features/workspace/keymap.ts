// What a key press means in the case workspace. Digits are matched by where they sit on the
// keyboard (KeyboardEvent.code), so that they work on a French keyboard, whose digit row types
// & é " ' ( without Shift. Other shortcuts are characters, matched by what the key types: a
// character typed with AltGr ([ and ] on AZERTY) still counts, although on Windows AltGr reaches
// the page as Ctrl+Alt.

export type WorkspaceCommand =
  /** Window/level preset n (1–5), for images: the digit row or the numeric keypad. */
  | { kind: 'preset'; n: number }
  /** Alt+1, 2, 3: focus the case file, documents or report pane. */
  | { kind: 'pane'; n: number }
  /** Alt+←: back to the inbox (a browser's "back"; no single letter leaves the case). */
  | { kind: 'back' }
  /** A one-character shortcut: the workspace's own, then the open viewer's (letters in lower case). */
  | { kind: 'character'; key: string };

/** The parts of a KeyboardEvent the keymap reads; `altGraph` is `getModifierState('AltGraph')`. */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altGraph: boolean;
}

const DIGIT_CODE = /^(?:Digit|Numpad)([0-9])$/;

export function commandFor(press: KeyPress): WorkspaceCommand | null {
  const digit = Number(DIGIT_CODE.exec(press.code)?.[1] ?? Number.NaN);
  if (press.altGraph) return press.key.length === 1 ? { kind: 'character', key: press.key } : null;
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey) {
    if (digit >= 1 && digit <= 3) return { kind: 'pane', n: digit };
    if (press.key === 'ArrowLeft') return { kind: 'back' };
    return null;
  }
  if (digit >= 1 && digit <= 5) return { kind: 'preset', n: digit };
  if (press.key.length !== 1) return null;
  return { kind: 'character', key: press.key };
}
