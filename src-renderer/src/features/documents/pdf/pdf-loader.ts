// Opens a PDF from the workstation's document content route with pdf.js: bytes arrive by range
// requests straight from the vault (no whole-file copy through JSON), no eval, no scripting, and
// the worker, character maps, standard fonts and wasm decoders all come from the app itself.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { contentUrl } from '../content-url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
// The viewer components (pdf-viewer-components.ts) take pdf.js from here.
(globalThis as { pdfjsLib?: typeof pdfjs }).pdfjsLib = pdfjs;

export type PdfDocument = pdfjs.PDFDocumentProxy;
export type PdfPage = pdfjs.PDFPageProxy;
export { pdfjs };

// One pdf.js worker for the whole session: starting one costs more than opening a small PDF.
let sharedWorker: InstanceType<typeof pdfjs.PDFWorker> | null = null;
function worker(): InstanceType<typeof pdfjs.PDFWorker> {
  sharedWorker ??= new pdfjs.PDFWorker();
  return sharedWorker;
}

export function openPdf(documentId: string, onPassword: (answer: (password: string) => void, wrong: boolean) => void) {
  const assets = (path: string) => new URL(`/pdfjs/${path}`, window.location.href).href;
  const task = pdfjs.getDocument({
    url: contentUrl(documentId),
    worker: worker(),
    // The vault decrypts 1 MiB chunks: asking for the same size saves round trips.
    rangeChunkSize: 1024 * 1024,
    disableAutoFetch: true,
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: assets('cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assets('standard_fonts/'),
    wasmUrl: assets('wasm/'),
    useSystemFonts: false,
  });
  task.onPassword = (answer: (password: string) => void, reason: number) => onPassword(answer, reason === pdfjs.PasswordResponses.INCORRECT_PASSWORD);
  return task;
}
