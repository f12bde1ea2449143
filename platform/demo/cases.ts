// The demo cases: realistic second-opinion requests across the disease families of the cohort,
// in French and English. Content is invented; any resemblance to a real patient is coincidental.
import type { ReportSpec } from './pdf';
import type { QuestionnaireFacts } from './questionnaire';

export type AttachmentSpec =
  | { kind: 'ct'; slices: number }
  /** Last year's CT of the same patient: other slice positions, the lesion smaller. */
  | { kind: 'ct-prior'; slices: number }
  | { kind: 'mr'; slices: number }
  /** A brain MR: a sagittal localizer and four axial sequences of one frame of reference. */
  | { kind: 'mr-brain' }
  | { kind: 'xray' }
  | { kind: 'report'; name: string; report: ReportSpec }
  | { kind: 'scan'; name: string; title: string; pages: number }
  | { kind: 'photo'; name: string }
  /** A multi-frame coronary angiography run. */
  | { kind: 'xa-cine'; frames: number }
  | { kind: 'ecg' }
  /** A report as a DICOM encapsulated PDF. */
  | { kind: 'dicom-pdf'; report: ReportSpec }
  | { kind: 'dicom-sr' }
  /** The imaging centre's CD (DICOMDIR and a lumbar spine MR), zipped by the patient. */
  | { kind: 'cd-archive'; name: string; slices: number };

export interface DemoCase {
  reference: string;
  language: 'fr' | 'en';
  family: string;
  disease: string;
  status: 'offered' | 'accepted';
  dueInDays: number;
  patient: { age: number; sex: 'female' | 'male'; region: string; employmentCategory: string; gpAware: boolean; gpConsent: boolean };
  firstOpinion: { diagnosis: string; proposedTreatment: string; givenBy: string };
  facts: QuestionnaireFacts;
  questions: string[];
  attachments: AttachmentSpec[];
}

const active = { code: 'active', display: 'Active' };
const actif = { code: 'active', display: 'Actif' };
const sedentaire = { code: 'sedentary', display: 'Sédentaire' };
const sedentary = { code: 'sedentary', display: 'Sedentary' };

const mdt = (title: string, subtitle: string, topic: string, pages: number): ReportSpec => ({
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

export const DEMO_CASES: DemoCase[] = [
  {
    reference: 'SMO-2026-0101',
    language: 'fr',
    family: 'orthopedic',
    disease: 'Lésion méniscale interne du genou droit',
    status: 'accepted',
    dueInDays: 2,
    patient: { age: 46, sex: 'male', region: 'Auvergne-Rhône-Alpes', employmentCategory: 'Cadre', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Fissure horizontale de la corne postérieure du ménisque interne, genou droit, sans lésion ligamentaire.',
      proposedTreatment: 'Méniscectomie partielle sous arthroscopie.',
      givenBy: 'Chirurgien orthopédiste',
    },
    facts: {
      onset: '2026-05-12',
      symptoms: 'Douleur interne du genou droit en montant les escaliers, blocages occasionnels, gonflement après la course à pied.',
      painScore: 5,
      weightKg: 78,
      heightCm: 180,
      smoker: false,
      allergies: null,
      currentTreatments: 'Paracétamol à la demande, kinésithérapie depuis 6 semaines.',
      pastHistory: 'Entorse de cheville gauche en 2015.',
      activity: actif,
      documentRefs: ['Compte rendu IRM genou droit.pdf'],
    },
    questions: [
      'La méniscectomie est-elle vraiment nécessaire ou puis-je poursuivre la rééducation ?',
      'Quel est le risque d’arthrose après une méniscectomie partielle ?',
      'Pourrai-je reprendre la course à pied, et dans quel délai ?',
    ],
    attachments: [
      { kind: 'mr', slices: 24 },
      {
        kind: 'report',
        name: 'Compte rendu IRM genou droit.pdf',
        report: {
          title: 'IRM du genou droit',
          subtitle: 'Centre d’imagerie — 2 septembre 2026',
          pages: 3,
          paragraphs: [
            'Indication : douleurs internes et blocages du genou droit depuis mai 2026.',
            'Technique : séquences sagittales et coronales DP FS, axiales T2, sagittale T1.',
            'Résultats : hypersignal linéaire horizontal de la corne postérieure du ménisque interne atteignant la surface articulaire inférieure. Ménisque externe normal. Ligaments croisés et collatéraux intacts. Cartilage fémoro-tibial interne d’épaisseur conservée. Épanchement articulaire de faible abondance.',
            'Conclusion : fissure horizontale de la corne postérieure du ménisque interne, de grade 3. Pas de lésion ligamentaire.',
          ],
        },
      },
    ],
  },
  {
    reference: 'SMO-2026-0102',
    language: 'fr',
    family: 'gynecological',
    disease: 'Endométriose profonde',
    status: 'offered',
    dueInDays: 5,
    patient: { age: 34, sex: 'female', region: 'Occitanie', employmentCategory: 'Profession intermédiaire', gpAware: true, gpConsent: false },
    firstOpinion: {
      diagnosis: 'Endométriose profonde avec nodule de la cloison recto-vaginale de 28 mm et atteinte rectale.',
      proposedTreatment: 'Résection colorectale segmentaire par cœlioscopie.',
      givenBy: 'Chirurgien gynécologue',
    },
    facts: {
      onset: '2019-03-01',
      symptoms: 'Douleurs pelviennes cycliques intenses, dyspareunie, douleurs à la défécation pendant les règles.',
      painScore: 7,
      weightKg: 61,
      heightCm: 166,
      smoker: false,
      allergies: 'Pénicilline',
      currentTreatments: 'Progestatif en continu depuis 2024, anti-inflammatoires pendant les règles.',
      pastHistory: 'Cœlioscopie diagnostique en 2021.',
      activity: actif,
      documentRefs: ['Courrier de consultation (scanné).pdf'],
    },
    questions: [
      'Existe-t-il une alternative à la résection colorectale, par exemple un shaving ?',
      'Quels sont les risques de stomie et de troubles digestifs après l’opération ?',
      'L’opération améliore-t-elle mes chances de grossesse ?',
      'Faut-il arrêter le traitement hormonal avant l’intervention ?',
    ],
    attachments: [
      { kind: 'scan', name: 'Courrier de consultation (scanné).pdf', title: 'Courrier de consultation', pages: 4 },
      {
        kind: 'report',
        name: 'Compte rendu IRM pelvienne.pdf',
        report: {
          title: 'IRM pelvienne — protocole endométriose',
          subtitle: 'Service de radiologie — 3 août 2026',
          pages: 2,
          paragraphs: [
            'Indication : bilan d’endométriose, douleurs pelviennes chroniques.',
            'Résultats : nodule de la cloison recto-vaginale de 28 x 19 mm, au contact de la paroi antérieure du rectum sur 3 cm, à 9 cm de la marge anale. Endométriome ovarien gauche de 24 mm. Ligaments utéro-sacrés épaissis.',
            'Conclusion : endométriose profonde postérieure avec probable infiltration de la musculeuse rectale.',
          ],
        },
      },
    ],
  },
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
    reference: 'SMO-2026-0107',
    language: 'fr',
    family: 'orthopedic',
    disease: 'Lombalgie chronique sur hernie discale L5-S1',
    status: 'offered',
    dueInDays: 7,
    patient: { age: 39, sex: 'female', region: 'Grand Est', employmentCategory: 'Employée', gpAware: true, gpConsent: true },
    firstOpinion: {
      diagnosis: 'Hernie discale L5-S1 paramédiane gauche avec radiculalgie S1 gauche persistante.',
      proposedTreatment: 'Discectomie L5-S1 par voie postérieure.',
      givenBy: 'Neurochirurgien',
    },
    facts: {
      onset: '2025-11-03',
      symptoms: 'Douleur lombaire irradiant à la fesse et au mollet gauches, aggravée en position assise.',
      painScore: 6,
      weightKg: 70,
      heightCm: 165,
      smoker: false,
      allergies: null,
      currentTreatments: 'Prégabaline 75 mg deux fois par jour, kinésithérapie.',
      pastHistory: 'Aucun.',
      activity: actif,
    },
    questions: ['Une infiltration a-t-elle encore un intérêt avant la chirurgie ?', 'Quel est le risque de récidive après discectomie ?'],
    attachments: [
      { kind: 'cd-archive', name: 'CD IRM lombaire.zip', slices: 15 },
      {
        kind: 'report',
        name: 'IRM lombaire.pdf',
        report: {
          title: 'IRM du rachis lombaire',
          subtitle: 'Imagerie médicale — 5 juillet 2026',
          paragraphs: [
            'Hernie discale L5-S1 paramédiane gauche, exclue, au contact de la racine S1 gauche.',
            'Discopathie L4-L5 sans conflit radiculaire.',
            'Pas de sténose canalaire.',
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
  {
    reference: 'SMO-2026-0109',
    language: 'fr',
    family: 'gynecological',
    disease: 'Fibrome utérin symptomatique',
    status: 'offered',
    dueInDays: 3,
    patient: { age: 45, sex: 'female', region: 'Normandie', employmentCategory: 'Artisane', gpAware: false, gpConsent: false },
    firstOpinion: {
      diagnosis: 'Fibrome interstitiel de 7 cm de la paroi postérieure, ménorragies avec anémie ferriprive.',
      proposedTreatment: 'Hystérectomie totale par cœlioscopie.',
      givenBy: 'Gynécologue',
    },
    facts: {
      onset: '2024-09-01',
      symptoms: 'Règles très abondantes, fatigue, pesanteur pelvienne.',
      painScore: 3,
      weightKg: 73,
      heightCm: 162,
      smoker: false,
      allergies: null,
      currentTreatments: 'Fer oral, acide tranexamique pendant les règles.',
      pastHistory: 'Deux accouchements par voie basse.',
      activity: actif,
    },
    questions: [
      'Une myomectomie ou une embolisation sont-elles possibles pour garder mon utérus ?',
      'Le fibrome peut-il régresser à la ménopause ?',
      'Faut-il retirer les ovaires ?',
    ],
    attachments: [
      {
        kind: 'report',
        name: 'Échographie pelvienne.pdf',
        report: {
          title: 'Échographie pelvienne',
          subtitle: 'Cabinet de radiologie — 1er juillet 2026',
          paragraphs: ['Utérus augmenté de volume. Fibrome interstitiel postérieur de 70 x 62 mm, FIGO 4.', 'Endomètre fin. Ovaires normaux.'],
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
