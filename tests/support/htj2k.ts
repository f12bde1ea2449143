// HTJ2K codestreams for test fixtures, written by OpenJPH's encoder (the codec the viewer decodes
// with, in @cornerstonejs/codec-openjph; no Debian tool writes HTJ2K): the only owner of that
// encoder for the conformance matrix, the syntax test and the benchmark.
import { createRequire } from 'node:module';

interface Htj2kEncoder {
  getDecodedBuffer(info: object): Uint8Array;
  encode(): void;
  getEncodedBuffer(): Uint8Array;
  delete(): void;
}

export interface Htj2kFrame {
  width: number;
  height: number;
  bitsStored: number;
  components: number;
  signed: boolean;
}

/** A lossless HTJ2K codestream of `raw` (samples interleaved, little endian, 1 or 2 bytes each). */
export async function encodeHtj2k(raw: Uint8Array, frame: Htj2kFrame): Promise<Buffer> {
  const factory = createRequire(import.meta.url)('@cornerstonejs/codec-openjph/wasmjs') as (o?: object) => Promise<{ HTJ2KEncoder: new () => Htj2kEncoder }>;
  const codec = await factory();
  const encoder = new codec.HTJ2KEncoder();
  try {
    encoder
      .getDecodedBuffer({
        width: frame.width,
        height: frame.height,
        bitsPerSample: frame.bitsStored,
        componentCount: frame.components,
        isSigned: frame.signed,
        isUsingColorTransform: false,
      })
      .set(raw);
    encoder.encode();
    return Buffer.from(encoder.getEncodedBuffer());
  } finally {
    encoder.delete();
  }
}
