// Text recognition (OCR) of a patient's documents, off core's thread: a PDF page with no text layer
// is drawn at 300 dpi by pdf.js (on @napi-rs/canvas), a photo is read as it is, and tesseract.js
// reads French and English with the language data shipped in the app (@tesseract.js-data/fra and
// eng; nothing is fetched, nothing is written to disk). Runs in the recognition worker thread
// (work/off-thread.ts), which keeps one tesseract worker while documents are waiting.
import type { RecognisedPage, RecognisedWord } from '../../../../contract';
import { OCR_LANGUAGES } from './ocr-languages';
import { openPdf } from '../pdf-open';

/** 300 dpi, as scanners and OCR engines expect: a PDF point is 1/72 inch. */
const SCALE = 300 / 72;
/** A page is drawn no larger than this (a poster-sized page is drawn at a lower resolution). */
const MAX_PIXELS = 40_000_000;
/** A page with fewer characters of text than this has no text layer worth the name: it is a scan. */
const TEXT_LAYER_MIN_CHARS = 20;
/** The tesseract worker is let go after this long without a page. */
const IDLE_MS = 60_000;

type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js').createWorker>>;
let worker: Promise<TesseractWorker> | null = null;
let idleTimer: NodeJS.Timeout | null = null;

async function tesseract(languagesDir: string): Promise<TesseractWorker> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void release(), IDLE_MS);
  idleTimer.unref();
  worker ??= (async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    // The LSTM "best_int" models (accurate, and fast enough on two cores) from the app's own
    // folder (ocr-languages.ts); never cached on disk (tesseract.js would write to the working directory).
    return createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, { langPath: languagesDir, cacheMethod: 'none', gzip: true });
  })();
  return worker;
}

/** Lets the tesseract worker go (idle, or the cache locked). */
export async function release(): Promise<void> {
  const current = worker;
  worker = null;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  await (await current?.catch(() => null))?.terminate();
}

/** The pages of a PDF and which of them have no text layer (they need recognition). */
export async function surveyPdf(bytes: Uint8Array): Promise<{ pages: number; withoutText: number[] }> {
  const doc = await openPdf(bytes);
  try {
    const withoutText: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const chars = content.items.reduce((sum, item) => sum + ('str' in item ? item.str.replace(/\s/g, '').length : 0), 0);
      if (chars < TEXT_LAYER_MIN_CHARS) withoutText.push(n);
      page.cleanup();
    }
    return { pages: doc.numPages, withoutText };
  } finally {
    await doc.destroy();
  }
}

/** Draws page `n` at 300 dpi and reads it; the words' boxes are given in the page's PDF space. */
export async function recognisePdfPage(bytes: Uint8Array, n: number, languagesDir: string): Promise<RecognisedPage> {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(n);
    const natural = page.getViewport({ scale: 1 });
    const scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / (natural.width * natural.height)));
    const viewport = page.getViewport({ scale });
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    // A scan's white paper, not a transparent one (tesseract reads transparency as black).
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js draws on any 2D context of the DOM's shape: @napi-rs/canvas's is one.
    await page.render({ canvas: null, canvasContext: context, viewport }).promise;
    const png = await canvas.encode('png');
    const words = await read(png, languagesDir);
    // From the drawing's pixels to the page's PDF space: the text layer is laid out from there.
    const toPdf = (x: number, y: number) => viewport.convertToPdfPoint(x, y) as [number, number];
    return { page: n, width: natural.width, height: natural.height, words: words.map((w) => inPdfSpace(w, toPdf)) };
  } finally {
    await doc.destroy();
  }
}

/** Reads a photo (PNG, JPEG); the words' boxes are in the image's pixels. */
export async function recogniseImage(bytes: Uint8Array, languagesDir: string): Promise<RecognisedPage & { looksLikeDocument: boolean }> {
  const { loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(bytes));
  const words = await read(Buffer.from(bytes), languagesDir);
  const confident = words.filter((w) => w.confidence >= 70);
  // A photo of a document has lines of words read with confidence; a photo of a knee has none.
  const looksLikeDocument = confident.length >= 15;
  return {
    page: 1,
    width: image.width,
    height: image.height,
    // Image space (y downwards): the lower left corner is (x0, y1), the height goes up the image.
    words: words.map((w) => {
      const height = Math.max(1, w.y1 - w.y0);
      return { text: w.text, confidence: w.confidence, line: w.line, transform: [height, 0, 0, -height, w.x0, w.y1], width: Math.max(1, w.x1 - w.x0) };
    }),
    looksLikeDocument,
  };
}

interface PixelWord {
  text: string;
  confidence: number;
  line: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

async function read(image: Buffer, languagesDir: string): Promise<PixelWord[]> {
  const engine = await tesseract(languagesDir);
  const { data } = await engine.recognize(image, {}, { blocks: true, text: false });
  const words: PixelWord[] = [];
  let line = 0;
  for (const block of data.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const row of paragraph.lines) {
        for (const word of row.words) {
          const text = word.text.trim();
          if (text) words.push({ text, confidence: Math.round(word.confidence), line, ...word.bbox });
        }
        line++;
      }
  return words;
}

/**
 * A word in PDF space, as pdf.js's text content gives text: a transform whose origin is the box's
 * lower left corner (on the page as shown), x along the line and y up it, scaled to the box's
 * height; and its width along the line. Right for any page rotation.
 */
function inPdfSpace(w: PixelWord, toPdf: (x: number, y: number) => [number, number]): RecognisedWord {
  const origin = toPdf(w.x0, w.y1);
  const end = toPdf(w.x1, w.y1);
  const top = toPdf(w.x0, w.y0);
  const along = [end[0] - origin[0], end[1] - origin[1]];
  const up = [top[0] - origin[0], top[1] - origin[1]];
  const width = Math.hypot(along[0]!, along[1]!) || 1;
  const height = Math.hypot(up[0]!, up[1]!) || 1;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    text: w.text,
    confidence: w.confidence,
    line: w.line,
    transform: [(along[0]! / width) * height, (along[1]! / width) * height, up[0]!, up[1]!, origin[0], origin[1]].map(round) as RecognisedWord['transform'],
    width: round(width),
  };
}
