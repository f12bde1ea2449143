// A DICOMDIR (PS3.10 media directory, the index file of a CD or DVD of images): the files its
// records point at, as archive paths. A file named there is DICOM even without the `.dcm`
// extension or the preamble that sniffing would look for; a file named there but absent means
// the set was copied incompletely.
import { parseDicomFile } from './dicom-parse';

/** The directory's referenced file ids ("DICOM\\IM0001"), upper-cased `/` paths relative to the DICOMDIR's folder. */
export function referencedFiles(dicomdir: Uint8Array): Set<string> {
  const dataSet = parseDicomFile(dicomdir);
  const files = new Set<string>();
  for (const record of dataSet.elements.x00041220?.items ?? []) {
    const id = record.dataSet?.string('x00041500');
    if (id)
      files.add(
        id
          .split('\\')
          .map((part) => part.trim())
          .filter(Boolean)
          .join('/')
          .toUpperCase(),
      );
  }
  return files;
}
