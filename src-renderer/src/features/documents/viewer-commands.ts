// What every document viewer (PDF, photo, DICOM) offers to the workspace's keyboard
// shortcuts. A viewer registers its commands while it is the one shown, and cleans up after itself.
export interface ViewerCommands {
  nextPage?: () => void;
  previousPage?: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  rotate: () => void;
  find?: () => void;
  /** Window/level preset n (1–5), for images. */
  preset?: (n: number) => void;
  /** The viewer's own single-key shortcuts (lower-case key → action), after the workspace's. */
  shortcuts?: Record<string, () => void>;
}

export interface DocumentViewerProps {
  documentId: string;
  name: string;
  onCommands: (commands: ViewerCommands | null) => void;
}
