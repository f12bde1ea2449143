// How the shortcuts are presented (the help and Settings): by what they act on, the fixed keys
// beside the ones the expert may change.
import type { ShortcutAction } from '../../../../contract';

export type ShortcutGroup = 'case' | 'documents' | 'images';

export const SHORTCUT_GROUPS: readonly { id: ShortcutGroup; actions: readonly ShortcutAction[] }[] = [
  { id: 'case', actions: ['help', 'timerToggle', 'readingMode', 'nextDocument', 'previousDocument'] },
  { id: 'documents', actions: ['nextPage', 'previousPage', 'zoomIn', 'zoomOut', 'rotate', 'find'] },
  {
    id: 'images',
    actions: [
      'toolWindow',
      'toolLength',
      'toolAngle',
      'toolEllipse',
      'toolProbe',
      'toolCrosshair',
      'cine',
      'flipHorizontal',
      'flipVertical',
      'invert',
      'keyImage',
      'compare',
      'linkViewport',
      'mpr',
    ],
  },
];

/** Keys by position or with a modifier: the same on every layout, not changeable. */
export const FIXED_SHORTCUTS: readonly { group: ShortcutGroup; keys: string; label: 'panes' | 'back' | 'presets' | 'leaveReading' | 'alignAlone' }[] = [
  { group: 'case', keys: 'Alt 1 · 2 · 3', label: 'panes' },
  { group: 'case', keys: 'Esc', label: 'leaveReading' },
  { group: 'case', keys: 'Alt ←', label: 'back' },
  { group: 'images', keys: '1 – 5', label: 'presets' },
  { group: 'images', keys: '⇧ ↑ ↓', label: 'alignAlone' },
];

/** A key as printed on the keyboard: letters in capitals. */
export function keyLabel(key: string | null): string {
  return key === null ? '' : key.toUpperCase();
}

/** A control's tooltip with the key that does the same, when one does: "Length tool (L)". */
export function withKey(label: string, key: string | null): string {
  return key === null ? label : `${label} (${key.length === 1 ? keyLabel(key) : key})`;
}
