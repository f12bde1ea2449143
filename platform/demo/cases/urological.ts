// The demo's urology cases (SMO-2026-0103, SMO-2026-0110).
import { type DemoCase, active, sedentaire } from './demo-case';

export const UROLOGICAL_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0103',
    language: 'en',
    family: 'urological',
    disease: 'Localised prostate cancer (Gleason 3+4)',
    status: 'offered',
    dueInDays: 6,
    patient: { age: 63, sex: 'male', region: 'Île-de-France', employmentCategory: 'Retired', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Intermediate-risk localised prostate adenocarcinoma, Gleason 3+4 (ISUP 2), PSA 7.8 ng/mL, cT2a.',
      proposedTreatment: 'Robot-assisted radical prostatectomy.',
      givenBy: 'Urologist',
    },
    facts: {
      onset: '2026-04-20',
      symptoms: 'No symptoms; raised PSA found at a routine check-up.',
      weightKg: 84,
      heightCm: 176,
      smoker: true,
      allergies: null,
      currentTreatments: 'Amlodipine 5 mg for blood pressure.',
      pastHistory: 'Hypertension; appendectomy at 19.',
      activity: active,
    },
    questions: [
      'Is active surveillance a safe option for me?',
      'How does radiotherapy compare with surgery for continence and erectile function?',
      'Do I need a PSMA PET scan before deciding?',
    ],
    attachments: [
      {
        kind: 'report',
        name: 'Prostate biopsy pathology report.pdf',
        report: {
          title: 'Pathology report — prostate biopsies',
          subtitle: 'Department of Pathology — 12 June 2026',
          pages: 2,
          paragraphs: [
            'Specimen: 12 systematic and 3 targeted cores (MRI lesion, left peripheral zone).',
            'Findings: acinar adenocarcinoma in 4 of 15 cores, Gleason 3+4=7 (ISUP grade group 2), pattern 4 estimated at 15 %. Maximum core involvement 6 mm. No perineural invasion.',
            'Conclusion: prostate adenocarcinoma, ISUP grade group 2.',
          ],
        },
      },
      {
        kind: 'report',
        name: 'Prostate MRI report.pdf',
        report: {
          title: 'Multiparametric prostate MRI',
          subtitle: 'Radiology — 28 May 2026',
          paragraphs: [
            'Prostate volume 42 mL. PSA density 0.19.',
            'Left peripheral zone, mid-gland: 11 mm lesion, PI-RADS 4, no extraprostatic extension, seminal vesicles free.',
            'No suspicious lymph node.',
          ],
        },
      },
    ],
  },
  {
    reference: 'SMO-2026-0110',
    language: 'fr',
    family: 'urological',
    disease: 'Adénome de la prostate (hypertrophie bénigne)',
    status: 'accepted',
    dueInDays: 4,
    patient: { age: 71, sex: 'male', region: 'Pays de la Loire', employmentCategory: 'Retraité', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Hypertrophie bénigne de la prostate de 85 mL avec symptômes du bas appareil urinaire sévères (IPSS 24) malgré le traitement médical.',
      proposedTreatment: 'Adénomectomie par voie haute.',
      givenBy: 'Urologue',
    },
    facts: {
      onset: '2023-01-01',
      symptoms: 'Levers nocturnes (4 par nuit), jet faible, sensation de vidange incomplète.',
      weightKg: 80,
      heightCm: 172,
      smoker: false,
      allergies: null,
      currentTreatments: 'Tamsulosine 0,4 mg, dutastéride 0,5 mg.',
      pastHistory: 'Fibrillation auriculaire sous anticoagulant.',
      activity: sedentaire,
    },
    questions: ['Une énucléation au laser serait-elle préférable compte tenu de mon anticoagulant ?', 'Quels sont les risques d’incontinence ?'],
    attachments: [
      {
        kind: 'report',
        name: 'Bilan urologique.pdf',
        report: {
          title: 'Bilan urodynamique et échographie',
          subtitle: 'Service d’urologie — 20 août 2026',
          paragraphs: ['Débit maximal 7 mL/s, résidu post-mictionnel 180 mL.', 'Prostate de 85 mL avec lobe médian.'],
        },
      },
    ],
  },
];
