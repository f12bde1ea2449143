// The demo's cardiology cases (SMO-2026-0104).
import { type DemoCase, sedentaire } from './demo-case';

export const CARDIOVASCULAR_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0104',
    language: 'fr',
    family: 'cardiovascular',
    disease: 'Maladie coronarienne stable',
    status: 'accepted',
    dueInDays: 1,
    patient: { age: 58, sex: 'male', region: 'Hauts-de-France', employmentCategory: 'Ouvrier', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Angor stable avec sténose de 75 % de l’IVA proximale, fonction ventriculaire gauche conservée.',
      proposedTreatment: 'Angioplastie avec pose de stent actif sur l’IVA proximale.',
      givenBy: 'Cardiologue interventionnel',
    },
    facts: {
      onset: '2026-02-10',
      symptoms: 'Oppression thoracique à l’effort (montée de deux étages), disparaissant au repos en quelques minutes.',
      painScore: 2,
      weightKg: 92,
      heightCm: 174,
      smoker: true,
      allergies: null,
      currentTreatments: 'Aspirine 75 mg, bisoprolol 5 mg, atorvastatine 40 mg.',
      pastHistory: 'Diabète de type 2, dyslipidémie.',
      activity: sedentaire,
    },
    questions: ['Le stent est-il indispensable ou le traitement médical seul suffit-il ?', 'Quels sont les risques de l’angioplastie ?'],
    attachments: [
      {
        kind: 'report',
        name: 'Compte rendu de coronarographie.pdf',
        report: {
          title: 'Coronarographie',
          subtitle: 'Unité de cardiologie interventionnelle — 14 août 2026',
          pages: 2,
          paragraphs: [
            'Voie radiale droite. Réseau droit dominant.',
            'IVA proximale : sténose de 75 %, FFR à 0,78. Circonflexe : irrégularités sans sténose significative. Coronaire droite : sténose de 40 % du segment moyen.',
            'Conclusion : lésion significative de l’IVA proximale.',
          ],
        },
      },
      { kind: 'photo', name: 'ECG de repos (photo).png' },
      { kind: 'xa-cine', frames: 45 },
      { kind: 'ecg' },
    ],
  },
];
