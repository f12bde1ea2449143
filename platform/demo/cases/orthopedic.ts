// The demo's orthopedics cases (SMO-2026-0101, SMO-2026-0107).
import { type DemoCase, actif } from './demo-case';

export const ORTHOPEDIC_CASES: DemoCase[] = [
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
];
