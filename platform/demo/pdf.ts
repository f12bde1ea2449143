// Real PDFs for the demo cases, written with pdf-lib: text reports of any length, and "scanned"
// documents (each page one greyscale image at 300 dpi, as a scanner makes them).
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface ReportSpec {
  title: string;
  subtitle: string;
  paragraphs: string[];
  /** Pages to fill (paragraphs repeat as continuation sections when fewer). */
  pages?: number;
}

function wrap(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export async function textReport(spec: ReportSpec): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setProducer('SMO demo platform');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = spec.pages ?? 1;
  const measure = (t: string) => font.widthOfTextAtSize(t, 10.5);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(spec.title, { x: 56, y: 780, size: 16, font: bold, color: rgb(0.1, 0.15, 0.3) });
    page.drawText(spec.subtitle, { x: 56, y: 760, size: 10, font, color: rgb(0.35, 0.35, 0.35) });
    let y = 728;
    const paragraphs = p === 0 ? spec.paragraphs : spec.paragraphs.map((t, i) => (i === 0 ? `Section ${p + 1}. ${t}` : t));
    for (const paragraph of paragraphs) {
      for (const line of wrap(paragraph, 483, measure)) {
        if (y < 70) break;
        page.drawText(line, { x: 56, y, size: 10.5, font });
        y -= 14.5;
      }
      y -= 8;
    }
    page.drawText(`${p + 1} / ${pages}`, { x: 520, y: 36, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
  }
  return Buffer.from(await doc.save());
}
