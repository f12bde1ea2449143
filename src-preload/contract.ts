// The one contract between the renderer and core: every call and pushed event with zod schemas
// for its input and output, and the closed set of error codes. Both transports carry exactly this.
import { z } from 'zod';

/** Every way a call can fail. The renderer shows one translated sentence per code. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'INTERNAL',
  'CORE_UNAVAILABLE',
  'CACHE_LOCKED',
  'CACHE_FROM_NEWER_VERSION',
  'CASE_NOT_FOUND',
  'CONTENT_NOT_FOUND',
  'ATTACHMENT_CORRUPT',
  'UNSUPPORTED_DICOM',
  'OFFLINE',
  'PLATFORM_UNAVAILABLE',
  'CONFLICT',
  'UNAUTHORIZED',
  /** Too large or too complex to process in bounded time and memory (a patient's file, a text). */
  'TOO_LARGE',
  /** Not enough free space on this computer's disk for what was asked (a download, an archive). */
  'DISK_FULL',
  /** Too many wrong attempts (a sign-in): wait before the next one. */
  'TOO_MANY_ATTEMPTS',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const CallError = z.object({ code: ErrorCode, message: z.string() });
export type CallError = z.infer<typeof CallError>;

/** What crosses the boundary: never a thrown exception, always plain data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export const LOCALES = ['fr', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/**
 * The workspace's shortcuts the expert may change (Settings), each a single character. The digit
 * row is not among them: its keys are the window presets by position, on any keyboard layout.
 */
export const SHORTCUT_ACTIONS = [
  'help', 'nextDocument', 'previousDocument', 'nextPage', 'previousPage', 'zoomIn', 'zoomOut', 'rotate', 'find',
  'toolWindow', 'toolLength', 'toolAngle', 'toolEllipse', 'toolProbe', 'cine', 'flipHorizontal', 'flipVertical', 'invert', 'keyImage',
  'timerToggle',
] as const;
export const ShortcutAction = z.enum(SHORTCUT_ACTIONS);
export type ShortcutAction = z.infer<typeof ShortcutAction>;
/** One character, what the key types (letters in lower case: a shortcut ignores Shift); no digit, no space. */
export const ShortcutKey = z.string().regex(/^[^\p{N}\p{Lu}\s]$/u);
/** The expert's choices (an action left out keeps its default); no key does two things. */
export const ShortcutBindings = z
  .partialRecord(ShortcutAction, ShortcutKey)
  .refine((bindings) => new Set(Object.values(bindings)).size === Object.values(bindings).length, 'A key can do only one thing.');
export type ShortcutBindings = z.infer<typeof ShortcutBindings>;

export const Connectivity = z.enum(['online', 'offline', 'unknown']);

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  /** The platform this workstation works with (the expert's choice, else the one it was started with). */
  platformUrl: z.string().nullable(),
  /** The address the workstation was started with (pre-filled on the first start). */
  startPlatformUrl: z.string().nullable(),
  /** That start address is the built-in demo platform, with fictitious patients. */
  startPlatformIsDemo: z.boolean(),
  connectivity: Connectivity,
  locale: Locale,
  runtime: z.enum(['electron', 'preview', 'test']),
  /** The bound of the viewer's decoded image cache, in MiB (a setting). */
  imageCacheMiB: z.number().int(),
  idleThresholdSeconds: z.number().int(),
  /** The cache locks after this many minutes without input (a setting). */
  autoLockMinutes: z.number().int(),
  /** Days without contact with the platform before a sign-in is required (a setting). */
  offlineTtlDays: z.number().int(),
  /** Days a finished case stays on this computer (a setting). */
  retentionDays: z.number().int(),
  /** The desktop app's update feed (https); null: updates are off (the default). */
  updateFeedUrl: z.string().nullable(),
  /** The workspace shortcuts the expert changed (a setting); the others are the defaults. */
  shortcuts: ShortcutBindings,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** What an address answered when checked as the platform (first start, Settings). */
export const PlatformCheck = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok'), name: z.string() }),
  /** Not https (plain http only on this computer). */
  z.object({ state: z.literal('insecure') }),
  /** Nothing answered: a wrong address, or no network. */
  z.object({ state: z.literal('unreachable') }),
  /** Something answered, but not the expert API of a second-opinion platform. */
  z.object({ state: z.literal('not-a-platform') }),
  /** A platform speaking a version of the API this workstation does not know. */
  z.object({ state: z.literal('unsupported'), apiVersion: z.number().int() }),
]);
export type PlatformCheck = z.infer<typeof PlatformCheck>;

/** The image cache setting's bounds and default: enough for a 1,000-slice CT, not the whole RAM. */
/** The auto-lock delay's bounds and default; there is no "never": an unattended laptop must lock. */
export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;

/** Why the cache is locked now: the expert chose to, or it locked itself. */
/** Why the cases are locked; `core-restarted`: the workstation's core stopped unexpectedly and its host started it again. */
export const LOCK_REASONS = ['expert', 'inactivity', 'screen-locked', 'suspended', 'core-restarted'] as const;

/** Why the local data was erased: the platform revoked this device, or the expert signed out. */
export const ERASE_REASONS = ['device-revoked', 'signed-out'] as const;

/** What the audit trail records. */
export const AUDIT_ACTIONS = [
  'cache.set-up',
  'cache.unlocked',
  'cache.unlock-failed',
  /** An unlock refused unchecked: too many wrong attempts, it had to wait. */
  'cache.unlock-refused',
  'case.opened',
  'document.viewed',
  'export.made',
  'report.submitted',
  'session.signed-in',
] as const;

export const AuditStatus = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** Entries the platform has not acknowledged yet. */
  unsynced: z.number().int(),
  brokenAt: z.number().int().nullable(),
  problem: z.enum(['edited', 'removed', 'truncated']).nullable(),
});
export type AuditStatus = z.infer<typeof AuditStatus>;

/** Days a finished case (closed, withdrawn, reassigned, declined) stays on this computer. */
export const RETENTION_DAYS = { min: 0, max: 365, default: 7 } as const;

/** Days without contact with the platform before the cache stays shut until the next sign-in. */
export const OFFLINE_TTL_DAYS = { min: 1, max: 90, default: 30 } as const;

export const IMAGE_CACHE_MIB = { min: 256, max: 8192, default: 1024 } as const;

const NoInput = z.object({}).strict();

/** Passphrases: long enough to resist guessing once the laptop is lost. */
export const PASSPHRASE_MIN_LENGTH = 10;
const Passphrase = z.string().min(PASSPHRASE_MIN_LENGTH).max(1024);

export const OUTBOX_KINDS = [
  'case.accept',
  'case.decline',
  'report.submit',
  'addendum.submit',
  'message.send',
  'review.session',
  'audit.entries',
] as const;
export const OutboxKind = z.enum(OUTBOX_KINDS);

export const CacheStatus = z.object({
  state: z.enum(['uninitialized', 'locked', 'unlocked']),
  protection: z.enum(['keychain', 'passphrase']).nullable(),
  /** The OS keychain: usable only with a real secret store (never Linux basic_text). */
  keychain: z.object({ usable: z.boolean(), backend: z.string() }),
  keychainProblem: z.enum(['unavailable', 'backend-changed']).nullable(),
  failedAttempts: z.number().int().nonnegative(),
  retryAfterSeconds: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  counts: z
    .object({ cases: z.number().int(), attachments: z.number().int(), outbox: z.number().int() })
    .nullable(),
  /** Changes not yet sent to the platform, by kind: what a reset would lose. */
  unsynced: z.object({ total: z.number().int().nonnegative(), byKind: z.partialRecord(OutboxKind, z.number().int()) }),
  /** Why it locked, when it was open earlier in this run. */
  lockReason: z.enum(LOCK_REASONS).nullable(),
  /** A keychain unlock also asks for the platform password (re-authentication). */
  keychainReauth: z.boolean(),
  /** The local data was destroyed (keys first): when and why, until a new cache is set up. */
  erased: z.object({ reason: z.enum(ERASE_REASONS), at: z.string() }).nullable(),
});
export type CacheStatus = z.infer<typeof CacheStatus>;

export const SessionStatus = z.object({
  signedIn: z.boolean(),
  expert: z.object({ email: z.string(), displayName: z.string() }).nullable(),
  platformUrl: z.string().nullable(),
  /** No contact with the platform for longer than the offline limit: sign in to open the cases. */
  contactExpired: z.boolean(),
  /** Only when the app runs against its built-in demo platform: the demo expert's sign-in. */
  demoCredentials: z.object({ email: z.string(), password: z.string() }).nullable(),
});
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SyncStatus = z.object({
  connectivity: Connectivity,
  running: z.boolean(),
  lastSyncAt: z.string().nullable(),
  /** Why the last run stopped, if it did: OFFLINE, UNAUTHORIZED, or the platform's error. */
  lastError: ErrorCode.nullable(),
  needsSignIn: z.boolean(),
  pendingChanges: z.number().int().nonnegative(),
  downloads: z.object({ pending: z.number().int(), corrupt: z.number().int(), bytesDone: z.number(), bytesTotal: z.number() }),
  /** Cases that will leave this computer, and when. */
  purgeNotices: z.array(z.object({ caseId: z.string(), reference: z.string(), purgeAfter: z.string() })),
  nextRunAt: z.string().nullable(),
  /** The platform's records this version could not read: sync went on without them (a newer version fetches them again). */
  skippedRecords: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const CASE_STATUSES = ['offered', 'accepted', 'waiting_for_patient', 'submitted', 'closed', 'withdrawn', 'reassigned', 'declined'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);

export const MESSAGE_KINDS = ['message', 'info_request', 'follow_up_question'] as const;
/** queued: waiting in the outbox; sent: the platform has it; read: the patient read it; received: from the patient. */
export const DELIVERY_STATES = ['queued', 'sent', 'read', 'received'] as const;

export const CaseMessage = z.object({
  id: z.string(),
  direction: z.enum(['to_patient', 'from_patient']),
  kind: z.enum(MESSAGE_KINDS),
  body: z.string(),
  createdAt: z.string(),
  deliveryState: z.enum(DELIVERY_STATES),
  /** A patient's message the expert has not seen yet. */
  unread: z.boolean(),
  /** A follow-up question an addendum signed after it answers. */
  answered: z.boolean(),
});
export type CaseMessage = z.infer<typeof CaseMessage>;

export const NOTIFICATION_KINDS = ['offered', 'message', 'withdrawn', 'due-soon', 'overdue'] as const;

/** Names the case by its reference only: the same text may reach the OS notification centre. */
export const AppNotification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  caseId: z.string(),
  reference: z.string(),
  at: z.string(),
  read: z.boolean(),
});
export type AppNotification = z.infer<typeof AppNotification>;

export const NotificationList = z.object({ items: z.array(AppNotification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

export const CaseSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: CaseStatus,
  diseaseFamily: z.string(),
  disease: z.string(),
  language: z.string(),
  offeredAt: z.string(),
  dueAt: z.string().nullable(),
  readOnly: z.boolean(),
  purgeAfter: z.string().nullable(),
  /** The platform refused a change to this case (e.g. CASE_WITHDRAWN); the local work is kept. */
  syncConflict: z.string().nullable(),
  pendingChanges: z.number().int().nonnegative(),
  documents: z.object({
    total: z.number().int(),
    available: z.number().int(),
    corrupt: z.number().int(),
    bytesDone: z.number(),
    bytesTotal: z.number(),
  }),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseDocument = z.object({
  id: z.string(),
  /** As the platform classed it, except `archive`: a zip whose DICOM files the workstation extracts. */
  kind: z.enum(['dicom', 'pdf', 'photo', 'archive', 'other']),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  addedAt: z.string().nullable(),
  downloadState: z.enum(['pending', 'downloading', 'available', 'corrupt']),
  bytesDone: z.number().int(),
  /** Arrived after the expert first opened the case (e.g. answering a request), not viewed yet. */
  isNew: z.boolean(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const CaseDetail = z.object({
  summary: CaseSummary,
  patient: z.object({
    age: z.number().int().nullable(),
    sex: z.string().nullable(),
    region: z.string().nullable(),
    employmentCategory: z.string().nullable(),
    gpAware: z.boolean().nullable(),
    gpConsent: z.boolean().nullable(),
  }),
  firstOpinion: z.object({ diagnosis: z.string(), proposedTreatment: z.string(), givenBy: z.string().nullable(), givenAt: z.string().nullable() }).nullable(),
  /** A FHIR R4 QuestionnaireResponse as the patient filled it in. */
  questionnaire: z.record(z.string(), z.unknown()).nullable(),
  questions: z.array(z.object({ id: z.string(), position: z.number().int(), text: z.string() })),
  documents: z.array(CaseDocument),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const DicomSeries = z.object({
  seriesUid: z.string(),
  studyUid: z.string(),
  modality: z.string(),
  studyDescription: z.string(),
  seriesDescription: z.string(),
  seriesNumber: z.number().nullable(),
  lossy: z.boolean(),
  transferSyntax: z.string(),
  /** The transfer syntax by name ("RLE Lossless"), for sentences. */
  transferSyntaxName: z.string(),
  /** In display order (along the slice normal, else by instance number). */
  images: z.array(
    z.object({
      attachmentId: z.string(),
      /** The file's SHA-256: with the id, it names these exact bytes (an image id never outlives a new version). */
      version: z.string(),
      instanceNumber: z.number().nullable(),
      sliceLocation: z.number().nullable(),
      sliceThickness: z.number().nullable(),
      rows: z.number().int(),
      columns: z.number().int(),
      frames: z.number().int(),
    }),
  ),
});
export type DicomSeries = z.infer<typeof DicomSeries>;

/** What is wrong with a DICOM file the viewer cannot show, named for the expert. */
/** Why a DICOM file cannot be shown; `malformed`: its header cannot be read although the file is not cut short. */
export const DICOM_PROBLEMS = ['not-dicom', 'truncated', 'malformed', 'no-identity', 'no-pixels', 'inconsistent-size', 'unsupported-syntax'] as const;

/** One content item of a structured report: "concept: value", its children nested. */
export type SrItem = { concept: string; value: string; children: SrItem[] };
export const SrItem: z.ZodType<SrItem> = z.lazy(() => z.object({ concept: z.string(), value: z.string(), children: z.array(SrItem) }));

/** The content route serves the document encapsulated in a DICOM file (a PDF) at `<attachment id>/document`. */
export const ENCAPSULATED_DOCUMENT_SUFFIX = '/document';

/** How long without input before review time is flagged idle (a setting; 5 minutes by default). */
export const IDLE_THRESHOLD_SECONDS = { min: 10, max: 3600, default: 300 } as const;

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

/** Why a waveform cannot be drawn: no channels, too long, no sampling frequency, an encoding other than 8/16-bit integers, fewer samples than declared, no voltage channel, unreadable. */
export const WAVEFORM_PROBLEMS = ['no-channels', 'too-long', 'no-frequency', 'unsupported-encoding', 'incomplete', 'not-voltage', 'damaged'] as const;
export type WaveformProblem = (typeof WAVEFORM_PROBLEMS)[number];

/** A DICOM waveform's first multiplex group, its leads in microvolts (at most a minute of it is carried). */
export const Waveform = z.object({
  samplingHz: z.number().positive(),
  /** The recording's length; `shownSeconds` of it are carried. */
  seconds: z.number(),
  shownSeconds: z.number(),
  groupLabel: z.string(),
  leads: z.array(z.object({ label: z.string(), microvolts: z.array(z.number()) })),
});
export type Waveform = z.infer<typeof Waveform>;

/** What a DICOM file is, for the document viewer to pick how to show it. */
export const DicomObject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image') }),
  /** An encapsulated PDF: its bytes are served at `<id>` + ENCAPSULATED_DOCUMENT_SUFFIX. */
  z.object({ kind: z.literal('pdf') }),
  z.object({ kind: z.literal('sr'), title: z.string(), items: z.array(SrItem) }),
  /** The index of a CD (DICOMDIR), not an image: how many files it lists, how many of them are in this case, and the first image among them. */
  z.object({ kind: z.literal('dicomdir'), listed: z.number().int(), present: z.number().int(), firstImage: z.string().nullable() }),
  /** A waveform (ECG): its leads when they can be drawn, else why not. */
  z.object({ kind: z.literal('waveform'), sopClassUid: z.string(), modality: z.string(), waveform: Waveform.nullable(), problem: z.enum(WAVEFORM_PROBLEMS).nullable() }),
  z.object({ kind: z.literal('other'), sopClassUid: z.string(), modality: z.string() }),
  z.object({ kind: z.literal('unreadable'), problem: z.enum(DICOM_PROBLEMS), detail: z.string() }),
]);
export type DicomObject = z.infer<typeof DicomObject>;

/** Why an archive was not unpacked: not a zip, password, too large, members sharing bytes (a zip bomb), inflating far past what images do, no room on the disk. */
export const ARCHIVE_PROBLEMS = ['not-zip', 'encrypted', 'too-large', 'overlapping', 'suspicious-ratio', 'disk-full'] as const;
export type ArchiveProblem = (typeof ARCHIVE_PROBLEMS)[number];

/** What a zip archive held: its DICOM files join the case's series; the rest is counted, not shown. */
export const ArchiveContents = z.object({
  files: z.number().int(),
  dicomFiles: z.number().int(),
  hasDicomdir: z.boolean(),
  otherFiles: z.number().int(),
  /** Files that could not be extracted (damaged, unsupported compression, encrypted); the first few names. */
  damaged: z.array(z.string()),
  /** Files the DICOMDIR lists that the archive lacks (an incomplete copy of the CD); the first few names. */
  missing: z.array(z.string()),
  problem: z.enum(ARCHIVE_PROBLEMS).nullable(),
  detail: z.string(),
});
export type ArchiveContents = z.infer<typeof ArchiveContents>;

export const MEASUREMENT_KINDS = ['length', 'angle', 'ellipse', 'probe'] as const;
/** How many image points each kind of measurement is drawn with. */
export const MEASUREMENT_POINTS = { length: 2, angle: 3, ellipse: 2, probe: 1 } as const;

const ImagePoint = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Where on which image a measurement or a key image sits: enough to go back to it and to quote it. */
const ImagePlace = {
  attachmentId: z.string().min(1).max(100),
  /** Frame within a multi-frame file, from 0 (0 for single-frame files). */
  frame: z.number().int().min(0).max(100_000),
  seriesUid: z.string().max(64),
  seriesNumber: z.number().int().nullable(),
  /** Position of the image in its series' stack as shown, from 1. */
  imageNumber: z.number().int().min(1),
};

const MeasurementFields = z
  .object({
    id: z.string().uuid(),
    ...ImagePlace,
    kind: z.enum(MEASUREMENT_KINDS),
    /** In image pixels (column, row): length a→b; angle a–vertex–c; ellipse bounding corners; probe point. */
    points: z.array(ImagePoint).min(1).max(3),
    /**
     * The values, computed where the pixels are (the viewer): length and area in `unit` (mm when
     * the image has a pixel spacing, else px); angle in degrees; mean/sd/min/max/value in `signal`
     * units (Hounsfield units for CT, else stored values after the modality rescale).
     */
    values: z
      .object({
        length: z.number().finite().nonnegative(),
        angle: z.number().finite().min(0).max(180),
        area: z.number().finite().nonnegative(),
        mean: z.number().finite(),
        sd: z.number().finite().nonnegative(),
        min: z.number().finite(),
        max: z.number().finite(),
        value: z.number().finite(),
      })
      .partial()
      .strict(),
    unit: z.enum(['mm', 'px']),
    signal: z.enum(['HU', 'value']),
    createdAt: z.string(),
  });

function pointsMatchKind(m: { kind: keyof typeof MEASUREMENT_POINTS; points: unknown[] }, ctx: z.RefinementCtx) {
  if (m.points.length !== MEASUREMENT_POINTS[m.kind]) {
    ctx.addIssue({ code: 'custom', path: ['points'], message: `A ${m.kind} has ${MEASUREMENT_POINTS[m.kind]} points.` });
  }
}

export const Measurement = MeasurementFields.superRefine(pointsMatchKind);
const MeasurementDraftSchema = MeasurementFields.omit({ createdAt: true }).superRefine(pointsMatchKind);
export type Measurement = z.infer<typeof Measurement>;
export type MeasurementKind = Measurement['kind'];
export type MeasurementDraft = Omit<Measurement, 'createdAt'>;

/** An image the expert marked as key to the opinion: kept with the case, shown in a strip. */
export const KeyImage = z.object({ ...ImagePlace, createdAt: z.string() });
export type KeyImage = z.infer<typeof KeyImage>;

/** One element of a DICOM header, for the tag browser; a sequence's items nest. */
export type DicomTag = { tag: string; vr: string; name: string; value: string; items: DicomTag[][] | null };
export const DicomTag: z.ZodType<DicomTag> = z.lazy(() =>
  z.object({ tag: z.string(), vr: z.string(), name: z.string(), value: z.string(), items: z.array(z.array(DicomTag)).nullable() }),
);

/** Report fields the platform counts, by linkId: every template has them (checked when it loads). */
export const REPORT_FIELDS = {
  patientQuestions: 'patient-questions',
  diagnosis: 'diagnosis',
  treatment: 'treatment',
  diagnosticAgreement: 'diagnostic-agreement',
  diagnosticJustification: 'diagnostic-justification',
  therapeuticAgreement: 'therapeutic-agreement',
  therapeuticJustification: 'therapeutic-justification',
  complexity: 'complexity',
  complexityReason: 'complexity-reason',
  additionalExams: 'additional-exams',
  gpNote: 'gp-note',
  patientSummary: 'patient-summary',
} as const;
/** The answer to a patient's question `id` is the item `question-<id>`. */
export const QUESTION_LINK_PREFIX = 'question-';

/** Agreement of the second opinion with the first, on the diagnosis and on the treatment. */
export const AGREEMENTS = ['agree', 'partial', 'disagree', 'cannot-assess'] as const;
export const COMPLEXITIES = ['simple', 'complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];
export const DIVERGENCE_KINDS = ['diagnostic', 'therapeutic', 'both'] as const;

/** Derived, never typed: convergent only when both agreements are "agree". Null until both are answered. */
export const Divergence = z.object({ value: z.enum(['convergent', 'divergent']), kind: z.enum(DIVERGENCE_KINDS).nullable() });
export type Divergence = z.infer<typeof Divergence>;

/** Template text in both languages of the UI. */
export const LocalText = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalText = z.infer<typeof LocalText>;

export const REPORT_ITEM_TYPES = ['group', 'display', 'string', 'text', 'choice', 'boolean', 'decimal'] as const;
export const ENABLE_OPERATORS = ['exists', '=', '!='] as const;

/** FHIR R4 Questionnaire.item.enableWhen, for the answer types the templates use. */
export const EnableWhen = z
  .object({
    question: z.string().min(1),
    operator: z.enum(ENABLE_OPERATORS),
    answerCoding: z.object({ system: z.string().optional(), code: z.string().min(1) }).strict().optional(),
    answerBoolean: z.boolean().optional(),
    answerString: z.string().optional(),
    answerDecimal: z.number().optional(),
  })
  .strict();
export type EnableWhen = z.infer<typeof EnableWhen>;

export const AnswerOption = z.object({ valueCoding: z.object({ system: z.string().optional(), code: z.string().min(1), display: LocalText }).strict() }).strict();

/** One item of a report form, as the workspace shows it (the template instantiated for a case). */
export type ReportItem = {
  linkId: string;
  type: (typeof REPORT_ITEM_TYPES)[number];
  text: LocalText;
  required: boolean;
  readOnly: boolean;
  maxLength: number | null;
  answerOption: z.infer<typeof AnswerOption>[];
  enableWhen: EnableWhen[];
  enableBehavior: 'all' | 'any';
  /** What the item answers, in the patient's own words (a patient's question). */
  quote: string | null;
  item: ReportItem[];
};
export const ReportItem: z.ZodType<ReportItem> = z.lazy(() =>
  z.object({
    linkId: z.string(),
    type: z.enum(REPORT_ITEM_TYPES),
    text: LocalText,
    required: z.boolean(),
    readOnly: z.boolean(),
    maxLength: z.number().int().nullable(),
    answerOption: z.array(AnswerOption),
    enableWhen: z.array(EnableWhen),
    enableBehavior: z.enum(['all', 'any']),
    quote: z.string().nullable(),
    item: z.array(ReportItem),
  }),
);

export const REPORT_TEXT_MAX = 20_000;
export const ReportAnswer = z.union([z.string().max(REPORT_TEXT_MAX), z.boolean(), z.number().finite(), z.null()]);
export type ReportAnswer = z.infer<typeof ReportAnswer>;
export const ReportAnswers = z.record(z.string().min(1).max(200), ReportAnswer);
export type ReportAnswers = z.infer<typeof ReportAnswers>;

export const TemplateSummary = z.object({ id: z.string(), version: z.string(), title: LocalText, specialty: z.string() });
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/** A finalized report or addendum: frozen, signed, then sent (`queued` until the platform has it). */
export const ReportSubmission = z.object({
  id: z.string(),
  kind: z.enum(['report', 'addendum']),
  state: z.enum(['queued', 'submitted', 'rejected']),
  template: TemplateSummary,
  language: Locale,
  items: z.array(ReportItem),
  answers: ReportAnswers,
  divergence: Divergence,
  complexity: z.enum(COMPLEXITIES),
  reviewSeconds: z.number().int(),
  signedBy: z.string(),
  signedAt: z.string(),
  receipt: z.object({ id: z.string(), receivedAt: z.string() }).nullable(),
  /** Why the platform refused it (VERSION_CONFLICT, CASE_WITHDRAWN...), when it did. */
  rejection: z.string().nullable(),
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;

/** The report being written: a report, or after submission an addendum. */
export const ReportDraft = z.object({
  kind: z.enum(['report', 'addendum']),
  template: TemplateSummary,
  language: Locale,
  items: z.array(ReportItem),
  answers: ReportAnswers,
  /** 0 until the first save. */
  revision: z.number().int(),
  savedAt: z.string().nullable(),
  /** linkIds shown now (enableWhen and the case's context applied). */
  enabled: z.array(z.string()),
  /** Required items still unanswered, in form order. */
  missing: z.array(z.object({ linkId: z.string(), text: LocalText })),
  divergence: Divergence.nullable(),
  /** Before both agreements are chosen: the one(s) already answered as not agreeing (the opinion is divergent whatever the other). */
  diverging: z.array(z.enum(['diagnostic', 'therapeutic'])),
  complexity: z.enum(COMPLEXITIES).nullable(),
});
export type ReportDraft = z.infer<typeof ReportDraft>;

export const REPORT_BLOCKS = ['not-accepted', 'case-closed'] as const;

export const ReportState = z.object({
  caseId: z.string(),
  draft: ReportDraft.nullable(),
  /** Templates the expert may switch to (only before the first save). */
  templates: z.array(TemplateSummary),
  canSwitchTemplate: z.boolean(),
  /** Why nothing can be written now, if so; a draft already written stays readable and exportable. */
  blocked: z.enum(REPORT_BLOCKS).nullable(),
  submissions: z.array(ReportSubmission),
  /** Whether an addendum may be started (a report was submitted and no draft is open). */
  canAddAddendum: z.boolean(),
});
export type ReportState = z.infer<typeof ReportState>;

/** The content route serves a report's patient-facing PDF at `report/<case id>/<draft@revision | submission id>`. */
export const REPORT_CONTENT_PREFIX = 'report/';

/** The content route serves a case's measurements at `measurements/<case id>/<sr | csv-fr | csv-en>@<any stamp>` (a DICOM SR, or a spreadsheet in that language). */
export const MEASUREMENTS_CONTENT_PREFIX = 'measurements/';

const CaseId = z.string().min(1).max(100);

export const DECLINE_REASONS = ['conflict_of_interest', 'outside_expertise', 'unavailable', 'insufficient_information', 'mental_health', 'other'] as const;

export const SyncProgress = z.object({ caseId: z.string(), attachmentId: z.string(), bytesDone: z.number(), bytesTotal: z.number() });

/** Calls: name → input and output schemas. Names are `<domain>.<verb>`. */
export const methods = {
  'app.info': { input: NoInput, output: AppInfo },
  'app.setLocale': { input: z.object({ locale: Locale }).strict(), output: AppInfo },
  'app.setImageCache': { input: z.object({ mib: z.number().int().min(IMAGE_CACHE_MIB.min).max(IMAGE_CACHE_MIB.max) }).strict(), output: AppInfo },
  'app.setIdleThreshold': { input: z.object({ seconds: z.number().int().min(IDLE_THRESHOLD_SECONDS.min).max(IDLE_THRESHOLD_SECONDS.max) }).strict(), output: AppInfo },
  'app.setAutoLock': { input: z.object({ minutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max) }).strict(), output: AppInfo },
  'app.setOfflineTtl': { input: z.object({ days: z.number().int().min(OFFLINE_TTL_DAYS.min).max(OFFLINE_TTL_DAYS.max) }).strict(), output: AppInfo },
  'app.setRetention': { input: z.object({ days: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max) }).strict(), output: AppInfo },
  /** The expert's shortcuts, whole; an empty set restores the defaults. */
  'app.setShortcuts': { input: z.object({ bindings: ShortcutBindings }).strict(), output: AppInfo },
  'app.setUpdateFeed': { input: z.object({ url: z.string().url().max(500).nullable() }).strict(), output: AppInfo },
  /** Checks an address before it is used: does it answer as a second-opinion platform? */
  'app.checkPlatform': { input: z.object({ url: z.string().url().max(500) }).strict(), output: PlatformCheck },
  /** The platform to work with; null: back to the address the workstation was started with. Only while no expert is signed in here. */
  'app.setPlatform': { input: z.object({ url: z.string().url().max(500).nullable() }).strict(), output: AppInfo },
  'audit.status': { input: NoInput, output: AuditStatus },
  'timer.state': { input: NoInput, output: TimerState },
  'timer.open': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: TimerState },
  'timer.close': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: TimerState },
  'timer.signal': { input: z.object({ signal: z.enum(PRESENCE_SIGNALS) }).strict(), output: TimerState },
  'timer.toggle': { input: NoInput, output: TimerState },
  'timer.answerIdle': { input: z.object({ choice: z.enum(IDLE_CHOICES) }).strict(), output: TimerState },
  'timer.sessions': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: z.array(ReviewSession) },
  'timer.shorten': {
    input: z.object({ caseId: z.string().min(1).max(100), sessionId: z.string().uuid(), seconds: z.number().int().min(0), reason: z.string().trim().min(3).max(500) }).strict(),
    output: z.array(ReviewSession),
  },
  'timer.remove': {
    input: z.object({ caseId: z.string().min(1).max(100), sessionId: z.string().uuid(), reason: z.string().trim().min(3).max(500) }).strict(),
    output: z.array(ReviewSession),
  },
  'cache.status': { input: NoInput, output: CacheStatus },
  'cache.setup': {
    input: z.discriminatedUnion('protection', [
      z.object({ protection: z.literal('passphrase'), passphrase: Passphrase }).strict(),
      z.object({ protection: z.literal('keychain') }).strict(),
    ]),
    output: CacheStatus,
  },
  'cache.unlock': {
    /** `password`: the platform password that re-authenticates a keychain unlock. */
    input: z.object({ passphrase: z.string().max(1024).optional(), password: z.string().max(1024).optional() }).strict(),
    output: CacheStatus,
  },
  'cache.lock': { input: NoInput, output: CacheStatus },
  'cache.reset': { input: z.object({ confirm: z.literal(true) }).strict(), output: CacheStatus },
  'session.status': { input: NoInput, output: SessionStatus },
  'session.signIn': {
    input: z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024) }).strict(),
    output: SessionStatus,
  },
  'sync.status': { input: NoInput, output: SyncStatus },
  'sync.now': { input: NoInput, output: SyncStatus },
  'cases.list': { input: NoInput, output: z.array(CaseSummary) },
  /** The expert opens a case: its documents download first. */
  'cases.open': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: CaseDetail },
  'cases.get': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: CaseDetail },
  'measurements.list': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: z.array(Measurement) },
  'measurements.save': {
    input: z.object({ caseId: z.string().min(1).max(100), measurement: MeasurementDraftSchema }).strict(),
    output: Measurement,
  },
  'measurements.remove': { input: z.object({ caseId: z.string().min(1).max(100), id: z.string().uuid() }).strict(), output: z.object({ removed: z.boolean() }) },
  'keyImages.list': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: z.array(KeyImage) },
  /** Marks (`key: true`) or unmarks an image as key; answers the case's key images. */
  'keyImages.set': {
    input: z.object({ caseId: z.string().min(1).max(100), image: KeyImage.omit({ createdAt: true }), key: z.boolean() }).strict(),
    output: z.array(KeyImage),
  },
  'imaging.tags': {
    input: z.object({ caseId: z.string().min(1).max(100), attachmentId: z.string().min(1).max(100) }).strict(),
    output: z.array(DicomTag),
  },
  'imaging.object': {
    input: z.object({ caseId: z.string().min(1).max(100), attachmentId: z.string().min(1).max(100) }).strict(),
    output: DicomObject,
  },
  'imaging.archive': {
    input: z.object({ caseId: z.string().min(1).max(100), attachmentId: z.string().min(1).max(100) }).strict(),
    /** `firstImage`: an image of the archive's first series, to open the viewer on; null without images. */
    output: ArchiveContents.extend({ firstImage: z.string().nullable() }),
  },
  'imaging.series': { input: z.object({ caseId: z.string().min(1).max(100) }).strict(), output: z.array(DicomSeries) },
  'reports.get': { input: z.object({ caseId: CaseId }).strict(), output: ReportState },
  /** Saves the whole draft (autosave); `templateId` may change only before the first save. */
  'reports.save': {
    input: z.object({ caseId: CaseId, templateId: z.string().min(1).max(100), answers: ReportAnswers }).strict(),
    output: ReportState,
  },
  /** Freezes and signs the draft and queues it for the platform with the case's review time. */
  'reports.finalize': { input: z.object({ caseId: CaseId, revision: z.number().int().min(1) }).strict(), output: ReportState },
  /** A report the platform refused goes back to being a draft, to be corrected and finalized again. */
  'reports.reopen': { input: z.object({ caseId: CaseId, submissionId: z.string().uuid() }).strict(), output: ReportState },
  'reports.startAddendum': { input: z.object({ caseId: CaseId }).strict(), output: ReportState },
  /** FHIR R4: a Bundle with the QuestionnaireResponse and the DiagnosticReport (draft when no id). */
  'reports.fhir': {
    input: z.object({ caseId: CaseId, submissionId: z.string().uuid().nullable() }).strict(),
    output: z.record(z.string(), z.unknown()),
  },
  'reports.exported': {
    input: z.object({ caseId: CaseId, format: z.enum(['pdf']), submissionId: z.string().uuid().nullable() }).strict(),
    output: z.object({ recorded: z.boolean() }),
  },
  'messages.list': { input: z.object({ caseId: CaseId }).strict(), output: z.array(CaseMessage) },
  'messages.send': {
    input: z.object({ caseId: CaseId, body: z.string().trim().min(1).max(20_000), kind: z.enum(['message', 'info_request']).default('message') }).strict(),
    output: CaseMessage,
  },
  'messages.markRead': { input: z.object({ caseId: CaseId }).strict(), output: z.object({ unread: z.number().int() }) },
  'notifications.list': { input: NoInput, output: NotificationList },
  'notifications.markRead': { input: z.object({ ids: z.array(z.string().max(200)).max(500).optional() }).strict(), output: NotificationList },
  'session.signOut': { input: z.object({ confirm: z.literal(true) }).strict(), output: CacheStatus },
  'cases.accept': {
    input: z.object({ caseId: z.string().min(1).max(100), notDirectlyInCharge: z.literal(true) }).strict(),
    output: CaseSummary,
  },
  'cases.decline': {
    input: z
      .object({ caseId: z.string().min(1).max(100), reason: z.enum(DECLINE_REASONS), details: z.string().max(2000).default('') })
      .strict(),
    output: CaseSummary,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Events that core pushes to the renderer: name → payload schema. */
export const events = {
  'app.changed': AppInfo,
  'cache.changed': CacheStatus,
  'session.changed': SessionStatus,
  'sync.changed': SyncStatus,
  'sync.progress': SyncProgress,
  'timer.changed': TimerState,
  'cases.changed': z.object({ caseIds: z.array(z.string()) }),
  /** The unread count, and the notifications that just appeared (the shell shows those to the OS). */
  'notifications.changed': z.object({ unread: z.number().int(), fresh: z.array(AppNotification) }),
} as const satisfies Record<string, z.ZodType>;

export type MethodName = keyof typeof methods;
export type EventName = keyof typeof events;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

// ---- The typed client shape (window.workstation), derived from the tables above ----

type CallFn<M extends MethodName> = Record<never, never> extends MethodInput<M>
  ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

type Domain<N> = N extends `${infer D}.${string}` ? D : never;
type Verb<N, D extends string> = N extends `${D}.${infer V}` ? V : never;

export type WorkstationCalls = {
  [D in Domain<MethodName>]: {
    [V in Verb<MethodName, D>]: `${D}.${V}` extends MethodName ? CallFn<`${D}.${V}`> : never;
  };
};

export interface WorkstationEvents {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Where the browser fetches a document's bytes (see Transport). */
  contentUrl(documentId: string): string;
}

/** What the renderer finds at `window.workstation`, whichever transport carries it. */
export type WorkstationApi = WorkstationCalls & WorkstationEvents;

/** A transport moves one call (or one event subscription) between the renderer and core. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Where the browser fetches a document's bytes (the app:// protocol, or the preview's route with its access). */
  contentUrl(documentId: string): string;
}
