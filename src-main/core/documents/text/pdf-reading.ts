// What core reads from a PDF once it is on this computer, in a worker thread (the PDF is the
// patient's, and pdf.js parses it): the text of its pages (for the case's search) and the dates it
// gives about itself (for the documents' timeline): the day its CreationDate names, and the date
// written on its first page.
import { openPdf } from '../pdf-open';
import { pdfCreationDay, writtenDate } from '../dates/written-date';

/** A page's text beyond this is not kept (a page of small print is ~10,000 characters). */
const MAX_PAGE_CHARS = 40_000;
/** A document's text beyond this is not kept (about 1,000 dense pages). */
const MAX_DOCUMENT_CHARS = 8_000_000;

export interface PdfReading {
  createdOn: string | null;
  writtenOn: string | null;
  /** The pages that have a text layer, with their text (lines ended by \n). */
  pages: { page: number; text: string }[];
}

/** `notAfter` (YYYY-MM-DD): the day the document reached the platform; no later date is its own. */
export async function readPdf(bytes: Uint8Array, notAfter: string): Promise<PdfReading> {
  const doc = await openPdf(bytes);
  try {
    const { info } = await doc.getMetadata();
    const createdOn = pdfCreationDay((info as Record<string, unknown>)['CreationDate']);
    const pages: PdfReading['pages'] = [];
    let total = 0;
    for (let n = 1; n <= doc.numPages && total < MAX_DOCUMENT_CHARS; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : item.str.endsWith(' ') ? '' : ' ');
        if (text.length > MAX_PAGE_CHARS) break;
      }
      page.cleanup();
      text = text.trim();
      total += text.length;
      if (text) pages.push({ page: n, text });
    }
    const firstPage = pages[0]?.page === 1 ? pages[0].text : '';
    return { createdOn: createdOn && createdOn <= notAfter ? createdOn : null, writtenOn: writtenDate(firstPage, notAfter), pages };
  } finally {
    await doc.destroy();
  }
}
