// The report as a FHIR R4 `document` Bundle, as FHIR tools expect a clinical document: the
// Composition first (type, date, author, subject, a section for the opinion and one for the
// form), the Patient only as the case's reference (no name, no birth date), the expert as
// Practitioner, the DiagnosticReport (the patient's summary as conclusion; divergence, its kind and
// complexity as coded conclusions; the signed PDF as presentedForm), the QuestionnaireResponse
// (every answered field, pointing at the template's canonical URL and version) and, once signed,
// the Provenance of the signature (with the PAdES signature's CMS when it is signed electronically).
// Every reference resolves inside the Bundle. Checked against the FHIR R4 JSON schema in tests.
import { createHash } from 'node:crypto';
import type { Divergence, Locale, ReportAnswers, ReportItem, TemplateSummary } from '../../../contract';
import { REPORT_CODE_SYSTEM_BASE, REPORT_FIELDS } from '../../../contract';
import { isAnswered } from './report-rules';

/** The workstation's code systems (documented in docs/platform-api.md). */
export const CODE_SYSTEMS = {
  caseReference: `${REPORT_CODE_SYSTEM_BASE}case-reference`,
  divergence: `${REPORT_CODE_SYSTEM_BASE}divergence`,
  divergenceKind: `${REPORT_CODE_SYSTEM_BASE}divergence-kind`,
  complexity: `${REPORT_CODE_SYSTEM_BASE}complexity`,
  reportId: `${REPORT_CODE_SYSTEM_BASE}report-id`,
  /** A choice without a system of its own: the item's answers. */
  item: (linkId: string) => `${REPORT_CODE_SYSTEM_BASE}item/${linkId}`,
} as const;

/** ASTM E1762's "author's signature", the type FHIR's Signature uses. */
const AUTHOR_SIGNATURE = { system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.1', display: "Author's Signature" };

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
  /** Who writes the report: the signer once signed, the signed-in expert for a draft. */
  author: string;
  signed: { by: string; at: string } | null;
  /** The PDF as signed and sent, and its PAdES signature (CMS) when it is signed electronically. */
  pdf: { bytes: Uint8Array; title: string; cms: Uint8Array | null } | null;
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
      valueCoding: {
        system: option?.valueCoding.system ?? CODE_SYSTEMS.item(item.linkId),
        code: value,
        display: option?.valueCoding.display[language] ?? value,
      },
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
  const url = (n: number) => `urn:uuid:${uuidOf(input.id, n)}`;
  const ref = { composition: url(1), patient: url(2), practitioner: url(3), report: url(4), response: url(5), provenance: url(6) };
  const when = input.signed?.at ?? input.updatedAt;
  const title = input.template.title[input.language];
  const caseIdentifier = { system: CODE_SYSTEMS.caseReference, value: input.reference };
  const reportIdentifier = { system: CODE_SYSTEMS.reportId, value: input.id };
  const type = {
    coding: input.template.code.map((c) => ({ system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) })),
    text: title,
  };
  const patient: Json = { resourceType: 'Patient', identifier: [caseIdentifier] };
  const practitioner: Json = { resourceType: 'Practitioner', name: [{ text: input.author }] };
  const response: Json = {
    resourceType: 'QuestionnaireResponse',
    language: input.language,
    identifier: reportIdentifier,
    questionnaire: `${input.template.url}|${input.template.version}`,
    status: input.final ? 'completed' : 'in-progress',
    subject: { reference: ref.patient },
    authored: when,
    author: { reference: ref.practitioner },
    item: responseItems(input.items, input),
  };
  const d = input.divergence;
  const conclusionCode: Json[] = [];
  if (d) {
    conclusionCode.push({ coding: [{ system: CODE_SYSTEMS.divergence, code: d.value, display: d.value }] });
    if (d.kind) conclusionCode.push({ coding: [{ system: CODE_SYSTEMS.divergenceKind, code: d.kind, display: d.kind }] });
  }
  if (input.complexity) conclusionCode.push({ coding: [{ system: CODE_SYSTEMS.complexity, code: input.complexity, display: input.complexity }] });
  const summary = input.answers[REPORT_FIELDS.patientSummary];
  const status = input.final ? (input.kind === 'addendum' ? 'appended' : 'final') : 'preliminary';
  const report: Json = {
    resourceType: 'DiagnosticReport',
    language: input.language,
    identifier: [reportIdentifier],
    status,
    code: type,
    subject: { reference: ref.patient },
    issued: when,
    performer: [{ reference: ref.practitioner }],
    ...(typeof summary === 'string' && summary.trim() ? { conclusion: summary.trim() } : {}),
    ...(conclusionCode.length ? { conclusionCode } : {}),
    ...(input.pdf
      ? {
          presentedForm: [
            { contentType: 'application/pdf', language: input.language, data: Buffer.from(input.pdf.bytes).toString('base64'), title: input.pdf.title },
          ],
        }
      : {}),
  };
  const composition: Json = {
    resourceType: 'Composition',
    identifier: reportIdentifier,
    status: input.final ? (input.kind === 'addendum' ? 'amended' : 'final') : 'preliminary',
    type,
    subject: { reference: ref.patient },
    date: when,
    author: [{ reference: ref.practitioner }],
    title,
    language: input.language,
    section: [
      { title: input.language === 'fr' ? 'Avis' : 'Opinion', code: type, entry: [{ reference: ref.report }] },
      { title: input.language === 'fr' ? 'Formulaire' : 'Form', entry: [{ reference: ref.response }] },
    ],
  };
  const provenance: Json | null = input.signed
    ? {
        resourceType: 'Provenance',
        target: [{ reference: ref.report }, { reference: ref.response }, { reference: ref.composition }],
        recorded: input.signed.at,
        agent: [{ who: { reference: ref.practitioner } }],
        signature: [
          {
            type: [AUTHOR_SIGNATURE],
            when: input.signed.at,
            who: { reference: ref.practitioner },
            targetFormat: 'application/pdf',
            ...(input.pdf?.cms ? { sigFormat: 'application/pkcs7-signature', data: Buffer.from(input.pdf.cms).toString('base64') } : {}),
          },
        ],
      }
    : null;
  const resources: [string, Json][] = [
    [ref.composition, composition],
    [ref.patient, patient],
    [ref.practitioner, practitioner],
    [ref.report, report],
    [ref.response, response],
    ...(provenance ? ([[ref.provenance, provenance]] as [string, Json][]) : []),
  ];
  return {
    resourceType: 'Bundle',
    identifier: { system: CODE_SYSTEMS.reportId, value: `${input.id}-document` },
    type: 'document',
    timestamp: when,
    entry: resources.map(([fullUrl, resource]) => ({ fullUrl, resource })),
  };
}

/** A stable UUID-shaped name per resource of the bundle (the report id is a UUID; a draft's is not). */
function uuidOf(id: string, n: number): string {
  const hex = createHash('sha256').update(`${id}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
