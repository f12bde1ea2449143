// The demo's cancer cases (SMO-2026-0106, SMO-2026-0108).
import type { ReportSpec } from '../pdf';
import { type DemoCase, active, sedentary } from './demo-case';

/** A tumour board's record: a long report (pages of sections) on the given topic. */
export const mdt = (title: string, subtitle: string, topic: string, pages: number): ReportSpec => ({
  title,
  subtitle,
  pages,
  paragraphs: [
    `${topic} The case was presented with the complete imaging and pathology available at the date of the meeting.`,
    'Participants: medical oncology, radiation oncology, surgery, radiology, pathology, nuclear medicine, specialist nurse.',
    'Discussion: the findings were reviewed slice by slice. The options considered were surgery first, neoadjuvant systemic therapy, and surveillance. The patient preferences recorded at the previous consultation were taken into account, as were comorbidities and the expected functional outcome.',
    'Recommendation: the proposal is recorded below with the level of agreement of the participants and the elements that would change it. A new presentation is planned if new information becomes available.',
  ],
});

export const CANCER_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0106',
    language: 'en',
    family: 'cancer',
    disease: 'Solitary pulmonary nodule, suspected early lung cancer',
    status: 'accepted',
    dueInDays: 3,
    patient: { age: 67, sex: 'female', region: 'Bretagne', employmentCategory: 'Retired', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Solid 30 mm nodule of the right lower lobe, suspicious for primary lung adenocarcinoma, no nodal or distant spread on CT.',
      proposedTreatment: 'Right lower lobectomy with lymph node dissection, without preoperative biopsy.',
      givenBy: 'Thoracic surgeon',
    },
    facts: {
      onset: '2026-07-01',
      symptoms: 'Persistent cough for two months; the nodule was found on a chest CT.',
      weightKg: 58,
      heightCm: 160,
      smoker: true,
      allergies: null,
      currentTreatments: 'Tiotropium inhaler.',
      pastHistory: 'Former smoker (35 pack-years, stopped 2018), COPD GOLD 2.',
      activity: sedentary,
      documentRefs: ['CT report.pdf'],
    },
    questions: [
      'Should the nodule be biopsied before surgery?',
      'Is a segmentectomy possible instead of a lobectomy given my COPD?',
      'Is stereotactic radiotherapy an alternative?',
    ],
    attachments: [
      { kind: 'ct', slices: 220 },
      { kind: 'ct-prior', slices: 52 },
      { kind: 'xray' },
      { kind: 'dicom-sr' },
      {
        kind: 'dicom-pdf',
        report: {
          title: 'CT chest — radiologist’s report',
          subtitle: 'Radiology — 15 September 2026',
          paragraphs: [
            'Delivered by the imaging centre as a DICOM file (encapsulated PDF).',
            'Conclusion: 30 mm suspicious right lower lobe nodule, T1c N0 on CT. PET-CT recommended.',
          ],
        },
      },
      {
        kind: 'report',
        name: 'CT report.pdf',
        report: {
          title: 'CT chest, abdomen and pelvis',
          subtitle: 'Radiology — 15 September 2026',
          pages: 2,
          paragraphs: [
            'Technique: helical acquisition, 1.25 mm slices, portal venous phase.',
            'Findings: solid nodule of the right lower lobe, 30 mm, spiculated margins. No mediastinal or hilar lymph node over 10 mm short axis. Centrilobular emphysema. Liver, adrenals and bones unremarkable.',
            'Conclusion: 30 mm suspicious right lower lobe nodule, T1c N0 on CT. PET-CT recommended.',
          ],
        },
      },
    ],
  },
  {
    reference: 'SMO-2026-0108',
    language: 'en',
    family: 'cancer',
    disease: 'Early breast cancer (cT1N0, HR+ HER2-)',
    status: 'accepted',
    dueInDays: 2,
    patient: { age: 52, sex: 'female', region: 'Provence-Alpes-Côte d’Azur', employmentCategory: 'Manager', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Invasive ductal carcinoma of the left breast, 16 mm, grade 2, ER 90 %, PR 60 %, HER2 negative, Ki-67 18 %, cN0.',
      proposedTreatment: 'Lumpectomy with sentinel node biopsy, then radiotherapy and adjuvant chemotherapy followed by endocrine therapy.',
      givenBy: 'Multidisciplinary tumour board',
    },
    facts: {
      onset: '2026-06-02',
      symptoms: 'No symptoms; found on screening mammography.',
      weightKg: 67,
      heightCm: 163,
      smoker: false,
      allergies: null,
      currentTreatments: 'None',
      pastHistory: 'None',
      activity: active,
    },
    questions: [
      'Is chemotherapy really needed, or could a genomic test help decide?',
      'Could I have partial-breast or shorter radiotherapy?',
      'How long would endocrine therapy last?',
      'What is the risk for my daughters?',
    ],
    attachments: [
      {
        kind: 'report',
        name: 'Tumour board record.pdf',
        report: mdt(
          'Multidisciplinary tumour board record',
          'Breast cancer unit — 10 September 2026',
          'Early breast cancer, left breast, screening-detected.',
          20,
        ),
      },
      {
        kind: 'report',
        name: 'Core biopsy pathology.pdf',
        report: {
          title: 'Core biopsy — left breast',
          subtitle: 'Pathology — 20 June 2026',
          paragraphs: ['Invasive carcinoma of no special type, grade 2 (3+2+2).', 'ER 90 %, PR 60 %, HER2 score 1+, Ki-67 18 %.'],
        },
      },
    ],
  },
];
