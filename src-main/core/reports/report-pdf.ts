// The patient-facing report as a PDF (pdf-lib, in core's worker thread): the same bytes for the
// preview, the export and Electron, A4 with wrapped text, headings kept with their first lines, page
// numbers. The text is set in DejaVu Sans, embedded and subset (report-fonts.ts), so every character
// written prints as written and stays searchable. Nothing is written to disk: the bytes are served
// from memory.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { ReportFonts } from './report-fonts';
import type { PatientReport } from './patient-report';
import { reportWording } from './report-wording';

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = PAGE[0] - 2 * MARGIN;
const BODY = 10.5;
const LEADING = 14.5;
const FIGURE_MAX_HEIGHT = 280;

/**
 * Splits text into lines that fit `width`, keeping the author's line breaks and cutting over-long
 * words. Linear in the text's length: widths are summed character by character (each character
 * measured once), never by measuring ever-longer strings, so a 20,000-character word lays out as
 * fast as a sentence. Kerning is left out of the sums; it moves a line end by a fraction of a point.
 */
export function wrapText(text: string, width: number, measure: (t: string) => number): string[] {
  const widths = new Map<string, number>();
  const widthOf = (c: string) => {
    let w = widths.get(c);
    if (w === undefined) {
      w = measure(c);
      widths.set(c, w);
    }
    return w;
  };
  const space = widthOf(' ');
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const chars = Array.from(word);
      const wordWidth = chars.reduce((sum, c) => sum + widthOf(c), 0);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // A word wider than the line: as many characters as fit on each line (at least one).
      let piece = '';
      let pieceWidth = 0;
      for (const c of chars) {
        const w = widthOf(c);
        if (piece && pieceWidth + w > width) {
          lines.push(piece);
          piece = '';
          pieceWidth = 0;
        }
        piece += c;
        pieceWidth += w;
      }
      line = piece;
      lineWidth = pieceWidth;
    }
    lines.push(line);
  }
  return lines;
}

export async function reportPdf(report: PatientReport, createdAt: Date, fonts: ReportFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(report.title);
  doc.setLanguage(report.language);
  doc.setProducer('SMO Expert Workstation');
  doc.setCreator('SMO Expert Workstation');
  // Fixed dates: the same report gives the same bytes (the preview and the export match).
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);
  doc.registerFontkit(fontkit);
  // Subset: only the glyphs used are embedded (a report is tens of kilobytes, not megabytes).
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const italic = await doc.embedFont(fonts.italic, { subset: true });
  const supported = new Set(regular.getCharacterSet());
  // A character the fonts lack was named to the expert before signing (a draft may still hold
  // one): it is drawn as U+FFFD, never as another character.
  const clean = (t: string) => Array.from(t, (c) => (supported.has(c.codePointAt(0) ?? 0) || /\s/.test(c) ? c : '\ufffd')).join('');

  let page: PDFPage = doc.addPage(PAGE);
  let y = PAGE[1] - MARGIN;
  const ensure = (height: number) => {
    if (y - height >= MARGIN + 20) return;
    page = doc.addPage(PAGE);
    y = PAGE[1] - MARGIN;
  };
  const write = (text: string, font: PDFFont, size: number, options: { color?: [number, number, number]; indent?: number; leading?: number } = {}) => {
    const indent = options.indent ?? 0;
    const leading = options.leading ?? size * 1.38;
    for (const line of wrapText(clean(text), WIDTH - indent, (t) => font.widthOfTextAtSize(t, size))) {
      ensure(leading);
      y -= leading;
      if (line) page.drawText(line, { x: MARGIN + indent, y, size, font, color: rgb(...(options.color ?? [0.1, 0.1, 0.1])) });
    }
  };

  write(report.title, bold, 18, { color: [0.08, 0.2, 0.4] });
  write(report.subtitle, regular, 10, { color: [0.35, 0.35, 0.35] });
  if (report.draftNotice) {
    y -= 6;
    write(report.draftNotice, bold, 11, { color: [0.7, 0.1, 0.1] });
  }
  if (report.conclusion) {
    y -= 10;
    write(report.conclusion, bold, 12, { color: [0.08, 0.2, 0.4] });
  }
  for (const section of report.sections) {
    y -= 12;
    ensure(14 + 2 * LEADING); // a heading never ends a page alone
    write(section.heading, bold, 13, { color: [0.08, 0.2, 0.4] });
    for (const entry of section.entries) {
      y -= 4;
      ensure(3 * LEADING);
      if (entry.quote) {
        write(report.language === 'fr' ? `« ${entry.quote} »` : `“${entry.quote}”`, italic, BODY, { leading: LEADING, color: [0.3, 0.3, 0.3] });
      } else if (entry.label) {
        write(entry.label, bold, BODY, { leading: LEADING });
      }
      write(entry.text, regular, BODY, { leading: LEADING, indent: 8 });
    }
  }
  if (report.figures) {
    y -= 12;
    write(report.figures.heading, bold, 13, { color: [0.08, 0.2, 0.4] });
    for (const figure of report.figures.items) {
      // As the expert saw it, no larger than three quarters of the width or a third of the page.
      const picture = await doc.embedJpg(figure.picture);
      const scale = Math.min((WIDTH * 0.75) / picture.width, FIGURE_MAX_HEIGHT / picture.height, 1.5);
      const [w, h] = [picture.width * scale, picture.height * scale];
      y -= 8;
      ensure(h + 2 * LEADING); // a picture and its caption's first line stay together
      y -= h;
      page.drawImage(picture, { x: MARGIN, y, width: w, height: h });
      write(figure.caption, italic, 9.5, { leading: 13, color: [0.3, 0.3, 0.3] });
    }
  }
  if (report.signature) {
    y -= 18;
    write(report.signature, bold, BODY, { leading: LEADING });
    if (report.signatureNote) write(report.signatureNote, regular, BODY, { leading: LEADING, color: [0.35, 0.35, 0.35] });
  }
  const pages = doc.getPages();
  const w = reportWording(report.language);
  pages.forEach((p, i) => {
    const label = clean(w.page(i + 1, pages.length));
    p.drawText(label, { x: PAGE[0] - MARGIN - regular.widthOfTextAtSize(label, 9), y: 32, size: 9, font: regular, color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save();
}
