// The rules of a report form, one place for all of them: which items show (FHIR enableWhen, a
// hidden item hiding its children), which required ones are still empty, and the divergence,
// derived from the two agreements as the platform defines it (convergent only if both agree).
import { REPORT_FIELDS, type Divergence, type EnableWhen, type ReportAnswer, type ReportAnswers, type ReportItem } from '../../../contract';

export function isAnswered(value: ReportAnswer | undefined): boolean {
  if (value === undefined || value === null) return false;
  return typeof value === 'string' ? value.trim() !== '' : true;
}

function holds(when: EnableWhen, answer: ReportAnswer | undefined): boolean {
  const present = isAnswered(answer);
  if (when.operator === 'exists') return present === (when.answerBoolean ?? true);
  // FHIR: '=' and '!=' hold only for an answer that is there.
  if (!present) return false;
  const expected = when.answerCoding?.code ?? when.answerBoolean ?? when.answerString ?? when.answerDecimal;
  const same = typeof answer === 'string' && typeof expected === 'string' ? answer.trim() === expected : answer === expected;
  return when.operator === '=' ? same : !same;
}

/** The linkIds shown for these answers; an answer to a hidden item does not count in conditions. */
export function enabledItems(items: ReportItem[], answers: ReportAnswers): Set<string> {
  const enabled = new Set<string>();
  const visit = (list: ReportItem[]) => {
    for (const item of list) {
      const results = item.enableWhen.map((w) => holds(w, enabled.has(w.question) ? answers[w.question] : undefined));
      const on = results.length === 0 || (item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean));
      if (!on) continue;
      enabled.add(item.linkId);
      visit(item.item);
    }
  };
  visit(items);
  return enabled;
}

/** Required items shown and unanswered, in the form's order. */
export function missingItems(items: ReportItem[], answers: ReportAnswers, enabled: Set<string>): ReportItem[] {
  const missing: ReportItem[] = [];
  const visit = (list: ReportItem[]) => {
    for (const item of list) {
      if (!enabled.has(item.linkId)) continue;
      if (item.required && item.type !== 'group' && !isAnswered(answers[item.linkId])) missing.push(item);
      visit(item.item);
    }
  };
  visit(items);
  return missing;
}

/** Divergence from the two agreements; null until both are answered. */
export function divergenceOf(answers: ReportAnswers): Divergence | null {
  const diagnostic = answers[REPORT_FIELDS.diagnosticAgreement];
  const therapeutic = answers[REPORT_FIELDS.therapeuticAgreement];
  if (typeof diagnostic !== 'string' || typeof therapeutic !== 'string' || !diagnostic || !therapeutic) return null;
  const diagnosticDiverges = diagnostic !== 'agree';
  const therapeuticDiverges = therapeutic !== 'agree';
  if (!diagnosticDiverges && !therapeuticDiverges) return { value: 'convergent', kind: null };
  return { value: 'divergent', kind: diagnosticDiverges && therapeuticDiverges ? 'both' : diagnosticDiverges ? 'diagnostic' : 'therapeutic' };
}

/** The agreements already answered as not agreeing, whether or not the other is chosen yet. */
export function divergingSoFar(answers: ReportAnswers): ('diagnostic' | 'therapeutic')[] {
  const diverges = (linkId: string) => typeof answers[linkId] === 'string' && answers[linkId] !== '' && answers[linkId] !== 'agree';
  return [
    ...(diverges(REPORT_FIELDS.diagnosticAgreement) ? (['diagnostic'] as const) : []),
    ...(diverges(REPORT_FIELDS.therapeuticAgreement) ? (['therapeutic'] as const) : []),
  ];
}

export function complexityOf(answers: ReportAnswers): 'simple' | 'complex' | null {
  const value = answers[REPORT_FIELDS.complexity];
  return value === 'simple' || value === 'complex' ? value : null;
}

/** Only the answers of items in the form and shown: what is frozen and sent. */
export function keptAnswers(answers: ReportAnswers, enabled: Set<string>): ReportAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([linkId, value]) => enabled.has(linkId) && isAnswered(value)));
}
