// How the expert left a case's viewer (layout, series, links, offsets), kept in the encrypted
// cache with the case and erased with it. Series UIDs are not shown to anyone, but they name the
// patient's studies: they stay out of settings.json and the browser's storage.
import { ViewerState } from '../../../contract';
import type { CacheDatabase } from '../cache/database';

export function readViewerState(db: CacheDatabase, caseId: string): ViewerState | null {
  const row = db.prepare<[string], { state_json: string }>('SELECT state_json FROM viewer_states WHERE case_id = ?').get(caseId);
  if (!row) return null;
  // Written by this module, but read defensively: a state this version cannot read is no state.
  const parsed = ViewerState.safeParse(JSON.parse(row.state_json));
  return parsed.success ? parsed.data : null;
}

/** Saves the state for a case this cache holds; false when it holds no such case. */
export function writeViewerState(db: CacheDatabase, caseId: string, state: ViewerState, now: Date): boolean {
  const known = db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE id = ?').get(caseId);
  if (!known) return false;
  db.prepare(
    `INSERT INTO viewer_states (case_id, state_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at`,
  ).run(caseId, JSON.stringify(state), now.toISOString());
  return true;
}
