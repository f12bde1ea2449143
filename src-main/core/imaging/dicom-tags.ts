// The DICOM tag browser's data: every element of a file's header as a tree (sequences nested, to a
// bounded depth), values as text decoded by their VR (the file's, or the dictionary's in an
// implicit-VR file), binary values summarised. Read from the vault, in core.
import type { DataSet, Element } from 'dicom-parser';
import type { DicomTag } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import { CoreError } from '../rpc/core-error';
import { attributeOf, dictionaryVr } from './dicom-dictionary';
import { HEADER_BYTES, readAttachmentStart } from './attachment-start';
import { parseDicomFile } from './dicom-parse';
import { offThread } from '../work/off-thread';

const MAX_DEPTH = 8;
const MAX_VALUE = 256;
const NUMERIC: Record<string, (ds: DataSet, tag: string, i: number) => number | undefined> = {
  US: (ds, t, i) => ds.uint16(t, i),
  SS: (ds, t, i) => ds.int16(t, i),
  UL: (ds, t, i) => ds.uint32(t, i),
  SL: (ds, t, i) => ds.int32(t, i),
  FL: (ds, t, i) => ds.float(t, i),
  FD: (ds, t, i) => ds.double(t, i),
};
const NUMERIC_SIZE: Record<string, number> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };

function valueOf(ds: DataSet, element: Element): string {
  const vr = element.vr ?? '';
  if (vr in NUMERIC) {
    const count = Math.min(16, Math.floor(element.length / (NUMERIC_SIZE[vr] ?? 1)));
    return Array.from({ length: count }, (_, i) => NUMERIC[vr]?.(ds, element.tag, i)).join('\\');
  }
  if (['OB', 'OW', 'OF', 'OD', 'UN'].includes(vr) || element.tag === 'x7fe00010') return `[${element.length} bytes]`;
  const text = ds.string(element.tag) ?? '';
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

function tree(ds: DataSet, depth: number): DicomTag[] {
  return Object.values(ds.elements)
    .sort((a, b) => a.tag.localeCompare(b.tag))
    .map((element) => {
      const hex = element.tag.slice(1);
      const tag = `(${hex.slice(0, 4)},${hex.slice(4)})`.toUpperCase();
      const name = attributeOf(hex)?.name ?? (Number.parseInt(hex.slice(0, 4), 16) % 2 === 1 ? 'Private' : '');
      if (element.items) {
        return {
          tag,
          vr: 'SQ',
          name,
          value: `${element.items.length} item(s)`,
          items: depth >= MAX_DEPTH ? [] : element.items.map((item) => (item.dataSet ? tree(item.dataSet, depth + 1) : [])),
        };
      }
      return { tag, vr: element.vr ?? '', name, value: valueOf(ds, element), items: null };
    });
}

/** The header of a DICOM file (its first bytes are enough) as a tree of elements. */
export function dicomTagTree(bytes: Uint8Array): DicomTag[] {
  try {
    return tree(parseDicomFile(bytes, 'x7fe00010', undefined, dictionaryVr), 0);
  } catch (error) {
    if (error instanceof CoreError) throw error; // a limit, already named
    throw new CoreError('UNSUPPORTED_DICOM', 'This file is not a readable DICOM file.');
  }
}

export async function readDicomTags(cache: CaseCache, attachmentId: string): Promise<DicomTag[]> {
  return offThread('dicom.tags', await readAttachmentStart(cache, attachmentId, HEADER_BYTES));
}
