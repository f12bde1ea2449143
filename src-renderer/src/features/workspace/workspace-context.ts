// What the workspace tells the viewers deep inside it: the expert's shortcut keys (for tooltips
// that name the key the expert chose) and reading mode (a double-click on an image enters it).
import { createContext, useContext } from 'react';
import type { ShortcutAction } from '../../../../contract';
import { DEFAULT_SHORTCUTS } from './keymap';

export interface WorkspaceContextValue {
  keys: Readonly<Record<ShortcutAction, string | null>>;
  reading: boolean;
  toggleReading(): void;
}

export const WorkspaceContext = createContext<WorkspaceContextValue>({ keys: DEFAULT_SHORTCUTS, reading: false, toggleReading: () => {} });

export function useWorkspace(): WorkspaceContextValue {
  return useContext(WorkspaceContext);
}
