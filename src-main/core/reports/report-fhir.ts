// The report as FHIR R4: a Bundle (collection) with the QuestionnaireResponse (every answered field,
// nested as in the form) and the DiagnosticReport (the conclusion, divergence and complexity as
// coded conclusions, the expert as performer). Checked against the FHIR R4 JSON schema in tests.
import { createHash } from 'node:crypto';
import type { Divergence, Locale, ReportAnswers, ReportItem, TemplateSummary } from '../../../contract';
import { REPORT_FIELDS } from '../../../contract';
import { isAnswered } from './report-rules';

/** Our own code systems for the counted values (the platform's statistics). */
const SYSTEM = 'https://smo-workstation.invalid/fhir/CodeSystem';

export interface FhirReportInput {
  id: string;
  kind: 'report' | 'addendum';
  final: boolean;
  language: Locale;
  reference: string;
  template: TemplateSummary & { url: string; code: { system: string; code: string; display?: string | undefined }[] };
  items: ReportItem[];
  answers: ReportAnswers;
  enabled: Set<string>;
  divergence: Divergence | null;
  complexity: 'simple' | 'complex' | null;
  signed: { by: string; at: string } | null;
  updatedAt: string;
}

type Json = Record<string, unknown>;

function answerOf(item: ReportItem, value: ReportAnswers[string] | undefined, language: Locale): Json | null {
  if (!isAnswered(value) || value === undefined || value === null) return null;
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'number') return { valueDecimal: value };
  if (item.type === 'choice') {
    const option = item.answerOption.find((o) => o.valueCoding.code === value);
    return {
      valueCoding: { system: option?.valueCoding.system ?? `${SYSTEM}/${item.linkId}`, code: value, display: option?.valueCoding.display[language] ?? value },
    };
  }
  return { valueString: value };
}

function responseItems(items: ReportItem[], input: FhirReportInput): Json[] {
  return items.flatMap((item): Json[] => {
    if (!input.enabled.has(item.linkId) || item.type === 'display') return [];
    if (item.type === 'group') {
      const children = responseItems(item.item, input);
      return children.length ? [{ linkId: item.linkId, text: item.text[input.language], item: children }] : [];
    }
    const answer = answerOf(item, input.answers[item.linkId], input.language);
    if (!answer) return [];
    return [{ linkId: item.linkId, text: item.quote ?? item.text[input.language], answer: [answer] }];
  });
}

export function reportFhirBundle(input: FhirReportInput): Json {
  const identifier = { system: `${SYSTEM}/case-reference`, value: input.reference };
  const author = input.signed ? { display: input.signed.by } : undefined;
  const response: Json = {
    resourceType: 'QuestionnaireResponse',
    id: `${input.id}-response`,
    language: input.language,
    identifier,
    questionnaire: `${input.template.url}|${input.template.version}`,
    status: input.final ? 'completed' : 'in-progress',
    authored: input.signed?.at ?? input.updatedAt,
    ...(author ? { author } : {}),
    item: responseItems(input.items, input),
  };
  const d = input.divergence;
  const conclusionCode: Json[] = [];
  if (d) {
    conclusionCode.push({ coding: [{ system: `${SYSTEM}/divergence`, code: d.value, display: d.value }] });
    if (d.kind) conclusionCode.push({ coding: [{ system: `${SYSTEM}/divergence-kind`, code: d.kind, display: d.kind }] });
  }
  if (input.complexity) conclusionCode.push({ coding: [{ system: `${SYSTEM}/complexity`, code: input.complexity, display: input.complexity }] });
  const summary = input.answers[REPORT_FIELDS.patientSummary];
  const report: Json = {
    resourceType: 'DiagnosticReport',
    id: input.id,
    language: input.language,
    identifier: [identifier],
    status: input.final ? (input.kind === 'addendum' ? 'appended' : 'final') : 'preliminary',
    code: {
      coding: input.template.code.map((c) => ({ system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) })),
      text: input.template.title[input.language],
    },
    issued: input.signed?.at ?? input.updatedAt,
    ...(author ? { performer: [author] } : {}),
    ...(typeof summary === 'string' && summary.trim() ? { conclusion: summary.trim() } : {}),
    ...(conclusionCode.length ? { conclusionCode } : {}),
  };
  return {
    resourceType: 'Bundle',
    id: `${input.id}-bundle`,
    type: 'collection',
    timestamp: input.signed?.at ?? input.updatedAt,
    entry: [
      { fullUrl: `urn:uuid:${uuidOf(input.id, 1)}`, resource: response },
      { fullUrl: `urn:uuid:${uuidOf(input.id, 2)}`, resource: report },
    ],
  };
}

/** A stable UUID-shaped name per resource of the bundle (the report id is a UUID; a draft's is not). */
function uuidOf(id: string, n: number): string {
  const hex = createHash('sha256').update(`${id}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
