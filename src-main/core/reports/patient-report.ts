// The report as the patient reads it, independent of its medium (PDF, FHIR narrative): sections
// in form order, each answered item with its label (a patient's question in their own words), the
// conclusion on divergence, and the signature. Complexity is left out: it is the platform's
// statistic, not something the patient needs to read.
import { REPORT_FIELDS, type Divergence, type FrozenFigure, type Locale, type ReportAnswers, type ReportItem } from '../../../contract';
import { isAnswered } from './report-rules';
import { formatSignedAt, reportWording } from './report-wording';

export interface PatientReportEntry {
  label: string;
  /** The patient's question this entry answers, in their words. */
  quote: string | null;
  text: string;
}

export interface PatientReport {
  language: Locale;
  title: string;
  subtitle: string;
  /** Set on a draft: the document says it is not signed. */
  draftNotice: string | null;
  conclusion: string | null;
  sections: { heading: string; entries: PatientReportEntry[] }[];
  /** The key images, each a JPEG picture with its caption (its place in the study and what the expert wrote). */
  figures: { heading: string; items: { caption: string; picture: Uint8Array }[] } | null;
  signature: string | null;
  /** Under the signature: by whose certificate it is signed electronically, or that it is not. */
  signatureNote: string | null;
}

export interface PatientReportInput {
  kind: 'report' | 'addendum';
  language: Locale;
  reference: string;
  disease: string;
  items: ReportItem[];
  answers: ReportAnswers;
  enabled: Set<string>;
  divergence: Divergence | null;
  signed: { by: string; at: string; electronic: ElectronicSignature | null } | null;
  /** The figures in order, each with its picture. */
  figures: (FrozenFigure & { picture: Uint8Array })[];
}

/** The certificate a report is signed with electronically (PAdES): its holder and issuer. */
export interface ElectronicSignature {
  holder: string;
  issuer: string;
}

const NOT_FOR_PATIENT = new Set<string>([REPORT_FIELDS.complexity, REPORT_FIELDS.complexityReason]);

export function patientReport(input: PatientReportInput): PatientReport {
  const w = reportWording(input.language);
  const lang = input.language;
  const shown = (item: ReportItem) => input.enabled.has(item.linkId) && !NOT_FOR_PATIENT.has(item.linkId);
  const answerText = (item: ReportItem): string | null => {
    const value = input.answers[item.linkId];
    if (!isAnswered(value) || value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value ? w.yes : w.no;
    if (item.type === 'choice') return item.answerOption.find((o) => o.valueCoding.code === value)?.valueCoding.display[lang] ?? String(value);
    return String(value).trim();
  };
  const entriesOf = (items: ReportItem[]): PatientReportEntry[] =>
    items.filter(shown).flatMap((item) => {
      if (item.type === 'group') return entriesOf(item.item);
      const text = answerText(item);
      return text === null ? [] : [{ label: item.text[lang], quote: item.quote, text }];
    });
  const sections: PatientReport['sections'] = [];
  for (const item of input.items.filter(shown)) {
    // A field on its own is its section: its heading is its label.
    const entries = item.type === 'group' ? entriesOf(item.item) : entriesOf([item]).map((e) => ({ ...e, label: '' }));
    if (entries.length > 0) sections.push({ heading: item.text[lang], entries });
  }
  const d = input.divergence;
  return {
    language: lang,
    title: input.kind === 'addendum' ? w.addendumTitle : w.title,
    subtitle: `${w.case} ${input.reference} — ${input.disease}`,
    draftNotice: input.signed ? null : w.draft,
    conclusion: input.kind === 'addendum' || !d ? null : d.value === 'convergent' ? w.convergent : w.divergent[d.kind ?? 'both'],
    sections,
    figures:
      input.figures.length === 0
        ? null
        : {
            heading: w.keyImages,
            items: input.figures.map((f, i) => ({
              caption: `${w.figure(i + 1, f.seriesNumber, f.imageNumber)}${f.caption.trim() ? ` : ${f.caption.trim()}` : ''}`,
              picture: f.picture,
            })),
          },
    signature: input.signed ? w.signed(input.signed.by, formatSignedAt(lang, input.signed.at)) : null,
    signatureNote: !input.signed
      ? null
      : input.signed.electronic
        ? w.electronic(input.signed.electronic.holder, input.signed.electronic.issuer)
        : w.notElectronic,
  };
}
