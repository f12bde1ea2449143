// The demo's scanned letter: a real French consultation letter, written as a PDF (pdf-lib), drawn
// at 300 dpi by pdf.js on @napi-rs/canvas as a scanner would see it (grey paper, a little noise),
// and put back in a PDF as images only, with no text layer: what OCR is for.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const require = createRequire(import.meta.url);

/** The letter, page by page (the tests find its words after OCR). */
export const SCANNED_LETTER: string[][] = [
  [
    'Clinique du Parc - Chirurgie gynécologique',
    'Toulouse, le 3 novembre 2026',
    'Cher confrère,',
    "J'ai revu en consultation votre patiente, âgée de 34 ans, suivie pour",
    'une endométriose profonde connue depuis 2021. Elle décrit des douleurs',
    'pelviennes cycliques intenses, une dyspareunie profonde et des douleurs',
    'à la défécation pendant les règles, malgré un progestatif en continu.',
  ],
  [
    "L'examen clinique retrouve un nodule de la cloison recto-vaginale,",
    'sensible, estimé à trois centimètres, sans lésion vaginale visible.',
    'Le toucher rectal perçoit une infiltration de la paroi antérieure.',
    "L'échographie endovaginale confirme un nodule hypoéchogène de 28 mm.",
  ],
  [
    "L'IRM pelvienne montre une atteinte rectale sur environ 25 mm de long,",
    'avec infiltration de la musculeuse, sans sténose significative.',
    'Les ovaires sont normaux. Il n’y a pas d’atteinte urétérale.',
  ],
  [
    'Je propose une résection colorectale segmentaire par cœlioscopie,',
    'après discussion en réunion de concertation pluridisciplinaire.',
    'Une alternative par shaving rectal a été évoquée avec la patiente.',
    'Je vous prie de croire, cher confrère, à mes sentiments les meilleurs.',
  ],
];

type DomContext = NonNullable<
  Parameters<
    Awaited<ReturnType<Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>['getPage']>>['render']
  >[0]['canvasContext']
>;

/**
 * pdf.js draws on any 2D context of the DOM's shape; @napi-rs/canvas's has the drawing API, and
 * its types lack only the DOM's focus-ring methods, which drawing never calls.
 */
function domContext(context: import('@napi-rs/canvas').SKRSContext2D): DomContext {
  // eslint-disable-next-line no-restricted-syntax -- the two types describe the same drawing API (see above)
  return context as unknown as DomContext;
}

/** 300 dpi: a PDF point is 1/72 inch. */
const SCALE = 300 / 72;

export async function scannedLetter(title: string, pageCount: number): Promise<Buffer> {
  // The letter as typed.
  const typed = await PDFDocument.create();
  const font = await typed.embedFont(StandardFonts.Helvetica);
  for (const lines of SCANNED_LETTER.slice(0, pageCount)) {
    const page = typed.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 64, y: 760 - i * 22, size: 12, font }));
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const pdf = await getDocument({
    data: new Uint8Array(await typed.save()),
    standardFontDataUrl: join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/',
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  // Scanned: each page an image, nothing else.
  const scan = await PDFDocument.create();
  scan.setTitle(title);
  let seed = 7;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: SCALE });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#f4f3ef';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: null, canvasContext: domContext(context), viewport }).promise;
    // A scanner's grain: a few darker specks on the paper.
    context.fillStyle = 'rgba(60, 60, 60, 0.35)';
    for (let i = 0; i < 4000; i++) context.fillRect(Math.floor(rand() * canvas.width), Math.floor(rand() * canvas.height), 2, 2);
    const image = await scan.embedJpg(await canvas.encode('jpeg', 80));
    scan.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  await pdf.destroy();
  return Buffer.from(await scan.save());
}
