// OCR of the documents patients scan, with the engine and language data the app ships: a scanned
// French letter, a scanned English summary, and a photo of the letter at an angle, against the
// text they were made from.
import { afterAll, describe, expect, it } from 'vitest';
import { recogniseImage, recognisePdfPage, release, surveyPdf } from '../../src-main/core/documents/recognition/ocr-engine';
import { ocrLanguagesDir } from '../../src-main/core/documents/recognition/ocr-languages';
import { photoOfPage, scannedPdf, SCAN_TEXT_EN, SCAN_TEXT_FR, wordAccuracy, wordsOf } from '../support/scanned-pdf';

afterAll(() => release());
const languages = ocrLanguagesDir(null);

describe('text recognition (tesseract.js, French and English data from the app)', () => {
  it('finds the pages without a text layer and reads a scanned French letter and an English summary at ≥ 95 % of words', async () => {
    const scan = await scannedPdf([SCAN_TEXT_FR, SCAN_TEXT_EN]);
    expect(await surveyPdf(scan)).toEqual({ pages: 2, withoutText: [1, 2] });
    const french = await recognisePdfPage(scan, 1, languages);
    const english = await recognisePdfPage(scan, 2, languages);
    const frAccuracy = wordAccuracy(
      wordsOf(SCAN_TEXT_FR),
      french.words.map((w) => w.text),
    );
    const enAccuracy = wordAccuracy(
      wordsOf(SCAN_TEXT_EN),
      english.words.map((w) => w.text),
    );
    console.log(`OCR word accuracy: French ${(frAccuracy * 100).toFixed(1)} %, English ${(enAccuracy * 100).toFixed(1)} %`);
    expect(frAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(enAccuracy).toBeGreaterThanOrEqual(0.95);
    // Laid out on the page where it was written: "ménisque" on the 8th line, drawn by pdf-lib at
    // x = 60 pt, baseline 770 − 7 × 24 = 602 pt; its box's lower left corner is at the descenders.
    const word = french.words.find((w) => w.text === 'ménisque');
    expect(word).toBeDefined();
    const [, , , , x, y] = word!.transform;
    expect(x).toBeGreaterThan(60);
    expect(x).toBeLessThan(100);
    expect(Math.abs(y - 602)).toBeLessThan(5);
    expect(french.width).toBe(595);
  }, 120_000);

  it('leaves a PDF with a text layer alone', async () => {
    const { makePdf } = await import('../support/fixture-pdf');
    expect(await surveyPdf(await makePdf(['Compte rendu opératoire du genou droit, ménisque interne'], 2))).toEqual({ pages: 2, withoutText: [] });
  }, 60_000);

  it('reads a photo of the letter taken at an angle, and says a photo of no document is none', async () => {
    const photo = await recogniseImage(await photoOfPage(SCAN_TEXT_FR, 4), languages);
    const accuracy = wordAccuracy(
      wordsOf(SCAN_TEXT_FR),
      photo.words.map((w) => w.text),
    );
    console.log(`OCR word accuracy, photo at 4°: ${(accuracy * 100).toFixed(1)} %`);
    expect(photo.looksLikeDocument).toBe(true);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    const { createCanvas } = await import('@napi-rs/canvas');
    const blank = createCanvas(800, 600);
    const context = blank.getContext('2d');
    context.fillStyle = '#c98b6b';
    context.fillRect(0, 0, 800, 600);
    context.fillStyle = '#7a4a3a';
    context.beginPath();
    context.arc(400, 300, 120, 0, Math.PI * 2);
    context.fill();
    expect((await recogniseImage(await blank.encode('png'), languages)).looksLikeDocument).toBe(false);
  }, 120_000);
});
