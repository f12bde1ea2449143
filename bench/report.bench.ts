// The report's PDF laid out and signed: a 10-page report (ordinary text in every field), laid out
// alone (the baseline, core's worker thread), signed alone (PAdES with the certificate the demo
// platform issued), and finalized whole (layout and signature in the worker, stored, queued); with
// core's call latency and longest stall while it finalizes, against the same calls idle.
import { signedInWorkstation, type Cleanups } from '../tests/support/signed-in';
import type { ReportAnswers, ReportState, SigningStatus } from '../contract';
import { signPdf } from '../src-main/core/signing/pdf-signature';
import { PDFDocument } from 'pdf-lib';
import type { Benchmark } from './run';
import { median, percentile, stallProbe, timeEach } from './stats';

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
  description: 'a 10-page report: laid out (baseline), signed (PAdES), finalized whole; core call latency and stall while it finalizes',
  async run() {
    const cleanups: Cleanups = [];
    try {
      const { platform, core } = await signedInWorkstation(cleanups, { signing: { issueCertificates: true } });
      for (let i = 0; i < 200 && !(await core.call<SigningStatus>('signing.status')).certificate; i++) await new Promise((r) => setTimeout(r, 25));
      const caseId = platform.caseId('SMO-2026-0101');
      let state = await core.call<ReportState>('reports.get', { caseId });
      const fields = (state.draft?.items ?? []).flatMap((i) => (i.type === 'group' ? i.item : [i])).filter((i) => i.type === 'text');
      const answers: ReportAnswers = Object.fromEntries(fields.map((f) => [f.linkId, PARAGRAPH.repeat(23)]));
      Object.assign(answers, { 'diagnostic-agreement': 'agree', 'therapeutic-agreement': 'disagree', complexity: 'complex' });
      state = await core.call<ReportState>('reports.save', { caseId, templateId: state.draft?.template.id, answers });
      const draft = await core.ctx.reports.pdf(caseId, 'draft');
      const pages = (await PDFDocument.load(draft)).getPageCount();

      const layout = await timeEach(5, () => core.ctx.reports.pdf(caseId, 'draft'));
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
