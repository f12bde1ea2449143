// Core's worker thread: jobs answer with their value or their named failure, a job past its
// deadline is stopped with its worker (the next job gets a fresh one), and core's own thread keeps
// running while a job works.
import { describe, expect, it } from 'vitest';
import { offThread } from '../../src-main/core/work/off-thread';
import type { PatientReport } from '../../src-main/core/reports/patient-report';
import { reportFontsDir } from '../../src-main/core/reports/report-fonts';

const fontsDir = reportFontsDir(null);

const report = (text: string): PatientReport => ({
  language: 'fr',
  title: 'Compte rendu',
  subtitle: 'Dossier SMO-TEST',
  draftNotice: null,
  conclusion: null,
  sections: Array.from({ length: 20 }, (_, i) => ({ heading: `Section ${i}`, entries: [{ label: 'Réponse', quote: null, text }] })),
  signature: null,
  signatureNote: null,
  figures: null,
});

describe('offThread', () => {
  it('answers with the job’s value, and with the job’s own error code', async () => {
    const pdf = await offThread('report.pdf', { report: report('Texte court.'), createdAt: '2026-12-01T10:00:00.000Z', fontsDir });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    await expect(offThread('dicom.header', new Uint8Array(Buffer.from('not a DICOM file')))).rejects.toMatchObject({ code: 'UNSUPPORTED_DICOM' });
  });

  it('stops a job past its deadline with TOO_LARGE, and the next job runs in a fresh worker', async () => {
    const big = report('x'.repeat(20_000));
    await expect(offThread('report.pdf', { report: big, createdAt: '2026-12-01T10:00:00.000Z', fontsDir }, { deadlineMs: 1 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
    const pdf = await offThread('report.pdf', { report: report('Après.'), createdAt: '2026-12-01T10:00:00.000Z', fontsDir });
    expect(pdf.length).toBeGreaterThan(500);
  });

  it('leaves this thread free while a job works: timers here keep firing', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const big = report('y'.repeat(20_000));
    await offThread('report.pdf', { report: big, createdAt: '2026-12-01T10:00:00.000Z', fontsDir });
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0);
  });
});
