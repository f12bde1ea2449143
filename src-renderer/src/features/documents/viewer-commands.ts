// What every document viewer (PDF, photo, DICOM) offers to the workspace's keyboard
// shortcuts, by action (the keys are the expert's, see keymap.ts). A viewer registers its commands while it is the one shown, and cleans up after itself.
import type { ShortcutAction } from '../../../../contract';

/** What the workspace itself does (help, the timer, switching documents); the rest is the viewer's. */
const WORKSPACE_ACTIONS = ['help', 'timerToggle', 'nextDocument', 'previousDocument', 'readingMode'] as const;
type WorkspaceAction = (typeof WORKSPACE_ACTIONS)[number];
export type ViewerAction = Exclude<ShortcutAction, WorkspaceAction>;

export function isViewerAction(action: ShortcutAction): action is ViewerAction {
  return !WORKSPACE_ACTIONS.some((own) => own === action);
}

export type ViewerCommands = Partial<Record<ViewerAction, () => void>> & {
  /** Window/level preset n (1–5), for images. */
  preset?: (n: number) => void;
  /** The next or previous match of the document's find (Ctrl+G, F3; with Shift, back). */
  findNext?: () => void;
  findPrevious?: () => void;
};

export interface DocumentViewerProps {
  documentId: string;
  name: string;
  onCommands: (commands: ViewerCommands | null) => void;
}

/**
 * Where a document is asked to open (a match of the case's search): at this page, with this text in
 * its find. `nonce` tells one request from the next for the same place.
 */
export interface DocumentPlace {
  page: number;
  find: string;
  nonce: number;
}
