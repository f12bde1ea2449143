// The workspace's keymap on French (AZERTY) and US keyboards: digits by their place, characters
// by what they type (AltGr included), no modifier shortcut taken by mistake.
import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  commandFor,
  DEFAULT_SHORTCUTS,
  shortcutChoice,
  shortcutKeys,
  withShortcut,
  type KeyPress,
} from '../../src-renderer/src/features/workspace/keymap';

const press = (key: string, code: string, modifiers: Partial<Omit<KeyPress, 'key' | 'code'>> = {}): KeyPress => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  altGraph: false,
  ...modifiers,
});

describe('keymap', () => {
  it('reads the presets off the digit row by position: AZERTY’s & é " \' ( are 1–5, as are the US digits and the keypad', () => {
    const azerty = [press('&', 'Digit1'), press('é', 'Digit2'), press('"', 'Digit3'), press("'", 'Digit4'), press('(', 'Digit5')];
    expect(azerty.map(commandFor)).toEqual([1, 2, 3, 4, 5].map((n) => ({ kind: 'preset', n })));
    expect(commandFor(press('1', 'Digit1', {}))).toEqual({ kind: 'preset', n: 1 });
    expect(commandFor(press('4', 'Numpad4'))).toEqual({ kind: 'preset', n: 4 });
    // AZERTY's '-' (zoom out) sits on Digit6: still a character.
    expect(commandFor(press('-', 'Digit6'))).toEqual({ kind: 'character', key: '-' });
  });

  it('takes [ and ] typed with AltGr (Ctrl+Alt on Windows) as the characters they are', () => {
    expect(commandFor(press('[', 'Digit5', { altGraph: true }))).toEqual({ kind: 'character', key: '[' });
    expect(commandFor(press(']', 'Minus', { altGraph: true, ctrlKey: true, altKey: true }))).toEqual({ kind: 'character', key: ']' });
  });

  it('Alt+digit focuses a pane on any layout; Alt+← goes back to the inbox; no single letter does', () => {
    expect(commandFor(press('&', 'Digit1', { altKey: true }))).toEqual({ kind: 'pane', n: 1 });
    expect(commandFor(press('"', 'Digit3', { altKey: true }))).toEqual({ kind: 'pane', n: 3 });
    expect(commandFor(press('ArrowLeft', 'ArrowLeft', { altKey: true }))).toEqual({ kind: 'back' });
    expect(commandFor(press('I', 'KeyI'))).toEqual({ kind: 'character', key: 'i' });
    expect(commandFor(press('i', 'KeyI'))).toEqual({ kind: 'character', key: 'i' });
  });

  it('leaves Ctrl and Cmd shortcuts (copy, reload) and named keys to the page and the browser', () => {
    expect(commandFor(press('c', 'KeyC', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('&', 'Digit1', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('r', 'KeyR', { metaKey: true }))).toBeNull();
    expect(commandFor(press('Tab', 'Tab'))).toBeNull();
    expect(commandFor(press('Dead', 'BracketLeft', { altGraph: true }))).toBeNull();
  });

  it('takes find’s chords as browsers and pdf.js do: Ctrl+F, Ctrl+G and F3, back with Shift; Cmd on a Mac; by the letter typed', () => {
    expect(commandFor(press('f', 'KeyF', { ctrlKey: true }))).toEqual({ kind: 'find', again: null });
    expect(commandFor(press('f', 'KeyF', { metaKey: true }))).toEqual({ kind: 'find', again: null });
    expect(commandFor(press('g', 'KeyG', { ctrlKey: true }))).toEqual({ kind: 'find', again: 'next' });
    expect(commandFor(press('G', 'KeyG', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'find', again: 'previous' });
    expect(commandFor(press('F3', 'F3'))).toEqual({ kind: 'find', again: 'next' });
    expect(commandFor(press('F3', 'F3', { shiftKey: true }))).toEqual({ kind: 'find', again: 'previous' });
    // On a layout where the key at QWERTY's F types another letter, that letter is not find.
    expect(commandFor(press('u', 'KeyF', { ctrlKey: true }))).toBeNull();
    // AltGr (Ctrl+Alt on Windows) typing a character is that character, not a chord.
    expect(commandFor(press('f', 'KeyF', { ctrlKey: true, altKey: true, altGraph: true }))).toEqual({ kind: 'character', key: 'f' });
  });
});

describe('the expert’s shortcuts', () => {
  it('uses the defaults until the expert changes one, and Shift does not change what a letter does', () => {
    const keys = shortcutKeys({});
    expect(keys).toEqual(DEFAULT_SHORTCUTS);
    expect(actionForKey(keys, 'i')).toBe('invert');
    const shifted = commandFor(press('L', 'KeyL'));
    expect(shifted?.kind === 'character' && actionForKey(keys, shifted.key)).toBe('toolLength');
  });

  it('takes the key pressed on an AZERTY keyboard (ù) for an action, and stores only what differs from the defaults', () => {
    const keys = shortcutKeys({});
    const choice = shortcutChoice(keys, 'invert', press('ù', 'Quote'));
    expect(choice).toEqual({ kind: 'ok', key: 'ù' });
    const stored = withShortcut(keys, 'invert', 'ù');
    expect(stored).toEqual({ invert: 'ù' });
    const after = shortcutKeys(stored);
    expect(actionForKey(after, 'ù')).toBe('invert');
    expect(actionForKey(after, 'i')).toBeNull();
    // Giving an action back its default key stores nothing for it.
    expect(withShortcut(after, 'invert', 'i')).toEqual({});
  });

  it('refuses the digit row (the presets, on any layout), a key that types nothing, a chord, and a key already in use', () => {
    const keys = shortcutKeys({});
    expect(shortcutChoice(keys, 'invert', press('&', 'Digit1'))).toEqual({ kind: 'digit' });
    expect(shortcutChoice(keys, 'invert', press('7', 'Numpad7'))).toEqual({ kind: 'digit' });
    expect(shortcutChoice(keys, 'invert', press('F5', 'F5'))).toEqual({ kind: 'not-a-character' });
    expect(shortcutChoice(keys, 'invert', press(' ', 'Space'))).toEqual({ kind: 'not-a-character' });
    expect(shortcutChoice(keys, 'invert', press('x', 'KeyX', { ctrlKey: true }))).toEqual({ kind: 'not-a-character' });
    expect(shortcutChoice(keys, 'invert', press('l', 'KeyL'))).toEqual({ kind: 'taken', by: 'toolLength' });
    expect(shortcutChoice(keys, 'invert', press('I', 'KeyI'))).toEqual({ kind: 'ok', key: 'i' });
    expect(shortcutChoice(keys, 'invert', press('Escape', 'Escape'))).toEqual({ kind: 'cancel' });
  });

  it('leaves a default unbound when the expert gave its key to another action (a later version’s new default)', () => {
    const keys = shortcutKeys({ keyImage: 'w' });
    expect(keys.keyImage).toBe('w');
    expect(keys.toolWindow).toBeNull();
    expect(actionForKey(keys, 'w')).toBe('keyImage');
  });
});
