// Builds a FHIR-like QuestionnaireResponse for a demo case from a few facts, in its language.
export interface QuestionnaireFacts {
  onset: string; // YYYY-MM-DD
  symptoms: string;
  painScore?: number;
  weightKg: number;
  heightCm: number;
  smoker: boolean;
  allergies: string | null;
  currentTreatments: string;
  pastHistory: string;
  activity: { code: string; display: string };
  /** linkId → attachment name, resolved to attachment ids when seeded. */
  documentRefs?: string[];
}

const LABELS = {
  fr: {
    history: 'Histoire de la maladie',
    onset: 'Date de début des symptômes',
    symptoms: 'Description des symptômes',
    pain: 'Douleur actuelle (0 à 10)',
    background: 'Antécédents et mode de vie',
    past: 'Antécédents médicaux et chirurgicaux',
    smoker: 'Fumeur ou ancien fumeur',
    activity: "Niveau d'activité",
    measures: 'Mesures',
    weight: 'Poids',
    height: 'Taille',
    treatments: 'Traitements',
    current: 'Traitements en cours',
    allergies: 'Allergies connues',
    none: 'Aucune',
    documents: 'Documents joints',
    document: 'Document',
  },
  en: {
    history: 'History of the condition',
    onset: 'When did the symptoms start',
    symptoms: 'Describe your symptoms',
    pain: 'Current pain (0 to 10)',
    background: 'Background and lifestyle',
    past: 'Past medical and surgical history',
    smoker: 'Current or former smoker',
    activity: 'Activity level',
    measures: 'Measurements',
    weight: 'Weight',
    height: 'Height',
    treatments: 'Treatments',
    current: 'Current treatments',
    allergies: 'Known allergies',
    none: 'None',
    documents: 'Attached documents',
    document: 'Document',
  },
} as const;

export function questionnaireResponse(language: 'fr' | 'en', facts: QuestionnaireFacts, authored: string, docIds: Map<string, string>) {
  const l = LABELS[language];
  const history = [
    { linkId: 'history.onset', text: l.onset, answer: [{ valueDate: facts.onset }] },
    { linkId: 'history.symptoms', text: l.symptoms, answer: [{ valueString: facts.symptoms }] },
    ...(facts.painScore === undefined ? [] : [{ linkId: 'history.pain', text: l.pain, answer: [{ valueInteger: facts.painScore }] }]),
  ];
  const documents = (facts.documentRefs ?? [])
    .filter((name) => docIds.has(name))
    .map((name, i) => ({
      linkId: `documents.${i + 1}`,
      text: l.document,
      answer: [{ valueReference: { reference: `Attachment/${docIds.get(name)}`, display: name } }],
    }));
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    authored,
    item: [
      { linkId: 'history', text: l.history, item: history },
      {
        linkId: 'background',
        text: l.background,
        item: [
          { linkId: 'background.past', text: l.past, answer: [{ valueString: facts.pastHistory }] },
          { linkId: 'background.smoker', text: l.smoker, answer: [{ valueBoolean: facts.smoker }] },
          { linkId: 'background.activity', text: l.activity, answer: [{ valueCoding: facts.activity }] },
        ],
      },
      {
        linkId: 'measures',
        text: l.measures,
        item: [
          { linkId: 'measures.weight', text: l.weight, answer: [{ valueQuantity: { value: facts.weightKg, unit: 'kg' } }] },
          { linkId: 'measures.height', text: l.height, answer: [{ valueQuantity: { value: facts.heightCm, unit: 'cm' } }] },
        ],
      },
      {
        linkId: 'treatments',
        text: l.treatments,
        item: [
          { linkId: 'treatments.current', text: l.current, answer: [{ valueString: facts.currentTreatments }] },
          { linkId: 'treatments.allergies', text: l.allergies, answer: [{ valueString: facts.allergies ?? l.none }] },
        ],
      },
      ...(documents.length > 0 ? [{ linkId: 'documents', text: l.documents, item: documents }] : []),
    ],
  };
}
