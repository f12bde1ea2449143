// The decoding worker: fetches a file once (the same origin's content route), parses it with
// dicom-parser, cuts out the frame asked for, decodes it (natively, RLE, or through a codec) and
// answers with the frame ready for the display pipeline. One worker is one thread with no DOM and
// nothing but the bytes it is given; the pool that owns it replaces it after any failure.
import dicomParser, { type DataSet, type Element } from 'dicom-parser';
import { inflateSync } from 'fflate';
import type { DecodeReply, DecodeRequest, ReleaseRequest } from './protocol';
import { frameInfoOf, type FrameInfo } from './frame-info';
import { nativeFrame } from './native';
import { decodeRle } from './rle';
import { decodeCompressed, isCompressedSyntax } from './codecs';
import { toFrame, type Decoded } from './pixels';
import { DecodeFailure } from './decode-failure';
import { pixelDigest } from './pixel-digest';
import { pixelArray } from './pixel-array';

interface ParsedFile {
  ds: DataSet;
  info: FrameInfo;
  pixels: Element;
  bytes: number;
}

const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1', '1.2.840.10008.1.2.2', '1.2.840.10008.1.2.1.99']);
const BIG_ENDIAN = '1.2.840.10008.1.2.2';
const RLE = '1.2.840.10008.1.2.5';
/** Encapsulated Uncompressed Explicit VR Little Endian: native frames, one fragment each. */
const ENCAPSULATED_NATIVE = '1.2.840.10008.1.2.1.98';
/** Files kept parsed in this worker (a multi-frame run is read frame after frame). */
const FILE_CACHE_BYTES = 384 * 1024 * 1024;
const files = new Map<string, Promise<ParsedFile>>();
const sizes = new Map<string, number>();

async function parsedFile(request: DecodeRequest): Promise<ParsedFile> {
  let file = files.get(request.fileKey);
  if (!file) {
    file = load(request.url);
    files.set(request.fileKey, file);
    file.then(
      (f) => {
        sizes.set(request.fileKey, f.bytes);
        evict(request.fileKey);
      },
      () => files.delete(request.fileKey),
    );
  } else {
    // Most recently used last.
    files.delete(request.fileKey);
    files.set(request.fileKey, file);
  }
  return file;
}

function evict(keep: string): void {
  let total = [...sizes.values()].reduce((a, b) => a + b, 0);
  for (const key of files.keys()) {
    if (total <= FILE_CACHE_BYTES) break;
    if (key === keep) continue;
    total -= sizes.get(key) ?? 0;
    files.delete(key);
    sizes.delete(key);
  }
}

async function load(url: string): Promise<ParsedFile> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new DecodeFailure('unreachable');
  }
  if (!response.ok) throw new DecodeFailure('unreachable');
  const bytes = new Uint8Array(await response.arrayBuffer());
  let ds: DataSet;
  try {
    ds = dicomParser.parseDicom(bytes, { inflater: (data: Uint8Array, position: number) => inflate(data, position) });
  } catch {
    throw new DecodeFailure('damaged');
  }
  const info = frameInfoOf(ds);
  const pixels = ds.elements.x7fe00010 ?? ds.elements.x7fe00008 ?? ds.elements.x7fe00009;
  if (!pixels) throw new DecodeFailure('no-pixels');
  return { ds, info, pixels, bytes: bytes.length };
}

/** A deflated data set, inflated (the meta header before `position` stays as it is). */
function inflate(data: Uint8Array, position: number): Uint8Array {
  const body = inflateSync(data.subarray(position));
  const whole = new Uint8Array(position + body.length);
  whole.set(data.subarray(0, position));
  whole.set(body, position);
  return whole;
}

/** The encapsulated bytes of one frame (PS3.5 A.4): by the basic offset table, one fragment per frame, or JPEG markers. */
function encapsulatedFrame(ds: DataSet, element: Element, frame: number, frames: number): Uint8Array {
  const fragments = element.fragments ?? [];
  if (fragments.length === 0) throw new DecodeFailure('no-pixels');
  if (frame >= frames) throw new DecodeFailure('frame-missing');
  if ((element.basicOffsetTable?.length ?? 0) > 0) return dicomParser.readEncapsulatedImageFrame(ds, element, frame);
  if (frames === 1) return dicomParser.readEncapsulatedPixelDataFromFragments(ds, element, 0, fragments.length);
  if (fragments.length === frames) return dicomParser.readEncapsulatedPixelDataFromFragments(ds, element, frame, 1);
  return dicomParser.readEncapsulatedImageFrame(ds, element, frame, dicomParser.createJPEGBasicOffsetTable(ds, element));
}

/** How a big-endian file swaps its pixel data's bytes: by the element's VR (PS3.5 §7.3), else by the samples' width. */
function swapUnitOf(vr: string | undefined, info: FrameInfo): number {
  switch (vr) {
    case 'OB':
      return 1;
    case 'OW':
      return 2;
    case 'OL':
    case 'OF':
      return 4;
    case 'OD':
      return 8;
    default:
      return info.bitsAllocated <= 8 ? 1 : info.bitsAllocated <= 16 ? 2 : info.bitsAllocated <= 32 ? 4 : 8;
  }
}

async function decode(request: DecodeRequest): Promise<DecodeReply> {
  const loading = performance.now();
  const { ds, info, pixels } = await parsedFile(request);
  // Fetching and parsing the file (about nothing when this worker already holds it).
  const loadMs = performance.now() - loading;
  const uid = info.transferSyntax;
  if (request.frame >= info.frames) throw new DecodeFailure('frame-missing');
  const started = performance.now();
  let decoded: Decoded;
  if (NATIVE.has(uid) || info.float) {
    const value = ds.byteArray.subarray(pixels.dataOffset, pixels.dataOffset + pixels.length);
    decoded = {
      samples: nativeFrame(value, info, request.frame, uid === BIG_ENDIAN ? swapUnitOf(pixels.vr, info) : 1),
      interleaved: info.planarConfiguration === 0,
      rgb: false,
      masked: false,
    };
  } else {
    let frame: Uint8Array;
    try {
      frame = encapsulatedFrame(ds, pixels, request.frame, info.frames);
    } catch (error) {
      throw error instanceof DecodeFailure ? error : new DecodeFailure('damaged');
    }
    if (uid === RLE) decoded = { samples: decodeRle(frame, info), interleaved: true, rgb: false, masked: false };
    else if (uid === ENCAPSULATED_NATIVE)
      decoded = { samples: nativeFrame(frame, info, 0, 1), interleaved: info.planarConfiguration === 0, rgb: false, masked: false };
    else if (isCompressedSyntax(uid)) {
      const lossyJpeg = uid === '1.2.840.10008.1.2.4.50' || uid === '1.2.840.10008.1.2.4.51';
      decoded = { samples: await decodeCompressed(frame, info), interleaved: true, rgb: lossyJpeg, masked: true };
    } else throw new DecodeFailure('unsupported-syntax');
  }
  const frame = toFrame(decoded, info, performance.now() - started);
  const result = {
    ...frame,
    loadMs,
    digest: request.digest
      ? pixelDigest(frame.color ? new Uint8Array(frame.pixels) : pixelArray(frame.kind, frame.pixels), frame.color, frame.slope, frame.intercept)
      : null,
  };
  return { id: request.id, ok: true, frame: result };
}

self.onmessage = (event: MessageEvent<DecodeRequest | ReleaseRequest>) => {
  if ('release' in event.data) {
    files.clear();
    sizes.clear();
    return;
  }
  const request = event.data;
  decode(request).then(
    // The pixels move to the page without a copy.
    (reply) => self.postMessage(reply, { transfer: reply.ok ? [reply.frame.pixels] : [] }),
    (error: unknown) => {
      const problem = error instanceof DecodeFailure ? error.problem : 'damaged';
      self.postMessage({ id: request.id, ok: false, problem } satisfies DecodeReply);
    },
  );
};
