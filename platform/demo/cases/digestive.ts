// The demo's digestive diseases cases (SMO-2026-0112).
import { type DemoCase, actif } from './demo-case';

export const DIGESTIVE_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0112',
    language: 'fr',
    family: 'digestive',
    disease: 'Maladie de Crohn iléale sténosante',
    status: 'accepted',
    dueInDays: 5,
    patient: { age: 31, sex: 'female', region: 'Île-de-France', employmentCategory: 'Cadre', gpAware: true, gpConsent: false },
    firstOpinion: {
      diagnosis: 'Maladie de Crohn iléale avec sténose fibreuse de 12 cm et dilatation d’amont.',
      proposedTreatment: 'Résection iléo-caecale par cœlioscopie.',
      givenBy: 'Gastro-entérologue',
    },
    facts: {
      onset: '2020-06-01',
      symptoms: 'Douleurs abdominales après les repas, épisodes subocclusifs, perte de 5 kg.',
      painScore: 4,
      weightKg: 52,
      heightCm: 168,
      smoker: false,
      allergies: null,
      currentTreatments: 'Adalimumab toutes les deux semaines.',
      pastHistory: 'Aucun.',
      activity: actif,
    },
    questions: ['Une dilatation endoscopique est-elle envisageable ?', 'Faut-il changer de biothérapie après l’opération ?'],
    attachments: [
      {
        kind: 'report',
        name: 'Entéro-IRM.pdf',
        report: {
          title: 'Entéro-IRM',
          subtitle: 'Radiologie — 30 juillet 2026',
          paragraphs: [
            'Épaississement pariétal de la dernière anse iléale sur 12 cm avec sténose et dilatation d’amont à 35 mm.',
            'Pas d’abcès ni de fistule.',
          ],
        },
      },
    ],
  },
];
