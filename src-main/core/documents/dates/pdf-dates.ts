// The dates a PDF gives about itself, read in a worker thread (the PDF is the patient's, and pdf.js
// parses it): the day its CreationDate names, and the date written on its first page's text layer.
import { openPdf } from '../pdf-open';
import { pdfCreationDay, writtenDate } from './written-date';

/** A first page's text beyond this is not read for a date (a page of small print is ~10,000 characters). */
const MAX_TEXT_CHARS = 40_000;

export interface PdfDates {
  createdOn: string | null;
  writtenOn: string | null;
}

/** `notAfter` (YYYY-MM-DD): the day the document reached the platform; no later date is its own. */
export async function readPdfDates(bytes: Uint8Array, notAfter: string): Promise<PdfDates> {
  const doc = await openPdf(bytes);
  try {
    const { info } = await doc.getMetadata();
    const createdOn = pdfCreationDay((info as Record<string, unknown>)['CreationDate']);
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : ' ');
      if (text.length > MAX_TEXT_CHARS) break;
    }
    page.cleanup();
    return { createdOn: createdOn && createdOn <= notAfter ? createdOn : null, writtenOn: writtenDate(text, notAfter) };
  } finally {
    await doc.destroy();
  }
}
