// The report's PDF laid out and signed: a 10-page report (ordinary text in every field, six key
// images as figures), laid out
// alone (the baseline, core's worker thread), signed alone (PAdES with the certificate the demo
// platform issued), and finalized whole (layout and signature in the worker, stored, queued); with
// core's call latency and longest stall while it finalizes, against the same calls idle.
import { signedInWorkstation, type Cleanups } from '../tests/support/signed-in';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mrSeries } from '../platform/demo/phantoms';
import type { DicomSeries, ReportAnswers, ReportState, SigningStatus } from '../contract';
import { signPdf } from '../src-main/core/signing/pdf-signature';
import { PDFDocument } from 'pdf-lib';
import type { Benchmark } from './run';
import { median, percentile, stallProbe, timeEach } from './stats';

const FIGURES = 6;
const PARAGRAPH =
  'Lésion méniscale interne dégénérative de grade 2, sans blocage ni épanchement ; T2 ≥ 5 mm à 3 mois, à surveiller. La rééducation est poursuivie. ';

/** Latencies of a cheap call, one after another, until `until` settles. */
async function latenciesDuring(call: () => Promise<unknown>, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const out: number[] = [];
  while (!done) {
    const start = performance.now();
    await call();
    out.push(performance.now() - start);
    // A turn of the event loop between calls, as between a renderer's messages.
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

export const benchmark: Benchmark = {
  description: 'a 10-page report with 6 key images: laid out (baseline), signed (PAdES), finalized whole; core call latency and stall while it finalizes',
  async run() {
    const cleanups: Cleanups = [];
    try {
      const { platform, core, dir } = await signedInWorkstation(cleanups, { signing: { issueCertificates: true } });
      for (let i = 0; i < 200 && !(await core.call<SigningStatus>('signing.status')).certificate; i++) await new Promise((r) => setTimeout(r, 25));
      const caseId = platform.caseId('SMO-2026-0101');
      // Six key images, each a 1024-pixel picture as the viewer makes them (dcmtk draws them here).
      const slices = mrSeries('bench-figures', FIGURES, { id: 'BENCH-1', name: 'BENCH^PATIENT' });
      for (const [i, slice] of slices.entries()) {
        await platform.dev(`/dev/cases/SMO-2026-0101/attachments`, {
          name: `MR-${i + 1}.dcm`,
          kind: 'dicom',
          mediaType: 'application/dicom',
          base64: slice.bytes.toString('base64'),
        });
      }
      await core.call('sync.now');
      const series = (await core.call<DicomSeries[]>('imaging.series', { caseId })).find((s) => s.images.length === FIGURES)!;
      const figures = [];
      for (const [i, image] of series.images.entries()) {
        writeFileSync(join(dir, 'slice.dcm'), slices[i]!.bytes);
        execFileSync('dcmj2pnm', ['+oj', '+Sxv', '1024', join(dir, 'slice.dcm'), join(dir, 'slice.jpg')]);
        const place = { attachmentId: image.attachmentId, frame: 0, seriesUid: series.seriesUid, seriesNumber: series.seriesNumber, imageNumber: i + 1 };
        await core.call('keyImages.set', { caseId, image: place, key: true, picture: readFileSync(join(dir, 'slice.jpg')).toString('base64') });
        figures.push({ attachmentId: image.attachmentId, frame: 0, caption: `Coupe ${i + 1} : fissure de la corne postérieure` });
      }
      await core.call('reports.setFigures', { caseId, figures });
      let state = await core.call<ReportState>('reports.get', { caseId });
      const fields = (state.draft?.items ?? []).flatMap((i) => (i.type === 'group' ? i.item : [i])).filter((i) => i.type === 'text');
      const answers: ReportAnswers = Object.fromEntries(fields.map((f) => [f.linkId, PARAGRAPH.repeat(23)]));
      Object.assign(answers, { 'diagnostic-agreement': 'agree', 'therapeutic-agreement': 'disagree', complexity: 'complex' });
      state = await core.call<ReportState>('reports.save', { caseId, templateId: state.draft?.template.id, answers });
      const draft = await core.ctx.reports.exports.pdf(caseId, 'draft');
      const pages = (await PDFDocument.load(draft)).getPageCount();

      const layout = await timeEach(5, () => core.ctx.reports.exports.pdf(caseId, 'draft'));
      const identity = core.ctx.signing.identity();
      if (!identity) throw new Error('no certificate was issued');
      const details = { name: 'Dr Claire Martin', reason: 'Second avis médical', location: '', contactInfo: '', signingTime: new Date() };
      const sign = await timeEach(5, () => signPdf(draft, identity, details));

      const idle = (await timeEach(300, () => core.call('reports.get', { caseId }))).slice(100); // warmed up
      const probe = stallProbe();
      const start = performance.now();
      const finalize = core.call('reports.finalize', { caseId, revision: state.draft?.revision });
      const during = await latenciesDuring(() => core.call('reports.get', { caseId }), finalize);
      await finalize;
      const finalizeMs = performance.now() - start;
      const stallMs = probe.stop();
      return {
        pages,
        figures: FIGURES,
        pdf_kib: draft.length / 1024,
        layout_ms: median(layout),
        sign_ms: median(sign),
        sign_vs_layout_ratio: median(sign) / median(layout),
        finalize_ms: finalizeMs,
        call_p95_idle_ms: percentile(idle, 95),
        call_p95_during_finalize_ms: percentile(during, 95),
        calls_during_finalize: during.length,
        stall_during_finalize_ms: stallMs,
      };
    } finally {
      for (const c of cleanups.reverse()) await c();
    }
  },
};
