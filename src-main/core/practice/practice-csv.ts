// The expert's opinions of a period as a spreadsheet (export/spreadsheet.ts), in their language:
// one row per opinion with the disease, its family, the dates, complexity, divergence and its kind,
// and the review time. Nothing identifying a patient: the history holds none.
import type { PracticePeriod } from '../../../contract';
import { csvNumber, spreadsheet, type CsvLanguage } from '../export/spreadsheet';
import type { PastOpinion } from './practice-history';
import { inPeriod } from './practice-summary';

const HEADERS: Record<CsvLanguage, string[]> = {
  fr: ['Famille', 'Maladie', 'Accepté le', 'Rendu le', 'Échéance', 'Complexité', 'Avis', 'Divergence sur', 'Temps de revue (min)'],
  en: ['Family', 'Disease', 'Accepted', 'Reported', 'Due', 'Complexity', 'Opinion', 'Divergent on', 'Review time (min)'],
};
const WORDS: Record<CsvLanguage, Record<string, string>> = {
  fr: {
    simple: 'simple',
    complex: 'complexe',
    convergent: 'concordant',
    divergent: 'divergent',
    diagnostic: 'diagnostic',
    therapeutic: 'traitement',
    both: 'diagnostic et traitement',
  },
  en: {
    simple: 'simple',
    complex: 'complex',
    convergent: 'convergent',
    divergent: 'divergent',
    diagnostic: 'diagnosis',
    therapeutic: 'treatment',
    both: 'diagnosis and treatment',
  },
};

export function practiceCsv(opinions: PastOpinion[], period: PracticePeriod, now: Date, language: CsvLanguage): Uint8Array {
  const w = WORDS[language];
  const rows = opinions
    .filter((o) => inPeriod(o, period, now))
    .map((o) => [
      o.family,
      o.disease,
      o.acceptedAt.slice(0, 10),
      o.reportedAt.slice(0, 10),
      o.dueAt?.slice(0, 10) ?? '',
      w[o.complexity] ?? o.complexity,
      w[o.divergence] ?? o.divergence,
      o.divergenceKind ? (w[o.divergenceKind] ?? o.divergenceKind) : '',
      csvNumber(language, o.reviewSeconds / 60, 0),
    ]);
  return spreadsheet(language, HEADERS[language], rows);
}
