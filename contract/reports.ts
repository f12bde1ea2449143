// The report (`reports.*`): templates as forms, drafts, signed submissions, exports.
import { z } from 'zod';
import { type CallTable, CaseId, LocalText, Locale } from './common';

/** Where the workstation's own FHIR definitions live (code systems, extensions): canonical, stable, not fetched. */
export const FHIR_BASE = 'https://smo-workstation.invalid/fhir/';
export const REPORT_EXTENSION_BASE = `${FHIR_BASE}StructureDefinition/`;
export const REPORT_CODE_SYSTEM_BASE = `${FHIR_BASE}CodeSystem/`;

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

export const REPORT_ITEM_TYPES = ['group', 'display', 'string', 'text', 'choice', 'boolean', 'decimal'] as const;
export const ENABLE_OPERATORS = ['exists', '=', '!='] as const;

/** FHIR R4 Questionnaire.item.enableWhen, for the answer types the templates use. */
export const EnableWhen = z
  .object({
    question: z.string().min(1),
    operator: z.enum(ENABLE_OPERATORS),
    answerCoding: z
      .object({ system: z.string().optional(), code: z.string().min(1) })
      .strict()
      .optional(),
    answerBoolean: z.boolean().optional(),
    answerString: z.string().optional(),
    answerDecimal: z.number().optional(),
  })
  .strict();
export type EnableWhen = z.infer<typeof EnableWhen>;

export const AnswerOption = z
  .object({ valueCoding: z.object({ system: z.string().optional(), code: z.string().min(1), display: LocalText }).strict() })
  .strict();

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

/** A key image shown in the report as a figure, with what the expert wrote under it. */
export const ReportFigure = z.object({
  attachmentId: z.string().min(1).max(200),
  frame: z.number().int().min(0),
  caption: z.string().max(1000),
});
export type ReportFigure = z.infer<typeof ReportFigure>;
/** A figure as the report prints it: its place in the study with the caption. */
export const FrozenFigure = ReportFigure.extend({ seriesNumber: z.number().int().nullable(), imageNumber: z.number().int() });
export type FrozenFigure = z.infer<typeof FrozenFigure>;
export const REPORT_FIGURES_MAX = 24;

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
  /** The certificate the PDF is signed with (PAdES), or null: signed by name only. */
  electronicSignature: z.object({ holder: z.string(), issuer: z.string() }).nullable(),
  /** The key images the report shows, in order. */
  figures: z.array(FrozenFigure),
  /** The platform's receipt; `signatureVerified`: it checked the PDF's electronic signature and trusts its signer. */
  receipt: z.object({ id: z.string(), receivedAt: z.string(), signatureVerified: z.boolean() }).nullable(),
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
  /** The key images the report shows as figures, in order (a key image unmarked leaves the report). */
  figures: z.array(FrozenFigure),
  /** 0 until the first save. */
  revision: z.number().int(),
  savedAt: z.string().nullable(),
  /** linkIds shown now (enableWhen and the case's context applied). */
  enabled: z.array(z.string()),
  /** Required items still unanswered, in form order. */
  missing: z.array(z.object({ linkId: z.string(), text: LocalText })),
  /**
   * Characters the report's PDF cannot print (no shipped font has them), with where they are (a
   * field's label or the patient's question, as the PDF heads it). Signing waits until none is left.
   */
  unprintable: z.array(z.object({ where: z.string(), characters: z.array(z.string()) })),
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

/** The `reports` calls: name → input and output schemas. */
export const reportsMethods = {
  'reports.get': { input: z.object({ caseId: CaseId }).strict(), output: ReportState },
  /** Saves the whole draft (autosave); `templateId` may change only before the first save. */
  'reports.save': {
    input: z.object({ caseId: CaseId, templateId: z.string().min(1).max(100), answers: ReportAnswers }).strict(),
    output: ReportState,
  },
  /** Sets the draft's figures (key images with the case's pictures), in order, with their captions. */
  'reports.setFigures': {
    input: z.object({ caseId: CaseId, figures: z.array(ReportFigure).max(REPORT_FIGURES_MAX) }).strict(),
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
} as const satisfies CallTable;
