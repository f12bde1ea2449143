// A small real PDF, produced by a PDF writer (pdf-lib), carrying the given text on each page.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function makePdf(lines: string[], pages = 1): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
