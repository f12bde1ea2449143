// The demo cases: realistic second-opinion requests across the disease families of the cohort,
// in French and English, one file per family. Content is invented; any resemblance to a real
// patient is coincidental. Listed in reference order (the inbox and the tests rely on it).
import { ORTHOPEDIC_CASES } from './orthopedic';
import { GYNECOLOGICAL_CASES } from './gynecological';
import { UROLOGICAL_CASES } from './urological';
import { CARDIOVASCULAR_CASES } from './cardiovascular';
import { ENDOCRINE_CASES } from './endocrine';
import { CANCER_CASES } from './cancer';
import { NEUROLOGICAL_CASES } from './neurological';
import { DIGESTIVE_CASES } from './digestive';
import { OTHER_CASES } from './other';
import type { DemoCase } from './demo-case';

export type { AttachmentSpec, DemoCase } from './demo-case';

export const DEMO_CASES: DemoCase[] = [
  ...ORTHOPEDIC_CASES,
  ...GYNECOLOGICAL_CASES,
  ...UROLOGICAL_CASES,
  ...CARDIOVASCULAR_CASES,
  ...ENDOCRINE_CASES,
  ...CANCER_CASES,
  ...NEUROLOGICAL_CASES,
  ...DIGESTIVE_CASES,
  ...OTHER_CASES,
].sort((a, b) => a.reference.localeCompare(b.reference));
