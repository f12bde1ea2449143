// Scanned documents as patients bring them, made from a known text: a page written by a PDF writer
// (pdf-lib), rasterised by poppler's pdftoppm at 300 dpi (a scanner's output), then put alone in a
// PDF with no text layer (pdf-lib again); and a photo of that page taken at an angle (turned and
// saved as JPEG with @napi-rs/canvas). The text is the reference OCR is measured against.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export const SCAN_TEXT_FR = [
  'Centre hospitalier de Lyon - Service de rhumatologie',
  'Lyon, le 14 octobre 2026',
  'Cher confrère,',
  'Je vous adresse votre patiente, âgée de 46 ans, pour un avis',
  'concernant des douleurs du genou droit évoluant depuis six mois.',
  "L'examen clinique retrouve un épanchement modéré, sans laxité.",
  "L'IRM montre une fissure horizontale de la corne postérieure",
  'du ménisque interne, sans lésion ligamentaire associée.',
  'Une réévaluation après rééducation est proposée avant toute chirurgie.',
  'Je vous prie de croire, cher confrère, à mes sentiments les meilleurs.',
];

export const SCAN_TEXT_EN = [
  'Department of Radiology - Discharge summary',
  'The patient was admitted for chest pain and shortness of breath.',
  'A computed tomography scan showed a solid nodule of twenty',
  'millimetres in the right upper lobe, without lymph node enlargement.',
  'Follow-up imaging is recommended in three months.',
];

/** The reference words of a text: split on spaces, as OCR is compared word by word. */
export const wordsOf = (lines: string[]): string[] => lines.join(' ').split(/\s+/).filter(Boolean);

async function textPdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 770 - i * 24, size: 12, font }));
  return Buffer.from(await doc.save());
}

/** The page as a 300-dpi PNG, drawn by pdftoppm. */
function rasterise(pdf: Buffer, dpi: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'smo-scan-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-gray', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A scanned A4 letter: one image per page, no text layer. */
export async function scannedPdf(pages: string[][]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const lines of pages) {
    const image = await doc.embedPng(rasterise(await textPdf(lines), 300));
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return Buffer.from(await doc.save());
}

/** A photo of the page: at 200 dpi, turned by `degrees` on a grey table, as a JPEG. */
export async function photoOfPage(lines: string[], degrees: number): Promise<Buffer> {
  const page = await loadImage(rasterise(await textPdf(lines), 200));
  const canvas = createCanvas(page.width + 200, page.height + 200);
  const context = canvas.getContext('2d');
  context.fillStyle = '#6b6b6b';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(page, -page.width / 2, -page.height / 2);
  return canvas.encode('jpeg', 88);
}

/**
 * Word accuracy of recognised words against the reference: the longest common subsequence of the
 * two word lists (case and punctuation at the ends kept apart: "confrère," is "confrère,"), over
 * the reference's length.
 */
export function wordAccuracy(reference: string[], recognised: string[]): number {
  const norm = (w: string) => w.normalize('NFC');
  const a = reference.map(norm);
  const b = recognised.map(norm);
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[b.length]! / a.length;
}
