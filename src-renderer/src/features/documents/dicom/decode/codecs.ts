// Compressed frames through the current @cornerstonejs codecs (WebAssembly, compiled without any
// string eval), JPEG lossless through the cornerstone team's decoder, and 12-bit JPEG through the
// 12-bit baseline decoder they maintain in their image loader. A decoder instance serves one
// frame and is deleted after it: no state of one file can reach the next (a damaged JPEG 2000 once
// showed the image decoded before it). The decoded size is checked against the image's: a codec
// that returned less, or a leftover buffer, is a damaged frame, never a picture.
import openJpegFactory from '@cornerstonejs/codec-openjpeg/decodewasmjs';
import openJpegWasm from '@cornerstonejs/codec-openjpeg/decodewasm?url';
import openJphFactory from '@cornerstonejs/codec-openjph/wasmjs';
import openJphWasm from '@cornerstonejs/codec-openjph/wasm?url';
import charlsFactory from '@cornerstonejs/codec-charls/decodewasmjs';
import charlsWasm from '@cornerstonejs/codec-charls/decodewasm?url';
import turboFactory from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs';
import turboWasm from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm?url';
import jxlFactory from '@cornerstonejs/codec-libjxl/decodewasmjs';
import jxlWasm from '@cornerstonejs/codec-libjxl/decodewasm?url';
import { Decoder as JpegLosslessDecoder } from '@cornerstonejs/jpeg-lossless-decoder-js';
import JpegImage from 'jpeg-baseline-12bit';
import type { FrameInfo } from './frame-info';
import { DecodeFailure } from './decode-failure';
import { typed, type Samples } from './native';

const modules = new Map<string, Promise<CodecModule>>();

function codec(name: string, factory: CodecFactory, wasm: string): Promise<CodecModule> {
  let module = modules.get(name);
  if (!module) {
    module = factory({ locateFile: (path) => (path.endsWith('.wasm') ? wasm : path) });
    modules.set(name, module);
  }
  return module;
}

/** One frame through one fresh decoder of `className`; the samples, checked against the image. */
async function throughWasm(module: Promise<CodecModule>, className: string, frame: Uint8Array, info: FrameInfo): Promise<Samples> {
  const Decoder = (await module)[className];
  if (!Decoder) throw new DecodeFailure('unsupported-syntax');
  const decoder = new Decoder();
  try {
    decoder.getEncodedBuffer(frame.length).set(frame);
    decoder.decode();
    const found = decoder.getFrameInfo();
    if (found.width !== info.columns || found.height !== info.rows) throw new DecodeFailure('damaged');
    const width = found.bitsPerSample <= 8 ? 1 : 2;
    const decoded = decoder.getDecodedBuffer();
    if (decoded.length !== info.rows * info.columns * found.componentCount * width) throw new DecodeFailure('damaged');
    // Copied out of the codec's memory before the decoder is deleted.
    return typed(decoded.slice().buffer, width, { signed: found.isSigned ?? info.signed, float: false });
  } catch (error) {
    throw error instanceof DecodeFailure ? error : new DecodeFailure('damaged');
  } finally {
    decoder.delete();
  }
}

const J2K = new Set(['1.2.840.10008.1.2.4.90', '1.2.840.10008.1.2.4.91', '1.2.840.10008.1.2.4.92', '1.2.840.10008.1.2.4.93']);
/** HTJ2K: the three final identifiers, and the pre-standard one some exports still carry. */
const HTJ2K = new Set(['1.2.840.10008.1.2.4.201', '1.2.840.10008.1.2.4.202', '1.2.840.10008.1.2.4.203', '3.2.840.10008.1.2.4.96']);
const JPEG_LS = new Set(['1.2.840.10008.1.2.4.80', '1.2.840.10008.1.2.4.81']);
const JPEG_LOSSLESS = new Set(['1.2.840.10008.1.2.4.57', '1.2.840.10008.1.2.4.70']);
const JPEG_LOSSY = new Set(['1.2.840.10008.1.2.4.50', '1.2.840.10008.1.2.4.51']);
const JPEG_XL = new Set(['1.2.840.10008.1.2.4.110', '1.2.840.10008.1.2.4.111', '1.2.840.10008.1.2.4.112']);

export function isCompressedSyntax(uid: string): boolean {
  return J2K.has(uid) || HTJ2K.has(uid) || JPEG_LS.has(uid) || JPEG_LOSSLESS.has(uid) || JPEG_LOSSY.has(uid) || JPEG_XL.has(uid);
}

/** A compressed frame's samples (interleaved, as each codec outputs colour). */
export async function decodeCompressed(frame: Uint8Array, info: FrameInfo): Promise<Samples> {
  const uid = info.transferSyntax;
  if (J2K.has(uid)) return throughWasm(codec('openjpeg', openJpegFactory, openJpegWasm), 'J2KDecoder', frame, info);
  if (HTJ2K.has(uid)) return throughWasm(codec('openjph', openJphFactory, openJphWasm), 'HTJ2KDecoder', frame, info);
  if (JPEG_LS.has(uid)) return throughWasm(codec('charls', charlsFactory, charlsWasm), 'JpegLSDecoder', frame, info);
  if (JPEG_XL.has(uid)) return throughWasm(codec('jxl', jxlFactory, jxlWasm), 'JpegXLDecoder', frame, info);
  if (JPEG_LOSSLESS.has(uid)) return jpegLossless(frame, info);
  if (JPEG_LOSSY.has(uid)) {
    return info.bitsStored > 8 ? jpeg12(frame, info) : throughWasm(codec('libjpeg-turbo', turboFactory, turboWasm), 'JPEGDecoder', frame, info);
  }
  throw new DecodeFailure('unsupported-syntax');
}

function jpegLossless(frame: Uint8Array, info: FrameInfo): Samples {
  const width = info.bitsAllocated <= 8 ? 1 : 2;
  let decoded: Uint8Array | Uint16Array;
  try {
    const copy = frame.slice();
    decoded = new JpegLosslessDecoder().decode(copy.buffer, 0, copy.length, width);
  } catch {
    throw new DecodeFailure('damaged');
  }
  if (decoded.length !== info.rows * info.columns * info.samplesPerPixel) throw new DecodeFailure('damaged');
  return typed(decoded.slice().buffer, width, info);
}

function jpeg12(frame: Uint8Array, info: FrameInfo): Samples {
  const jpeg = new JpegImage();
  try {
    jpeg.parse(frame);
    // Colour comes out as RGB, like libjpeg-turbo's (the pipeline treats lossy JPEG output as RGB).
    jpeg.colorTransform = true;
    const data = info.bitsAllocated <= 8 ? jpeg.getData(info.columns, info.rows) : jpeg.getData16(info.columns, info.rows);
    if (data.length !== info.rows * info.columns * info.samplesPerPixel) throw new DecodeFailure('damaged');
    return typed(data.slice().buffer, data.BYTES_PER_ELEMENT, info);
  } catch (error) {
    throw error instanceof DecodeFailure ? error : new DecodeFailure('damaged');
  }
}
