// dicom-parser as core uses it: one place that loads it (it is CommonJS; Node's ESM loader does
// not see its named exports) and gives it the inflater for deflated files, so that every reader —
// header, tag browser, structured report — reads deflated files too.
import { createRequire } from 'node:module';
import { constants, inflateRawSync } from 'node:zlib';
import type { DataSet } from 'dicom-parser';

const { parseDicom } = createRequire(import.meta.url)('dicom-parser') as typeof import('dicom-parser');

/** Deflated Explicit VR Little Endian: the data set after the file meta group is raw-deflated. */
function inflateDataset(bytes: Uint8Array, position: number): Uint8Array {
  const inflated = inflateRawSync(bytes.subarray(position), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([Buffer.from(bytes.subarray(0, position)), inflated]);
}

/** Parses a Part 10 file, stopping at `untilTag` (its element recorded, its value not read). Throws on bad input. */
export function parseDicomFile(bytes: Uint8Array, untilTag?: string): DataSet {
  return parseDicom(bytes, untilTag ? { untilTag, inflater: inflateDataset } : { inflater: inflateDataset });
}
