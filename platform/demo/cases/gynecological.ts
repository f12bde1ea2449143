// The demo's gynecology cases (SMO-2026-0102, SMO-2026-0109).
import { type DemoCase, actif } from './demo-case';

export const GYNECOLOGICAL_CASES: DemoCase[] = [
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
];
