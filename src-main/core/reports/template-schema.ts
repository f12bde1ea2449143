// The report template file format: FHIR R4 Questionnaire items (linkId, type, text, required,
// repeats, enableWhen, answerOption, nested groups) with metadata in the manner of IHE MRRT /
// RSNA RadReport (id, title, version, language, specialty, codes). Text in French and English.
// Three extensions, named as SDC names its own: `subQuestionnaire` (a display item replaced by a
// shared module's items), `populate: "patient-questions"` (one answer per question the patient
// asked) and `enableWhenContext: "gp-consent"` (only when the patient consented to share with the GP).
import { z } from 'zod';
import { AnswerOption, EnableWhen, LocalText, REPORT_ITEM_TYPES } from '../../../contract';

const Coding = z.object({ system: z.string().url(), code: z.string().min(1), display: z.string().optional() }).strict();

export interface TemplateItemFile {
  linkId: string;
  type: (typeof REPORT_ITEM_TYPES)[number];
  text: LocalText;
  required?: boolean | undefined;
  repeats?: boolean | undefined;
  readOnly?: boolean | undefined;
  maxLength?: number | undefined;
  code?: z.infer<typeof Coding>[] | undefined;
  answerOption?: z.infer<typeof AnswerOption>[] | undefined;
  enableWhen?: EnableWhen[] | undefined;
  enableBehavior?: 'all' | 'any' | undefined;
  enableWhenContext?: 'gp-consent' | undefined;
  populate?: 'patient-questions' | undefined;
  subQuestionnaire?: string | undefined;
  item?: TemplateItemFile[] | undefined;
}

const LINK_ID = /^[a-z0-9][a-z0-9-]*$/;

export const TemplateItemFile: z.ZodType<TemplateItemFile> = z.lazy(() =>
  z
    .object({
      linkId: z.string().regex(LINK_ID, 'a linkId is lower-case letters, digits and dashes'),
      type: z.enum(REPORT_ITEM_TYPES),
      text: LocalText,
      required: z.boolean().optional(),
      repeats: z.boolean().optional(),
      readOnly: z.boolean().optional(),
      maxLength: z.number().int().positive().max(20_000).optional(),
      code: z.array(Coding).optional(),
      answerOption: z.array(AnswerOption).min(2).optional(),
      enableWhen: z.array(EnableWhen).min(1).optional(),
      enableBehavior: z.enum(['all', 'any']).optional(),
      enableWhenContext: z.literal('gp-consent').optional(),
      populate: z.literal('patient-questions').optional(),
      subQuestionnaire: z.string().regex(LINK_ID).optional(),
      item: z.array(TemplateItemFile).min(1).optional(),
    })
    .strict(),
);

/** A template: the form for one specialty, chosen from the case's disease family. */
export const TemplateFile = z
  .object({
    resourceType: z.literal('Questionnaire'),
    id: z.string().regex(LINK_ID),
    url: z.string().url(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is major.minor.patch'),
    status: z.enum(['draft', 'active', 'retired']),
    title: LocalText,
    description: LocalText,
    language: z.array(z.enum(['fr', 'en'])).min(1),
    specialty: z.string().min(1),
    /** Disease families it is chosen for; `*` for the general template; empty: chosen by hand only. */
    diseaseFamilies: z.array(z.string().min(1)),
    /** The report's document type (LOINC). */
    code: z.array(Coding).min(1),
    item: z.array(TemplateItemFile).min(1),
  })
  .strict();
export type TemplateFile = z.infer<typeof TemplateFile>;

/** A module: items shared by templates (the fields the platform counts), included by `subQuestionnaire`. */
export const ModuleFile = z
  .object({
    resourceType: z.literal('Questionnaire'),
    id: z.string().regex(LINK_ID),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    status: z.enum(['draft', 'active', 'retired']),
    title: LocalText,
    item: z.array(TemplateItemFile).min(1),
  })
  .strict();
export type ModuleFile = z.infer<typeof ModuleFile>;
