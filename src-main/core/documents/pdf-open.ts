// Opening a patient's PDF in core's worker threads, with the viewer's safety settings: no script
// evaluation, no XFA forms, no fonts taken from the system. pdf.js's legacy build runs under Node
// (its own worker is faked in the same thread, which is already off core's).
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** pdf.js takes a copy of the bytes as a plain Uint8Array (not a Buffer). */
export async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await loadPdfJs();
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false, useSystemFonts: false, verbosity: 0 }).promise;
}
