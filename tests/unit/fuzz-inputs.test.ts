// Fuzzing what comes from outside, with fixed seeds (repeatable in `npm test`; `npm run fuzz` runs
// many more): a call's input against the contract, a DICOM header, a zip directory. Each input is
// either taken or refused with the error its reader names, never a crash, never a hang.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METHOD_NAMES } from '../../contract';
import { parseCall } from '../../src-preload/parse-call';
import { inputProblem, jsonNestingWithin } from '../../src-preload/input-bounds';
import { readDicomHeader } from '../../src-main/core/imaging/dicom-header';
import { dicomTagTree } from '../../src-main/core/imaging/dicom-tags';
import { CoreError } from '../../src-main/core/rpc/core-error';
import { readZipDirectory, ZipFormatError, type ReadRange } from '../../src-main/core/imaging/zip-directory';
import { ctSeries } from '../../platform/demo/phantoms';
import { writeZip } from '../../platform/demo/zip-writer';
import { FUZZ_TEST_TIMEOUT_MS, fuzzParameters, hostileValue } from '../support/fuzz';

/** A buffer with some bytes replaced, some cut, or some inserted: the damage files arrive with. */
function mutated(base: Buffer): fc.Arbitrary<Buffer> {
  const flips = fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });
  return fc.oneof(
    flips.map((changes) => {
      const copy = Buffer.from(base);
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    }),
    fc.nat({ max: base.length }).map((cut) => base.subarray(0, cut)),
    fc
      .tuple(fc.nat({ max: base.length }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([at, bytes]) => Buffer.concat([base.subarray(0, at), Buffer.from(bytes), base.subarray(at)])),
    // A length field set to something huge, where DICOM lengths sit (after the tag, the VR).
    fc.tuple(fc.nat({ max: base.length - 4 }), fc.constantFrom(0xffffffff, 0x7fffffff, 0xfffffffe, 0x10000)).map(([at, length]) => {
      const copy = Buffer.from(base);
      copy.writeUInt32LE(length, at);
      return copy;
    }),
  );
}

describe('fuzzed call inputs', () => {
  it(
    'are taken or refused by the contract for every call, never thrown on',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...METHOD_NAMES), hostileValue, (method, input) => {
          const parsed = parseCall(method, input);
          if (!parsed.ok) expect(['INVALID_INPUT']).toContain(parsed.error.code);
        }),
        fuzzParameters(600),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'have their shape measured without recursion, and their JSON nesting read without parsing',
    () => {
      fc.assert(
        fc.property(hostileValue, (value) => {
          expect(() => inputProblem(value)).not.toThrow();
          // JSON.stringify itself recurses: the deepest values are checked as values only.
          if (inputProblem(value) === 'too-deep') return;
          const text = JSON.stringify(value);
          expect(jsonNestingWithin(text)).toBe(true);
        }),
        fuzzParameters(300),
      );
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => void jsonNestingWithin(text)),
        fuzzParameters(300),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe('fuzzed DICOM headers', () => {
  const slice = (ctSeries('fuzz', 1, { id: 'F', name: 'FUZZ^PATIENT' })[0] as { bytes: Buffer }).bytes.subarray(0, 4096);

  it(
    'are read or refused with UNSUPPORTED_DICOM, by the header reader and the tag browser',
    () => {
      fc.assert(
        fc.property(mutated(slice), (bytes) => {
          for (const read of [readDicomHeader, dicomTagTree]) {
            try {
              read(bytes);
            } catch (error) {
              expect(error).toBeInstanceOf(CoreError);
              expect((error as CoreError).code).toBe('UNSUPPORTED_DICOM');
            }
          }
        }),
        fuzzParameters(400),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe('fuzzed zip directories', () => {
  const zip = writeZip([
    { name: 'DICOMDIR', bytes: Buffer.alloc(300, 1) },
    { name: 'DICOM/IM000001', bytes: Buffer.alloc(2000, 2) },
    { name: 'DICOM/IM000002', bytes: Buffer.alloc(1000, 3), store: true },
  ]);

  it(
    'are read or refused with a ZipFormatError, never another exception',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutated(zip), async (bytes) => {
          const read: ReadRange = async (offset, length) => bytes.subarray(offset, offset + length);
          try {
            const entries = await readZipDirectory(read, bytes.length);
            for (const e of entries) expect(e.localHeaderOffset + e.compressedSize).toBeLessThanOrEqual(bytes.length);
          } catch (error) {
            expect(error).toBeInstanceOf(ZipFormatError);
          }
        }),
        fuzzParameters(600),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
