// The document list groups a DICOM series (hundreds of files in one folder) into one entry; other
// documents stand alone.
import type { CaseDocument } from '../../../../contract';

export interface DocumentEntry {
  /** The id a tab opens: the document, or a series' first image. */
  id: string;
  name: string;
  kind: CaseDocument['kind'];
  documents: CaseDocument[];
}

export function groupDocuments(documents: CaseDocument[]): DocumentEntry[] {
  const series = new Map<string, CaseDocument[]>();
  const entries: DocumentEntry[] = [];
  for (const doc of documents) {
    const folder = doc.kind === 'dicom' && doc.name.includes('/') ? doc.name.slice(0, doc.name.lastIndexOf('/')) : null;
    if (folder === null) {
      entries.push({ id: doc.id, name: doc.name, kind: doc.kind, documents: [doc] });
      continue;
    }
    const list = series.get(folder) ?? [];
    if (list.length === 0) series.set(folder, list);
    list.push(doc);
  }
  for (const [folder, list] of series) entries.push({ id: (list[0] as CaseDocument).id, name: folder, kind: 'dicom', documents: list });
  return entries;
}

export function entryState(entry: DocumentEntry): CaseDocument['downloadState'] {
  const states = entry.documents.map((d) => d.downloadState);
  if (states.includes('corrupt')) return 'corrupt';
  if (states.every((s) => s === 'available')) return 'available';
  return states.some((s) => s === 'downloading' || s === 'available') ? 'downloading' : 'pending';
}
