// When the workstation may offer to restart for an update, as a pure rule (tested without
// Electron). Updates are off until a feed is configured (https, checked like the platform's
// address); a downloaded update is offered only when no case is open (a report may be being
// written), and only with the expert's consent; "later" is not asked again until the next start.

export interface UpdateSituation {
  downloaded: boolean;
  /** A case workspace is open: the expert may be writing a report. */
  caseOpen: boolean;
  /** The expert already said "later" in this run. */
  declined: boolean;
}

export function mayOfferRestart(s: UpdateSituation): boolean {
  return s.downloaded && !s.caseOpen && !s.declined;
}
