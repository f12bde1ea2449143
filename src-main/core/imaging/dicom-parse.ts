// dicom-parser as core uses it: one place that loads it (it is CommonJS; Node's ESM loader does
// not see its named exports), gives it the inflater for deflated files, and holds untrusted files
// to limits (size, inflated size, element length, sequence nesting), so that every reader —
// header, tag browser, structured report — is protected the same way. Parsing runs in core's own
// process, never in the Electron main process: a file that takes long blocks no window.
import { createRequire } from 'node:module';
import { constants, inflateRawSync } from 'node:zlib';
import type { DataSet } from 'dicom-parser';
import { CoreError } from '../rpc/core-error';

const { parseDicom } = createRequire(import.meta.url)('dicom-parser') as typeof import('dicom-parser');

export interface DicomLimits {
  /** The whole file. */
  maxFileBytes: number;
  /** A deflated data set once inflated (a small file must not inflate to gigabytes). */
  maxInflatedBytes: number;
  /** One element's value. */
  maxElementBytes: number;
  /** Sequences inside sequences. */
  maxNesting: number;
}

export const DICOM_LIMITS: DicomLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxInflatedBytes: 1024 ** 3,
  maxElementBytes: 1024 ** 3,
  maxNesting: 32,
};

/** A file outside the limits: refused with a sentence that names the limit. */
function refuse(message: string): never {
  throw new CoreError('UNSUPPORTED_DICOM', message);
}

/** Parses a Part 10 file, stopping at `untilTag` (its element recorded, its value not read). Throws on bad input. */
export function parseDicomFile(
  bytes: Uint8Array,
  untilTag?: string,
  limits: DicomLimits = DICOM_LIMITS,
  /** The VR of each element in an implicit-VR file (a data dictionary); without it, elements there have none. */
  vrCallback?: (tag: string) => string | undefined,
): DataSet {
  if (bytes.length > limits.maxFileBytes) refuse(`This DICOM file is larger than ${limits.maxFileBytes / 1024 ** 2} MiB, the most the workstation reads.`);
  const inflater = (data: Uint8Array, position: number): Uint8Array => {
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data.subarray(position), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: limits.maxInflatedBytes });
    } catch (error) {
      if (error instanceof RangeError) refuse('This deflated DICOM file inflates beyond the size the workstation reads.');
      throw error;
    }
    return Buffer.concat([Buffer.from(data.subarray(0, position)), inflated]);
  };
  const ds = parseDicom(bytes, { inflater, ...(untilTag ? { untilTag } : {}), ...(vrCallback ? { vrCallback } : {}) });
  checkElements(ds, limits, 0);
  return ds;
}

function checkElements(ds: DataSet, limits: DicomLimits, depth: number): void {
  if (depth > limits.maxNesting) refuse(`This DICOM file nests sequences more than ${limits.maxNesting} deep.`);
  for (const element of Object.values(ds.elements)) {
    // An undefined length (encapsulated pixel data, sequences) is 0xFFFFFFFF: measured by its items.
    if (element.length > limits.maxElementBytes && !element.hadUndefinedLength) refuse('This DICOM file has an element longer than the workstation reads.');
    for (const item of element.items ?? []) if (item.dataSet) checkElements(item.dataSet, limits, depth + 1);
  }
}
