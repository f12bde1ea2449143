// The demo's endocrinology cases (SMO-2026-0105).
import { type DemoCase, active } from './demo-case';

export const ENDOCRINE_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0105',
    language: 'en',
    family: 'endocrine',
    disease: 'Thyroid nodule (TI-RADS 4)',
    status: 'offered',
    dueInDays: 4,
    patient: { age: 41, sex: 'female', region: 'Nouvelle-Aquitaine', employmentCategory: 'Employee', gpAware: false, gpConsent: false },
    firstOpinion: {
      diagnosis: 'Right thyroid lobe nodule, 22 mm, EU-TIRADS 4, cytology Bethesda III.',
      proposedTreatment: 'Right lobectomy.',
      givenBy: 'Endocrine surgeon',
    },
    facts: {
      onset: '2026-03-15',
      symptoms: 'A lump noticed in the neck; no difficulty swallowing, no change in voice.',
      weightKg: 65,
      heightCm: 168,
      smoker: false,
      allergies: 'Iodinated contrast (rash)',
      currentTreatments: 'None',
      pastHistory: 'None',
      activity: active,
    },
    questions: [
      'Should the fine-needle aspiration be repeated before surgery?',
      'Would molecular testing of the nodule help avoid surgery?',
      'Will I need thyroid hormone after a lobectomy?',
    ],
    attachments: [
      {
        kind: 'report',
        name: 'Thyroid ultrasound report.pdf',
        report: {
          title: 'Thyroid ultrasound',
          subtitle: 'Imaging centre — 2 July 2026',
          paragraphs: [
            'Right lobe: solid hypoechoic nodule, 22 x 15 x 14 mm, regular margins, no microcalcification. EU-TIRADS 4.',
            'Left lobe: two spongiform nodules under 8 mm, EU-TIRADS 2.',
            'No suspicious cervical lymph node.',
          ],
        },
      },
      { kind: 'photo', name: 'Neck photo.png' },
    ],
  },
];
