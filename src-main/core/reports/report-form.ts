// A template made into the form for one case: one answer item per question the patient asked
// (each carrying the question in the patient's words), and the GP note only when the patient
// consented to share the report with the GP.
import { QUESTION_LINK_PREFIX, type ReportItem } from '../../../contract';
import type { TemplateItemFile } from './template-schema';

export interface FormContext {
  questions: { id: string; text: string }[];
  gpConsent: boolean;
}

export function buildForm(items: TemplateItemFile[], context: FormContext): ReportItem[] {
  return items.flatMap((item): ReportItem[] => {
    if (item.enableWhenContext === 'gp-consent' && !context.gpConsent) return [];
    const base = itemOf(item);
    if (item.populate !== 'patient-questions') return [{ ...base, item: buildForm(item.item ?? [], context) }];
    const answer = item.item?.[0];
    const questionItems = context.questions.map((q) => ({
      ...(answer ? itemOf(answer) : base),
      linkId: `${QUESTION_LINK_PREFIX}${q.id}`,
      type: 'text' as const,
      required: answer?.required ?? true,
      quote: q.text,
    }));
    return [{ ...base, item: questionItems }];
  });
}

function itemOf(item: TemplateItemFile): ReportItem {
  return {
    linkId: item.linkId,
    type: item.type,
    text: item.text,
    required: item.required ?? false,
    readOnly: item.readOnly ?? false,
    maxLength: item.maxLength ?? null,
    answerOption: item.answerOption ?? [],
    enableWhen: item.enableWhen ?? [],
    enableBehavior: item.enableBehavior ?? 'all',
    quote: null,
    item: [],
  };
}
