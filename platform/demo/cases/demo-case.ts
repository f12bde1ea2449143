// What a demo case is made of (the platform's case, its questionnaire facts and the files the
// patient uploads), and the answers several families' cases share.
import type { ReportSpec } from '../pdf';
import type { QuestionnaireFacts } from '../questionnaire';

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

/** The questionnaire's physical activity answers, in each language. */
export const active = { code: 'active', display: 'Active' };
export const actif = { code: 'active', display: 'Actif' };
export const sedentaire = { code: 'sedentary', display: 'Sédentaire' };
export const sedentary = { code: 'sedentary', display: 'Sedentary' };
