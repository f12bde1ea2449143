// Writes a case folder for `npm run platform -- --cases DIR` (format in docs/platform-api.md):
// a case.json and DICOM files of the given sizes, filled with incompressible bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOP_CLASS, writeDicomFile } from '../../platform/demo/dicom-writer';
import { bytes } from './platform';

export function writeCaseFolder(folder: string, reference: string, dicomSizes: number[]): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'case.json'),
    JSON.stringify({
      reference,
      language: 'en',
      diseaseFamily: 'orthopedic',
      disease: 'Large imaging study',
      status: 'accepted',
      patient: { age: 40, sex: 'male', region: 'Bretagne', employmentCategory: 'Employee', gpAware: true, gpConsent: true },
      firstOpinion: { diagnosis: 'Tear', proposedTreatment: 'Surgery' },
      questions: ['Is surgery needed?'],
    }),
  );
  dicomSizes.forEach((size, i) => {
    const pixels = bytes(Math.max(0, size - 1024), 100 + i);
    writeFileSync(join(folder, `IM-${i}.dcm`), writeDicomFile(SOP_CLASS.ct, `1.2.3.${i}`, [{ tag: 0x7fe00010, vr: 'OW', value: pixels }]));
  });
}
