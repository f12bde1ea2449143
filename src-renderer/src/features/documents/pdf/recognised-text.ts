// Text recognised on a scanned page (OCR, done by core), given to pdf.js as if the page had it:
// the page's text content is replaced by the recognised words, laid out where they were read, so
// that pdf.js's own text layer makes them selectable and its find controller finds and highlights
// them exactly as it does a PDF's text. pdf.js caches one page object per page, which the viewer,
// its text layers and find all ask for: lending it the text once is enough.
import type { RecognisedPage, RecognisedWord } from '../../../../../contract';
// pdf.js's own type, not the loader's: this module is pure, and its unit test runs in Node.
import type { PDFDocumentProxy as PdfDocument } from 'pdfjs-dist';

type TextContent = Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>;
type TextItem = Extract<TextContent['items'][number], { str: string }>;

const FONT = 'smo-recognised';

/** A word's item: its box's lower left corner, along its line, as tall as its box (ascent 1, descent 0). */
function wordItem(word: RecognisedWord, hasEOL: boolean): TextItem {
  const [a, b, c, d] = word.transform;
  return {
    str: word.text,
    dir: 'ltr',
    transform: [...word.transform],
    width: word.width,
    height: Math.hypot(c, d) || Math.hypot(a, b),
    fontName: FONT,
    hasEOL,
  };
}

/** The space between two words of a line, from the end of one to the start of the next. */
function spaceItem(word: RecognisedWord, next: RecognisedWord): TextItem {
  const [a, b, c, d, e, f] = word.transform;
  const height = Math.hypot(c, d) || 1;
  const along = [a / height, b / height] as const;
  const end = [e + along[0] * word.width, f + along[1] * word.width] as const;
  const gap = (next.transform[4] - end[0]) * along[0] + (next.transform[5] - end[1]) * along[1];
  return { str: ' ', dir: 'ltr', transform: [a, b, c, d, end[0], end[1]], width: Math.max(0.5, gap), height, fontName: FONT, hasEOL: false };
}

/** The page's text content made of its recognised words: one line after another, words joined by spaces. */
export function textContentOf(page: RecognisedPage): TextContent {
  const items: TextItem[] = [];
  page.words.forEach((word, i) => {
    const next = page.words[i + 1];
    const endOfLine = !next || next.line !== word.line;
    items.push(wordItem(word, endOfLine));
    if (next && !endOfLine) items.push(spaceItem(word, next));
  });
  return { items, styles: { [FONT]: { fontFamily: 'sans-serif', ascent: 1, descent: 0, vertical: false } }, lang: null };
}

/** Lends the recognised pages' text to pdf.js's page objects (pages with a text layer of their own are not recognised). */
export async function lendRecognisedText(doc: PdfDocument, pages: RecognisedPage[]): Promise<void> {
  for (const recognised of pages) {
    if (recognised.page > doc.numPages) continue;
    const page = await doc.getPage(recognised.page);
    const content = textContentOf(recognised);
    page.getTextContent = () => Promise.resolve(content);
    page.streamTextContent = () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(content);
          controller.close();
        },
      });
  }
}
