// Core's longest event-loop stall while it lays out a patient-facing report, for ordinary text
// (the baseline) and for fields of one long word (a 5,000-character word once froze core for a
// minute): the ratio says whether any text can hold the thread that every call shares.
import { signedInWorkstation, type Cleanups } from '../tests/support/signed-in';
import type { ReportState } from '../contract';
import type { Benchmark } from './run';
import { stallProbe } from './stats';

const WORD = Number(process.env.SMO_BENCH_WORD ?? 5000);

async function stallWhileLaidOut(text: (n: number) => string): Promise<{ stallMs: number; layoutMs: number }> {
  const cleanups: Cleanups = [];
  try {
    const { platform, core } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId('SMO-2026-0101');
    const state = await core.call<ReportState>('reports.get', { caseId });
    const fields = (state.draft?.items ?? []).flatMap((i) => (i.type === 'group' ? i.item : [i])).filter((i) => i.type === 'text');
    const saved = await core.call<ReportState>('reports.save', {
      caseId,
      templateId: state.draft?.template.id,
      answers: Object.fromEntries(fields.map((f, n) => [f.linkId, text(n)])),
    });
    const probe = stallProbe();
    const start = performance.now();
    await core.ctx.documents.info(`report/${caseId}/draft@${saved.draft?.revision}`);
    const layoutMs = performance.now() - start;
    return { stallMs: probe.stop(), layoutMs };
  } finally {
    for (const c of cleanups.reverse()) await c();
  }
}

export const benchmark: Benchmark = {
  description: `core's longest stall while laying out a report: fields of ordinary text vs fields of one ${WORD}-character word`,
  async run() {
    {
      const ordinary = await stallWhileLaidOut(() =>
        'Lésion méniscale interne dégénérative, sans blocage ni épanchement. '.repeat(Math.ceil(WORD / 68)).slice(0, WORD),
      );
      const longWord = await stallWhileLaidOut((n) => `${n}${'x'.repeat(WORD - 1)}`);
      return {
        word_chars: WORD,
        ordinary_stall_ms: ordinary.stallMs,
        ordinary_layout_ms: ordinary.layoutMs,
        long_word_stall_ms: longWord.stallMs,
        long_word_layout_ms: longWord.layoutMs,
        long_word_vs_ordinary_stall_ratio: longWord.stallMs / ordinary.stallMs,
      };
    }
  },
};
