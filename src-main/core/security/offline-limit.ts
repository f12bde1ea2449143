// The offline time-to-live: a workstation out of contact with the platform for longer than the
// limit (a setting, 30 days by default) keeps its cases shut until the expert signs in again, so
// a laptop lost with the cache open does not stay usable for ever. The last contact is the one
// the sync already records (`sync_state.last_contact_at`, written with each feed page and at
// sign-in), inside the encrypted cache, where it cannot be edited without the key.
import type { CacheDatabase } from '../cache/database';

const DAY_MS = 24 * 3600 * 1000;

function lastContact(db: CacheDatabase): Date | null {
  const at = db.prepare<[], string | null>('SELECT last_contact_at FROM sync_state WHERE id = 1').pluck().get();
  return at ? new Date(at) : null;
}

/** The platform answered: a sign-in (a sync records it with its feed page). */
export function noteContact(db: CacheDatabase, at: Date): void {
  db.prepare('UPDATE sync_state SET last_contact_at = ? WHERE id = 1').run(at.toISOString());
}

/** True past the limit. Never in contact: nothing was synced, so there is nothing to shut. */
export function contactExpired(db: CacheDatabase, now: Date, limitDays: number): boolean {
  const last = lastContact(db);
  return last !== null && now.getTime() - last.getTime() > limitDays * DAY_MS;
}

export function daysSinceContact(db: CacheDatabase, now: Date): number | null {
  const last = lastContact(db);
  return last ? Math.floor((now.getTime() - last.getTime()) / DAY_MS) : null;
}
