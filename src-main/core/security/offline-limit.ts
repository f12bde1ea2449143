// The offline time-to-live: a workstation out of contact with the platform for longer than the
// limit (a setting, 30 days by default) keeps its cases shut until the expert signs in again, so
// a laptop lost with the cache open does not stay usable for ever. The last contact is kept in
// `contact.json` (a date, no patient data), readable before the cache is unlocked.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Clock } from '../ports';

const Contact = z.object({ lastContactAt: z.string() });
const DAY_MS = 24 * 3600 * 1000;
/** Contact is written at most this often: a sync every few minutes need not rewrite the file. */
const WRITE_EVERY_MS = 10 * 60 * 1000;

export class OfflineLimit {
  private last: Date | null;

  constructor(
    private readonly dataDir: string,
    private readonly clock: Clock,
    private readonly limitDays: () => number,
    /** Whether a cache exists: then a missing or damaged record counts as expired, not as fresh. */
    private readonly cacheExists: () => boolean,
  ) {
    this.last = readContact(this.path);
  }

  private get path(): string {
    return join(this.dataDir, 'contact.json');
  }

  /** The platform answered an authenticated request, or the expert signed in. */
  note(force = false): void {
    const now = this.clock.now();
    if (!force && this.last && now.getTime() - this.last.getTime() < WRITE_EVERY_MS) return;
    writeFileAtomic(this.path, JSON.stringify({ lastContactAt: now.toISOString() }));
    this.last = now;
  }

  /** True when the last contact is older than the limit, or unknown for an existing cache. */
  expired(): boolean {
    if (!this.last) return this.cacheExists();
    return this.clock.now().getTime() - this.last.getTime() > this.limitDays() * DAY_MS;
  }

  daysSinceContact(): number | null {
    return this.last ? Math.floor((this.clock.now().getTime() - this.last.getTime()) / DAY_MS) : null;
  }

  /** The local data is gone: so is its contact record. */
  forget(): void {
    rmSync(this.path, { force: true });
    this.last = null;
  }
}

function readContact(path: string): Date | null {
  if (!existsSync(path)) return null;
  try {
    return new Date(Contact.parse(JSON.parse(readFileSync(path, 'utf8'))).lastContactAt);
  } catch {
    // A damaged record counts as no record (deleting it must not lift the limit); a sign-in writes it again.
    return null;
  }
}
