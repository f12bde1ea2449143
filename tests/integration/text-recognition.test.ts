// OCR of the documents patients scan, with the engine and language data the app ships: a scanned
// French letter, a scanned English summary, and a photo of the letter at an angle, against the
// text they were made from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail, DocumentSearch, RecognisedText, RecognitionStatus } from '../../contract';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { startTestCore } from '../support/test-core';
import { SCANNED_LETTER, scannedLetter } from '../../platform/demo/scanned-letter';
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

describe('the documents core reads (OCR) and keeps', () => {
  const cleanups: Cleanups = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('reads the scanned letter when the expert opens it, keeps its words encrypted, and does not read it again after a restart', async () => {
    const { platform, core, dataDir } = await signedInWorkstation(cleanups);
    // The demo's scanned letter, its first two pages, uploaded by the patient.
    await platform.dev('/dev/cases/SMO-2026-0102/attachments', {
      name: 'Courrier (scanné).pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
      base64: (await scannedLetter('Courrier de consultation', 2)).toString('base64'),
    });
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0102');
    const attachmentId = core.db().prepare<[string], { id: string }>('SELECT id FROM attachments WHERE name = ?').get('Courrier (scanné).pdf')!.id;
    const ref = { caseId, attachmentId };
    // Background reading is off in the tests: nothing is read until the document is opened.
    expect(await core.call('documents.recognisedText', ref)).toMatchObject({ state: 'off', pages: [] });
    expect(await core.call('documents.recognise', ref)).toMatchObject({ state: expect.stringMatching(/waiting|reading/) });
    const finished = () => core.events.find((e) => e.event === 'documents.recognition' && (e.payload as RecognitionStatus).state === 'done');
    for (let i = 0; i < 600 && !finished(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(finished()?.payload).toEqual({ caseId, attachmentId, state: 'done', pagesDone: 2, pagesTotal: 2 });
    // Progress, page by page.
    const reading = core.events.filter((e) => e.event === 'documents.recognition' && (e.payload as RecognitionStatus).state === 'reading');
    expect(reading.map((e) => (e.payload as RecognitionStatus).pagesDone)).toEqual([0, 1, 2]);
    const text = await core.call<RecognisedText>('documents.recognisedText', ref);
    expect(text.pages.map((p) => p.page)).toEqual([1, 2]);
    const words = (n: number) => text.pages[n - 1]!.words.map((w) => w.text);
    expect(wordAccuracy(wordsOf(SCANNED_LETTER[0]!), words(1))).toBeGreaterThanOrEqual(0.95);
    expect(words(2)).toContain('recto-vaginale,');
    // Its date in the patient's history is the one read on its first page ("Toulouse, le 3 novembre 2026").
    const detail = await core.call<CaseDetail>('cases.get', { caseId });
    expect(detail.documents.find((d) => d.id === attachmentId)?.date).toEqual({ on: '2026-11-03', source: 'recognised' });
    // Found by the case's search, marked as recognised text.
    const found = await core.call<DocumentSearch>('documents.search', { caseId, query: 'recto-vaginale' });
    expect(found.matches.map((m) => [m.name, m.page, m.recognised])).toContainEqual(['Courrier (scanné).pdf', 2, true]);
    // Another case's document is refused.
    await expect(core.call('documents.recognisedText', { caseId: platform.caseId('SMO-2026-0101'), attachmentId })).rejects.toMatchObject({
      code: 'CONTENT_NOT_FOUND',
    });

    // Kept encrypted with the case: the words are not in the database file in clear.
    await core.close();
    expect(readFileSync(join(dataDir, 'cache.db')).includes(Buffer.from('endométriose'))).toBe(false);
    const again = await startTestCore(dataDir, platform.url);
    cleanups.push(() => again.close());
    expect(await again.call('documents.recognisedText', ref)).toMatchObject({ state: 'done', pagesDone: 2, pagesTotal: 2 });
    expect(await again.call('documents.recognise', ref)).toMatchObject({ state: 'done' });
    await new Promise((r) => setTimeout(r, 500));
    expect(again.events.filter((e) => e.event === 'documents.recognition')).toEqual([]);
  }, 120_000);

  it('says a PDF it cannot open failed, without calling it a scan (no pages to read), and goes on with the next', async () => {
    const { platform, core } = await signedInWorkstation(cleanups);
    await platform.dev('/dev/cases/SMO-2026-0101/attachments', {
      name: 'Abîmé.pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
      base64: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 9 0 R >>\n%%EOF').toString('base64'),
    });
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0101');
    const attachmentId = core.db().prepare<[string], { id: string }>('SELECT id FROM attachments WHERE name = ?').get('Abîmé.pdf')!.id;
    await core.call('documents.recognise', { caseId, attachmentId });
    const settled = () => core.events.find((e) => e.event === 'documents.recognition' && ['done', 'failed'].includes((e.payload as RecognitionStatus).state));
    for (let i = 0; i < 300 && !settled(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(settled()?.payload).toEqual({ caseId, attachmentId, state: 'failed', pagesDone: 0, pagesTotal: 0 });
    // Core keeps answering, and the log names no document.
    expect(await core.call('cases.list')).toBeInstanceOf(Array);
    expect(core.logLines.join('\n')).not.toContain('Abîmé');
  }, 60_000);
});
