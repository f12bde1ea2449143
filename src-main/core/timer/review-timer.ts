// The review timer's state machine: how long an expert really works on a case. Time counts while a
// case workspace is open, the window is in front and visible, the screen unlocked, the machine
// awake and the expert has not paused by hand. Each such stretch is a session. After a threshold
// without input the running time is flagged idle: from the last input on, nothing is credited
// until the expert says whether to keep that time, discard it (and stay paused), or discard it
// and carry on. Durations come from the monotonic clock only, so a wall-clock change (by hand,
// time zone, NTP) neither adds nor removes time. Pure: the clock and the store are injected.
import { randomUUID } from 'node:crypto';
import type { IDLE_CHOICES, PRESENCE_SIGNALS, SESSION_ENDS, TimerState } from '../../../contract';
import type { Clock } from '../ports';

/** What the presence source (renderer activity and visibility, or Electron's powerMonitor) reports. */
export type PresenceSignal = (typeof PRESENCE_SIGNALS)[number];
/** Why a session ended. `crash`: found open at start-up, closed at its last heartbeat. */
export type SessionEnd = (typeof SESSION_ENDS)[number];
export type IdleChoice = (typeof IDLE_CHOICES)[number];

export interface SessionRecord {
  id: string;
  caseId: string;
  startedAt: string;
  endedAt: string | null;
  activeSeconds: number;
  idleKeptSeconds: number;
  idleDiscardedSeconds: number;
  endReason: SessionEnd | null;
}

/** Where sessions go: `progress` while one is open (the heartbeat), `close` once, when it ends; `drop` for one that ended under a second. */
export interface SessionSink {
  progress(record: SessionRecord): void;
  close(record: SessionRecord): void;
  drop(id: string): void;
}

/**
 * running: counting; paused: by hand; away: window hidden or in the background, screen locked,
 * asleep; idle: waiting for the expert's choice about the idle span (since when, how long, now).
 */
export type TimerSnapshot = Omit<TimerState, 'totalSeconds' | 'idleThresholdSeconds' | 'phase'>;

interface OpenSession {
  id: string;
  caseId: string;
  startedAt: Date;
  creditedMs: number;
  /** Monotonic time this stretch has been running since; null while stopped on idle. */
  runSince: number | null;
  idle: { sinceMono: number; sinceWall: Date; endMono: number | null; awayReason: SessionEnd | null } | null;
  idleKeptMs: number;
  idleDiscardedMs: number;
}

const AWAY_REASON: Partial<Record<PresenceSignal, SessionEnd>> = { blur: 'away', hidden: 'away', lock: 'locked', suspend: 'suspended' };
const seconds = (ms: number) => Math.floor(ms / 1000);

export class ReviewTimer {
  private caseId: string | null = null;
  private pausedByHand = false;
  private presence = { focused: true, visible: true, locked: false, suspended: false };
  private lastInput = 0;
  private session: OpenSession | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly sink: SessionSink,
    private readonly idleThresholdMs: () => number,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** A case workspace opened (another one open closes first). */
  open(caseId: string): void {
    if (this.caseId === caseId) return;
    if (this.caseId) this.close();
    this.caseId = caseId;
    this.pausedByHand = false;
    this.lastInput = this.clock.monotonicMs();
    this.reconcile('closed');
  }

  /** The workspace closed, the cache is locking, or the app quits: an unanswered idle span is not counted. */
  close(reason: SessionEnd = 'closed'): void {
    if (this.session?.idle) this.answerIdle('discard');
    this.caseId = null;
    this.reconcile(reason);
    this.pausedByHand = false;
  }

  signal(signal: PresenceSignal): void {
    const p = this.presence;
    if (signal === 'focus' || signal === 'blur') p.focused = signal === 'focus';
    if (signal === 'visible' || signal === 'hidden') p.visible = signal === 'visible';
    if (signal === 'lock' || signal === 'unlock') p.locked = signal === 'lock';
    if (signal === 'suspend' || signal === 'resume') p.suspended = signal === 'suspend';
    // Coming back is input too; input during an idle span does not end it: the expert answers.
    if (!AWAY_REASON[signal]) this.lastInput = this.clock.monotonicMs();
    this.reconcile(AWAY_REASON[signal] ?? 'away');
  }

  /** The pause/resume control and its shortcut. */
  toggle(): void {
    if (!this.caseId || this.session?.idle) return;
    this.pausedByHand = !this.pausedByHand;
    if (!this.pausedByHand) this.lastInput = this.clock.monotonicMs();
    this.reconcile('paused');
  }

  answerIdle(choice: IdleChoice): void {
    const session = this.session;
    if (!session?.idle) return;
    const now = this.clock.monotonicMs();
    const { sinceMono, sinceWall, endMono, awayReason } = session.idle;
    const span = (endMono ?? now) - sinceMono;
    session.idle = null;
    this.lastInput = now;
    if (choice === 'keep') {
      session.creditedMs += span;
      session.idleKeptMs += span;
      if (endMono === null) session.runSince = now;
      else this.finish(awayReason ?? 'away', this.wallAt(endMono)); // they had left meanwhile: the session ended then
    } else {
      session.idleDiscardedMs += span;
      this.finish('idle', sinceWall);
      if (choice === 'discard') this.pausedByHand = true;
    }
    this.reconcile('away');
  }

  /**
   * The report (or an addendum) of the open case was signed: the session under way ends now, so
   * that the time until signing is exactly what the signed report records, and the next one starts
   * at once if the expert stays. An unanswered idle span is not counted (nobody vouched for it).
   */
  cut(reason: SessionEnd): void {
    const session = this.session;
    if (!session) return;
    if (session.idle) {
      session.idleDiscardedMs += (session.idle.endMono ?? this.clock.monotonicMs()) - session.idle.sinceMono;
      session.idle = null;
    }
    this.finish(reason, this.clock.now());
    this.reconcile(reason);
  }

  /** Every few seconds: flags idle time, and saves the open session (a crash loses at most one interval). */
  tick(): void {
    const session = this.session;
    if (!session) return;
    const now = this.clock.monotonicMs();
    if (session.runSince !== null && now - this.lastInput >= this.idleThresholdMs()) {
      const since = Math.max(this.lastInput, session.runSince);
      session.creditedMs += since - session.runSince;
      session.runSince = null;
      session.idle = { sinceMono: since, sinceWall: this.wallAt(since), endMono: null, awayReason: null };
    }
    this.sink.progress(this.record(null, null));
  }

  snapshot(): TimerSnapshot {
    const s = this.session;
    const now = this.clock.monotonicMs();
    const state = !this.caseId ? 'off' : s?.idle ? 'idle' : s?.runSince != null ? 'running' : this.pausedByHand ? 'paused' : 'away';
    return {
      caseId: this.caseId,
      state,
      sessionSeconds: s ? seconds(this.creditedNow(s)) : 0,
      idle: s?.idle ? { since: s.idle.sinceWall.toISOString(), seconds: seconds((s.idle.endMono ?? now) - s.idle.sinceMono) } : null,
    };
  }

  private shouldRun(): boolean {
    const p = this.presence;
    return this.caseId !== null && p.focused && p.visible && !p.locked && !p.suspended && !this.pausedByHand;
  }

  private reconcile(stopReason: SessionEnd): void {
    const run = this.shouldRun();
    const s = this.session;
    if (s?.idle) {
      // Waiting for the expert's choice: leaving stops the idle span from growing; it is settled when they answer.
      if (!run && s.idle.endMono === null) {
        s.idle.endMono = this.clock.monotonicMs();
        s.idle.awayReason = stopReason;
      }
      return;
    }
    if (run && !s) {
      const now = this.clock.monotonicMs();
      this.session = {
        id: this.newId(),
        caseId: this.caseId as string,
        startedAt: this.clock.now(),
        creditedMs: 0,
        runSince: now,
        idle: null,
        idleKeptMs: 0,
        idleDiscardedMs: 0,
      };
      this.lastInput = now;
      this.sink.progress(this.record(null, null));
    } else if (!run && s) {
      this.finish(stopReason, this.clock.now());
    }
  }

  private finish(reason: SessionEnd, endedAt: Date): void {
    const s = this.session;
    if (!s) return;
    if (s.runSince !== null) s.creditedMs += this.clock.monotonicMs() - s.runSince;
    s.runSince = null;
    this.session = null;
    const record = this.recordOf(s, endedAt, reason);
    // A glance (opened and closed at once) is not a session worth a line in the list.
    if (record.activeSeconds === 0 && record.idleDiscardedSeconds === 0) this.sink.drop(s.id);
    else this.sink.close(record);
  }

  private creditedNow(s: OpenSession): number {
    return s.creditedMs + (s.runSince !== null ? this.clock.monotonicMs() - s.runSince : 0);
  }

  private record(endedAt: Date | null, reason: SessionEnd | null): SessionRecord {
    return this.recordOf(this.session as OpenSession, endedAt, reason);
  }

  private recordOf(s: OpenSession, endedAt: Date | null, reason: SessionEnd | null): SessionRecord {
    return {
      id: s.id,
      caseId: s.caseId,
      startedAt: s.startedAt.toISOString(),
      endedAt: endedAt?.toISOString() ?? null,
      activeSeconds: seconds(this.creditedNow(s)),
      idleKeptSeconds: seconds(s.idleKeptMs),
      idleDiscardedSeconds: seconds(s.idleDiscardedMs),
      endReason: reason,
    };
  }

  /** The wall-clock time of a past monotonic instant (for display and records only, never for durations). */
  private wallAt(mono: number): Date {
    return new Date(this.clock.now().getTime() - (this.clock.monotonicMs() - mono));
  }
}
