// The review timer (`timer.*`): its state, presence signals, sessions and their corrections.
import { z } from 'zod';
import { type CallTable, CaseId, NoInput } from './common';

export const PRESENCE_SIGNALS = ['activity', 'focus', 'blur', 'visible', 'hidden', 'lock', 'unlock', 'suspend', 'resume'] as const;
export const IDLE_CHOICES = ['keep', 'discard', 'discard-continue'] as const;
/** `signed`: cut when the report (or an addendum) was signed, so that its review time is the time until signing. */
export const SESSION_ENDS = ['paused', 'away', 'locked', 'suspended', 'closed', 'idle', 'crash', 'signed'] as const;
/**
 * What a session's time is for: `review`, the review the report records (until the report is
 * signed; the platform's review time); `after-report`, reading the case once it is signed, counted
 * into an addendum's own time when one is written.
 */
export const REVIEW_PHASES = ['review', 'after-report'] as const;

/** The review timer as the workspace frame shows it. */
export const TimerState = z.object({
  caseId: z.string().nullable(),
  state: z.enum(['off', 'running', 'paused', 'away', 'idle']),
  sessionSeconds: z.number().int(),
  /** The case's time in its current phase, as corrected, the open session included: the review until the report is signed; after it, the time since the last signature. */
  totalSeconds: z.number().int(),
  /** Of the open case: `after-report` once its report is signed. */
  phase: z.enum(REVIEW_PHASES),
  idle: z.object({ since: z.string(), seconds: z.number().int() }).nullable(),
  idleThresholdSeconds: z.number().int(),
});
export type TimerState = z.infer<typeof TimerState>;

export const ReviewSession = z.object({
  id: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  activeSeconds: z.number().int(),
  idleKeptSeconds: z.number().int(),
  idleDiscardedSeconds: z.number().int(),
  endReason: z.enum(SESSION_ENDS).nullable(),
  adjustedSeconds: z.number().int().nullable(),
  adjustmentReason: z.string().nullable(),
  removed: z.boolean(),
  removalReason: z.string().nullable(),
  /** What the session adds to the review time: 0 if removed, else the shortened or measured time. */
  countedSeconds: z.number().int(),
  phase: z.enum(REVIEW_PHASES),
});
export type ReviewSession = z.infer<typeof ReviewSession>;

/** The `timer` calls: name → input and output schemas. */
export const timerMethods = {
  'timer.state': { input: NoInput, output: TimerState, rules: { whileLocked: true, beforeSetUp: true } },
  'timer.open': { input: z.object({ caseId: CaseId }).strict(), output: TimerState },
  'timer.close': { input: z.object({ caseId: CaseId }).strict(), output: TimerState },
  'timer.signal': { input: z.object({ signal: z.enum(PRESENCE_SIGNALS) }).strict(), output: TimerState, rules: { whileLocked: true, beforeSetUp: true } },
  'timer.toggle': { input: NoInput, output: TimerState },
  'timer.answerIdle': { input: z.object({ choice: z.enum(IDLE_CHOICES) }).strict(), output: TimerState },
  'timer.sessions': { input: z.object({ caseId: CaseId }).strict(), output: z.array(ReviewSession) },
  'timer.shorten': {
    input: z.object({ caseId: CaseId, sessionId: z.string().uuid(), seconds: z.number().int().min(0), reason: z.string().trim().min(3).max(500) }).strict(),
    output: z.array(ReviewSession),
  },
  'timer.remove': {
    input: z.object({ caseId: CaseId, sessionId: z.string().uuid(), reason: z.string().trim().min(3).max(500) }).strict(),
    output: z.array(ReviewSession),
  },
} as const satisfies CallTable;

/** The `timer` events core pushes: name → payload schema. */
export const timerEvents = {
  'timer.changed': TimerState,
} as const satisfies Record<string, z.ZodType>;
