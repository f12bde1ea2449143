// The demo's other specialties (dermatology) cases (SMO-2026-0113).
import { type DemoCase, active } from './demo-case';

export const OTHER_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0113',
    language: 'en',
    family: 'other',
    disease: 'Atypical pigmented skin lesion',
    status: 'offered',
    dueInDays: 2,
    patient: { age: 36, sex: 'female', region: 'Bourgogne-Franche-Comté', employmentCategory: 'Self-employed', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Atypical naevus of the left shoulder, 9 mm, asymmetric, two colours.',
      proposedTreatment: 'Excision with 2 mm margins for histology.',
      givenBy: 'Dermatologist',
    },
    facts: {
      onset: '2026-05-01',
      symptoms: 'A mole that has grown and darkened over a few months.',
      weightKg: 60,
      heightCm: 170,
      smoker: false,
      allergies: null,
      currentTreatments: 'None',
      pastHistory: 'Several sunburns in childhood.',
      activity: active,
      documentRefs: ['Lesion photo.png'],
    },
    questions: ['Could this be a melanoma?', 'Is digital follow-up an acceptable alternative to excision?'],
    attachments: [
      { kind: 'photo', name: 'Lesion photo.png' },
      { kind: 'photo', name: 'Lesion photo (dermoscopy).png' },
    ],
  },
];
