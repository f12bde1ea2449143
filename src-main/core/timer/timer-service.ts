// The review timer in core: the state machine fed by the presence signals, its sessions kept in
// the encrypted cache (a heartbeat every few seconds, so a crash or power loss loses at most that),
// each finished or corrected session queued for the platform in the same transaction, and the
// frame's display announced as `timer.changed`. Sessions found open at start-up were cut short by
// a crash: they end at their last heartbeat. Signing cuts the session under way: the review time
// is the time until the report is signed; what comes after is counted apart (an addendum's own).
import type { ReviewSession, TimerState } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { CacheDatabase } from '../cache/database';
import type { Logger } from '../log/logger';
import { REVIEW_SESSION } from './review-outbox';
import type { Clock } from '../ports';
import { CoreError } from '../rpc/core-error';
import type { SettingsStore } from '../settings/settings-store';
import { ReviewTimer, type IdleChoice, type PresenceSignal, type SessionEnd, type SessionRecord } from './review-timer';
import { requireCase } from '../cases/case-store';
import { lastSignedAt, reportSignedAt } from '../reports/report-store';

/** At most this much review time is lost to a crash. */
export const HEARTBEAT_MS = 5_000;

interface SessionRow {
  id: string;
  case_id: string;
  started_at: string;
  ended_at: string | null;
  active_seconds: number;
  idle_kept_seconds: number;
  idle_discarded_seconds: number;
  end_reason: SessionEnd | null;
  adjusted_seconds: number | null;
  adjustment_reason: string | null;
  removed: number;
  removal_reason: string | null;
}

const COUNTED = 'CASE WHEN removed = 1 THEN 0 ELSE coalesce(adjusted_seconds, active_seconds) END';

export interface TimerServiceDeps {
  cache: CaseCache;
  settings: SettingsStore;
  clock: Clock;
  log: Logger;
  /** The frame's display changed (`timer.changed`). */
  announceState: (state: TimerState) => void;
}

export class TimerService {
  readonly timer: ReviewTimer;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly deps: TimerServiceDeps) {
    const sink = {
      progress: (r: SessionRecord) => this.save(r, false),
      close: (r: SessionRecord) => this.save(r, true),
      drop: (id: string) => void this.deps.cache.write((db) => db.prepare('DELETE FROM review_sessions WHERE id = ?').run(id)).catch(() => {}),
    };
    this.timer = new ReviewTimer(deps.clock, sink, () => deps.settings.get().idleThresholdSeconds * 1000);
  }

  /** The cache is open: close what a crash left open, then keep the heartbeat. */
  start(): void {
    this.closeInterrupted().then(
      () => {
        this.heartbeat ??= setInterval(() => void this.apply(() => this.timer.tick()), HEARTBEAT_MS);
        this.heartbeat.unref();
      },
      () => this.deps.log.warn('review timer not started'),
    );
  }

  /** Before the cache locks (or core stops: `closed`): the open session ends now, its last write queued before the lock. */
  stop(reason: SessionEnd = 'locked'): void {
    this.timer.close(reason);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    void this.announce();
  }

  /** Sessions found open were cut short by a crash: they end at their last heartbeat. */
  private async closeInterrupted(): Promise<void> {
    await this.deps.cache.write((db) => {
      const open = db.prepare<[], SessionRow>('SELECT * FROM review_sessions WHERE ended_at IS NULL').all();
      for (const row of open) {
        db.prepare(`UPDATE review_sessions SET ended_at = coalesce(heartbeat_at, started_at), end_reason = 'crash' WHERE id = ?`).run(row.id);
        queueForPlatform(db, row.id, this.deps.clock.now());
      }
      if (open.length > 0) this.deps.log.info('review sessions closed after an interruption', { count: open.length });
    });
  }

  /** The workspace shows this case: its time counts (the case must be on this workstation). */
  open(caseId: string): Promise<TimerState> {
    requireCase(this.deps.cache.database(), caseId);
    return this.apply((t) => t.open(caseId));
  }

  /** The workspace left this case (a close for another case, arriving late, changes nothing). */
  close(caseId: string): Promise<TimerState> {
    return this.apply((t) => t.snapshot().caseId === caseId && t.close());
  }

  signal(signal: PresenceSignal): Promise<TimerState> {
    return this.apply((t) => t.signal(signal));
  }

  toggle(): Promise<TimerState> {
    return this.apply((t) => t.toggle());
  }

  answerIdle(choice: IdleChoice): Promise<TimerState> {
    return this.apply((t) => t.answerIdle(choice));
  }

  /** Runs a change of the timer and announces the result. */
  async apply(change: (timer: ReviewTimer) => void): Promise<TimerState> {
    if (this.deps.cache.state !== 'unlocked') throw new CoreError('CACHE_LOCKED', 'The local case cache is locked. Unlock it to continue.');
    change(this.timer);
    return this.announce();
  }

  async announce(): Promise<TimerState> {
    const state = await this.state();
    this.deps.announceState(state);
    return state;
  }

  async state(): Promise<TimerState> {
    const snapshot = this.timer.snapshot();
    const idleThresholdSeconds = this.deps.settings.get().idleThresholdSeconds;
    if (!snapshot.caseId || this.deps.cache.state !== 'unlocked') return { ...snapshot, totalSeconds: 0, phase: 'review', idleThresholdSeconds };
    const caseId = snapshot.caseId;
    // One read behind the queued writes (announced on every heartbeat), so a session that just
    // ended is counted exactly once.
    const { phase, closed } = await this.deps.cache.write((db) => ({
      phase: reportSignedAt(db, caseId) ? ('after-report' as const) : ('review' as const),
      closed: countedBetween(db, caseId, lastSignedAt(db, caseId), null),
    }));
    const live = this.timer.snapshot();
    return { ...snapshot, totalSeconds: closed + (live.caseId === caseId ? live.sessionSeconds : 0), phase, idleThresholdSeconds };
  }

  /**
   * Signing the open case's report or addendum: the session under way ends now, and the time the
   * signed document records is what was counted since the last signature until `signedAt`. The
   * session that starts as the expert stays is counted after it.
   */
  async signing(caseId: string, signedAt: Date): Promise<number> {
    if (this.timer.snapshot().caseId === caseId) this.timer.cut('signed');
    // Read behind the queued writes: the session just cut is saved first.
    const seconds = await this.deps.cache.write((db) => countedBetween(db, caseId, lastSignedAt(db, caseId), signedAt.toISOString()));
    void this.announce();
    return seconds;
  }

  async sessions(caseId: string): Promise<ReviewSession[]> {
    const { rows, signedAt } = await this.deps.cache.write((db) => ({
      rows: db.prepare<[string], SessionRow>('SELECT * FROM review_sessions WHERE case_id = ? ORDER BY started_at DESC').all(caseId),
      signedAt: reportSignedAt(db, caseId),
    }));
    const live = this.timer.snapshot();
    return rows.map((row) => toSession(row, row.ended_at === null && live.caseId === caseId ? live.sessionSeconds : null, signedAt));
  }

  /** Shortens a finished session (never beyond what was measured), with the reason recorded. */
  async shorten(caseId: string, sessionId: string, seconds: number, reason: string): Promise<ReviewSession[]> {
    await this.correct(caseId, sessionId, (db, row) => {
      if (seconds > row.active_seconds) throw new CoreError('INVALID_INPUT', 'A session can be shortened, never made longer than the time measured.');
      db.prepare('UPDATE review_sessions SET adjusted_seconds = ?, adjustment_reason = ?, corrected_at = ? WHERE id = ?').run(
        seconds,
        reason,
        this.deps.clock.now().toISOString(),
        row.id,
      );
    });
    return this.sessions(caseId);
  }

  async remove(caseId: string, sessionId: string, reason: string): Promise<ReviewSession[]> {
    await this.correct(caseId, sessionId, (db, row) => {
      db.prepare('UPDATE review_sessions SET removed = 1, removal_reason = ?, corrected_at = ? WHERE id = ?').run(
        reason,
        this.deps.clock.now().toISOString(),
        row.id,
      );
    });
    return this.sessions(caseId);
  }

  private async correct(caseId: string, sessionId: string, change: (db: CacheDatabase, row: SessionRow) => void): Promise<void> {
    await this.deps.cache.write((db) => {
      const row = db.prepare<[string, string], SessionRow>('SELECT * FROM review_sessions WHERE id = ? AND case_id = ?').get(sessionId, caseId);
      if (!row) throw new CoreError('INVALID_INPUT', 'This review session is not recorded for this case.');
      if (row.ended_at === null) throw new CoreError('INVALID_INPUT', 'The session under way cannot be corrected until it ends.');
      change(db, row);
      queueForPlatform(db, row.id, this.deps.clock.now());
    });
    await this.announce();
  }

  private save(record: SessionRecord, final: boolean): void {
    const now = this.deps.clock.now().toISOString();
    this.deps.cache
      .write((db) => {
        db.prepare(
          `INSERT INTO review_sessions (id, case_id, started_at, ended_at, active_seconds, idle_kept_seconds, idle_discarded_seconds, end_reason, heartbeat_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at, active_seconds = excluded.active_seconds,
             idle_kept_seconds = excluded.idle_kept_seconds, idle_discarded_seconds = excluded.idle_discarded_seconds,
             end_reason = excluded.end_reason, heartbeat_at = excluded.heartbeat_at`,
        ).run(
          record.id,
          record.caseId,
          record.startedAt,
          record.endedAt,
          record.activeSeconds,
          record.idleKeptSeconds,
          record.idleDiscardedSeconds,
          record.endReason,
          now,
        );
        if (final) queueForPlatform(db, record.id, this.deps.clock.now());
      })
      .catch((error: unknown) => this.deps.log.warn('review session not saved', { code: error instanceof CoreError ? error.code : 'UNKNOWN' }));
  }
}

/** The platform gets each session as it stands; a later correction replaces it there (same session id). */
function queueForPlatform(db: CacheDatabase, sessionId: string, now: Date): void {
  const row = db.prepare<[string], SessionRow>('SELECT * FROM review_sessions WHERE id = ?').get(sessionId);
  if (!row) return;
  const { id, ...session } = toSession(row, null, reportSignedAt(db, row.case_id));
  REVIEW_SESSION.add(db, row.case_id, { sessionId: id, ...session }, now);
}

/** The counted time of the case's finished sessions that started in [from, until) (open ends: no bound). */
function countedBetween(db: CacheDatabase, caseId: string, from: string | null, until: string | null): number {
  return (
    db
      .prepare<[string, string | null, string | null, string | null, string | null], number>(
        `SELECT coalesce(sum(${COUNTED}), 0) FROM review_sessions
       WHERE case_id = ? AND ended_at IS NOT NULL AND (? IS NULL OR started_at >= ?) AND (? IS NULL OR started_at < ?)`,
      )
      .pluck()
      .get(caseId, from, from, until, until) ?? 0
  );
}

/** A session as the list and the platform see it; started once the report was signed, it is reading after the report. */
function toSession(row: SessionRow, liveSeconds: number | null, reportSigned: string | null): ReviewSession {
  const active = liveSeconds ?? row.active_seconds;
  return {
    id: row.id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    activeSeconds: active,
    idleKeptSeconds: row.idle_kept_seconds,
    idleDiscardedSeconds: row.idle_discarded_seconds,
    endReason: row.end_reason,
    adjustedSeconds: row.adjusted_seconds,
    adjustmentReason: row.adjustment_reason,
    removed: row.removed === 1,
    removalReason: row.removal_reason,
    countedSeconds: row.removed === 1 ? 0 : (row.adjusted_seconds ?? active),
    phase: reportSigned !== null && row.started_at >= reportSigned ? 'after-report' : 'review',
  };
}
