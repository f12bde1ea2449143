// Where a signed PDF keeps its signature: the one `/ByteRange [a b c d]` and the `/Contents` hex
// string in the gap it leaves. The workstation reads it to put the signature's CMS in the report's
// FHIR Provenance; the platform reads it to verify the signature. Plain byte scanning, no PDF parser:
// a signature's dictionary is written uncompressed (PAdES requires the ByteRange be found so).
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

export type SignatureContents =
  | { state: 'unsigned' }
  | { state: 'damaged'; reason: 'several' | 'not-whole-file' | 'contents' }
  /** `signedBytes`: the two ranges the signature covers, joined; `cms`: the signature (DER, zero padding removed by its parser). */
  | { state: 'signed'; signedBytes: Uint8Array; cms: Uint8Array };

export function signatureContents(pdf: Uint8Array): SignatureContents {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)];
  if (ranges.length === 0) return { state: 'unsigned' };
  if (ranges.length > 1) return { state: 'damaged', reason: 'several' };
  const [a, b, c, d] = ranges[0]!.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b || c + d !== pdf.length) return { state: 'damaged', reason: 'not-whole-file' };
  const gap = text.slice(b, c);
  if (!/^<[0-9A-Fa-f]+>$/.test(gap)) return { state: 'damaged', reason: 'contents' };
  const signedBytes = new Uint8Array(b + d);
  signedBytes.set(pdf.subarray(0, b), 0);
  signedBytes.set(pdf.subarray(c, c + d), b);
  return { state: 'signed', signedBytes, cms: new Uint8Array(Buffer.from(gap.slice(1, -1), 'hex')) };
}
