// What core reads from a case's documents, once, in a worker thread, against the reference
// platform's demo case. The date each document belongs to in the patient's history: a DICOM's study
// date, the date written on a PDF's first page (not the patient's birth date), the PDF's creation date
// when its page says none, and the upload's day when nothing else is known (a damaged PDF, a photo).
// And the text of every PDF page, searched over the case (case and accents ignored, words' starts).
import { afterEach, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CaseDetail, CaseDocument, DocumentSearch } from '../../contract';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { makePdf } from '../support/fixture-pdf';

async function pdfMadeOn(created: Date, lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(created);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  return Buffer.from(await doc.save());
}

describe('what core reads from a case’s documents', () => {
  const cleanups: Cleanups = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('dates from the study, the first page, the PDF or the upload; every page searchable over the case; read once', async () => {
    const { platform, core } = await signedInWorkstation(cleanups);
    const upload = (name: string, bytes: Buffer) =>
      platform.dev('/dev/cases/SMO-2026-0101/attachments', { name, kind: 'pdf', mediaType: 'application/pdf', base64: bytes.toString('base64') });
    await upload('Consultation.pdf', await makePdf(['Mme Martin, née le 03/05/1959', 'Brest, le 2 octobre 2026', 'Scanner du 15/09/2026 revu.']));
    await upload('Sans date.pdf', await pdfMadeOn(new Date(Date.UTC(2026, 6, 14, 10)), ['Bilan respiratoire: VEMS 62 %.']));
    await upload('Abîmé.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 9 0 R >>\n%%EOF'));
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0101');
    await core.call('cases.open', { caseId });
    const pdfs = () => core.db().prepare<[string], { n: number }>(`SELECT count(*) AS n FROM attachments WHERE case_id = ? AND kind = 'pdf'`).get(caseId)!.n;
    const read = () =>
      core
        .db()
        .prepare<[string], { n: number }>('SELECT count(*) AS n FROM pdf_readings p JOIN attachments a ON a.id = p.attachment_id WHERE a.case_id = ?')
        .get(caseId)!.n;
    for (let i = 0; i < 600 && (read() < pdfs() || pdfs() < 4); i++) await new Promise((r) => setTimeout(r, 100));
    expect(read()).toBe(pdfs());

    const detail = await core.call<CaseDetail>('cases.get', { caseId });
    const dateOf = (name: string) => detail.documents.find((d) => d.name === name)?.date;
    // The demo's knee MR, at its study's date.
    const images = detail.documents.filter((d) => d.kind === 'dicom');
    expect(images.length).toBeGreaterThan(0);
    expect(images.map((d) => d.date)).toEqual(images.map(() => ({ on: '2026-09-02', source: 'study' })));
    // The test's MR report has no date on its page: the day pdf-lib made it (today, in UTC).
    const report = detail.documents.find((d) => d.name === 'Compte rendu IRM.pdf') as CaseDocument;
    expect(report.date).toEqual({ on: report.addedAt!.slice(0, 10), source: 'created' });
    // The latest date on the page that is not the birth date.
    expect(dateOf('Consultation.pdf')).toEqual({ on: '2026-10-02', source: 'written' });
    // No date on the page: the day the PDF was made.
    expect(dateOf('Sans date.pdf')).toEqual({ on: '2026-07-14', source: 'created' });
    // Damaged: only the day it reached the platform.
    const damaged = detail.documents.find((d) => d.name === 'Abîmé.pdf') as CaseDocument;
    expect(damaged.date).toEqual({ on: damaged.addedAt, source: 'uploaded' });
    expect(core.db().prepare<[string], { state: string }>('SELECT state FROM pdf_readings WHERE attachment_id = ?').get(damaged.id)?.state).toBe('failed');
    // Searched over the case: every page that holds the words, in the documents' order, with the passage.
    const search = (query: string) => core.call<DocumentSearch>('documents.search', { caseId, query });
    const fissure = await search('FISSURE horizontale');
    expect(fissure.matches.map((m) => [m.name, m.page, m.recognised])).toEqual([
      ['Compte rendu IRM.pdf', 1, false],
      ['Compte rendu IRM.pdf', 2, false],
    ]);
    expect(fissure.matches[0]!.passage).toContain('Fissure horizontale de la corne postérieure');
    expect(fissure.more).toBe(false);
    // Accents and case ignored, the last word as a word's start (still being typed).
    expect((await search('nee le')).matches.map((m) => m.name)).toEqual(['Consultation.pdf']);
    expect((await search('posterieu')).matches).toHaveLength(2);
    expect((await search('vems')).matches.map((m) => [m.name, m.page])).toEqual([['Sans date.pdf', 1]]);
    // Words not together, another case's words, and FTS syntax typed as text: nothing, no error.
    expect((await search('fissure corne')).matches).toEqual([]);
    expect((await search('fissure VEMS')).matches).toEqual([]);
    expect((await search('Pathology')).matches).toEqual([]);
    for (const typed of ['"', 'NEAR(fissure', 'fissure*)', '-fissure OR', '^', '  ']) {
      expect(await search(typed)).toMatchObject({ matches: expect.any(Array), more: false });
    }
    // Another case's text is not searched from this one.
    const other = await core.call<DocumentSearch>('documents.search', { caseId: platform.caseId('SMO-2026-0103'), query: 'VEMS' });
    expect(other.matches).toEqual([]);

    // Read once: another sync and arrival do not read them again.
    const readAt = () => core.db().prepare('SELECT attachment_id, read_at FROM pdf_readings ORDER BY attachment_id').all();
    const before = readAt();
    await core.call('sync.now');
    await new Promise((r) => setTimeout(r, 500));
    expect(readAt()).toEqual(before);
    // No document name or date in the log; core kept answering.
    expect(core.logLines.join('\n')).not.toMatch(/Abîmé|Consultation|2026-10-02/);
    expect(await core.call('cases.list')).toBeInstanceOf(Array);
  }, 120_000);
});
