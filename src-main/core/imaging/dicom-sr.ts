// A DICOM structured report as readable text: its title and content tree, each item "concept:
// value" (text, codes, numbers with units, dates, names, containers with their children).
// Untrusted input: depth and item count are bounded; anything unreadable is left out, not fatal.
import type { DataSet } from 'dicom-parser';
import type { SrItem } from '../../../contract';
import { CoreError } from '../rpc/core-error';
import { parseDicomFile } from './dicom-parse';

const MAX_DEPTH = 12;
const MAX_ITEMS = 5000;

/** The code meaning of the first item of a code sequence ("Finding", "mm"). */
function codeMeaning(ds: DataSet, tag: string): string {
  const item = ds.elements[tag]?.items?.[0]?.dataSet;
  return item?.string('x00080104') ?? item?.string('x00080100') ?? '';
}

/** UCUM codes as a reader writes them (PS3.16 uses UCUM for measurement units). */
const UCUM_SYMBOLS: Record<string, string> = {
  "[hnsf'U]": 'HU',
  deg: '°',
  mm2: 'mm²',
  cm2: 'cm²',
  mm3: 'mm³',
  cm3: 'cm³',
  um: 'µm',
  'ml/s': 'mL/s',
  ml: 'mL',
};

/** A measured value's unit as a symbol ("mm", "°", "HU"), not its code's long name; "" for none. */
function unitOf(measured: DataSet): string {
  const code = measured.elements.x004008ea?.items?.[0]?.dataSet;
  if (!code) return '';
  const value = code.string('x00080100') ?? '';
  const meaning = code.string('x00080104') ?? '';
  if (!(code.string('x00080102') ?? '').startsWith('UCUM')) return meaning || value;
  // "1" is UCUM's "no unit"; its meaning may still name one (pixels).
  if (value === '1') return meaning === 'no units' ? '' : meaning;
  return UCUM_SYMBOLS[value] ?? value;
}

function valueOf(ds: DataSet): string {
  switch (ds.string('x0040a040')) {
    case 'TEXT':
      return ds.text('x0040a160') ?? '';
    case 'CODE':
      return codeMeaning(ds, 'x0040a168');
    case 'NUM': {
      const measured = ds.elements.x0040a300?.items?.[0]?.dataSet;
      if (!measured) return '';
      return [measured.string('x0040a30a'), unitOf(measured)].filter(Boolean).join(' ');
    }
    case 'DATE':
      return ds.string('x0040a121') ?? '';
    case 'TIME':
      return ds.string('x0040a122') ?? '';
    case 'DATETIME':
      return ds.string('x0040a120') ?? '';
    case 'PNAME':
      return (ds.string('x0040a123') ?? '').replaceAll('^', ' ').trim();
    case 'UIDREF':
      return ds.string('x0040a124') ?? '';
    default:
      return '';
  }
}

export function readStructuredReport(bytes: Uint8Array): { title: string; items: SrItem[] } {
  let ds: DataSet;
  try {
    ds = parseDicomFile(bytes);
  } catch (error) {
    if (error instanceof CoreError) throw error; // a limit, already named
    throw new CoreError('UNSUPPORTED_DICOM', 'This structured report could not be read.');
  }
  let count = 0;
  const walk = (parent: DataSet, depth: number): SrItem[] => {
    const items = parent.elements.x0040a730?.items ?? [];
    if (depth > MAX_DEPTH) return [];
    const out: SrItem[] = [];
    for (const item of items) {
      if (++count > MAX_ITEMS || !item.dataSet) break;
      out.push({ concept: codeMeaning(item.dataSet, 'x0040a043'), value: valueOf(item.dataSet), children: walk(item.dataSet, depth + 1) });
    }
    return out;
  };
  return { title: codeMeaning(ds, 'x0040a043') || (ds.string('x0008103e') ?? ''), items: walk(ds, 0) };
}
