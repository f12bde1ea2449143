// The demo's neurology cases (SMO-2026-0111).
import { type DemoCase, active } from './demo-case';

export const NEUROLOGICAL_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0111',
    language: 'en',
    family: 'neurological',
    disease: 'Drug-resistant focal epilepsy',
    status: 'offered',
    dueInDays: 6,
    patient: { age: 28, sex: 'male', region: 'Occitanie', employmentCategory: 'Student', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Drug-resistant left temporal lobe epilepsy with left hippocampal sclerosis.',
      proposedTreatment: 'Left anterior temporal lobectomy after video-EEG confirmation.',
      givenBy: 'Neurologist (epilepsy centre)',
    },
    facts: {
      onset: '2014-02-01',
      symptoms: 'Focal seizures with impaired awareness, 3 to 5 a month, preceded by a rising epigastric sensation.',
      weightKg: 75,
      heightCm: 182,
      smoker: false,
      allergies: null,
      currentTreatments: 'Lamotrigine 200 mg twice daily, lacosamide 150 mg twice daily.',
      pastHistory: 'Febrile seizures in childhood.',
      activity: active,
    },
    questions: ['What is my chance of becoming seizure-free after surgery?', 'Will surgery affect my memory?', 'Is laser ablation an alternative?'],
    attachments: [
      { kind: 'mr-brain' },
      {
        kind: 'report',
        name: 'Video-EEG report.pdf',
        report: {
          title: 'Video-EEG monitoring',
          subtitle: 'Epilepsy centre — 4 days, August 2026',
          pages: 3,
          paragraphs: ['Five habitual seizures recorded.', 'Ictal onset: left anterior temporal rhythmic theta.', 'Interictal: left temporal spikes.'],
        },
      },
    ],
  },
];
