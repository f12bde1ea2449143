// Text recognition (OCR) of a scanned page and what it costs core: the time to read one 300-dpi A4
// page of the demo's French letter in core's recognition thread (the engine started once before,
// as it stays while documents wait), and core's answer time to a call while a 4-page letter is
// being read, against the same calls with nothing read (the baseline), with its longest stall.
import { signedInWorkstation, type Cleanups } from '../tests/support/signed-in';
import { scannedLetter } from '../platform/demo/scanned-letter';
import { offThread } from '../src-main/core/work/off-thread';
import { ocrLanguagesDir } from '../src-main/core/documents/recognition/ocr-languages';
import type { RecognitionStatus } from '../contract';
import type { Benchmark } from './run';
import { median, percentile, stallProbe } from './stats';

/** Calls to core, one every 20 ms, for `ms`: each one's answer time. */
async function callTimes(call: () => Promise<unknown>, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

export const benchmark: Benchmark = {
  description: 'OCR of one 300-dpi A4 page (French letter) in the recognition thread; core call latency while a 4-page scan is read vs idle',
  async run() {
    const letter = await scannedLetter('Courrier', 4);
    const languagesDir = ocrLanguagesDir(null);
    // The engine's start (tesseract and its language data), once: then pages 2 to 4.
    let start = performance.now();
    await offThread('ocr.pdfPage', { bytes: letter, page: 1, languagesDir });
    const firstPageMs = performance.now() - start;
    const pages: number[] = [];
    for (const page of [2, 3, 4]) {
      start = performance.now();
      await offThread('ocr.pdfPage', { bytes: letter, page, languagesDir });
      pages.push(performance.now() - start);
    }
    await offThread('ocr.release', undefined);

    const cleanups: Cleanups = [];
    try {
      const { platform, core } = await signedInWorkstation(cleanups);
      await platform.dev('/dev/cases/SMO-2026-0101/attachments', {
        name: 'Courrier.pdf',
        kind: 'pdf',
        mediaType: 'application/pdf',
        base64: letter.toString('base64'),
      });
      await core.call('sync.now');
      const caseId = platform.caseId('SMO-2026-0101');
      const attachmentId = core.db().prepare<[string], { id: string }>('SELECT id FROM attachments WHERE name = ?').get('Courrier.pdf')?.id ?? '';
      const ask = () => core.call('cases.list', {});
      const idleUntil = performance.now() + 3000;
      const idle = await callTimes(ask, () => performance.now() > idleUntil);
      const done = () => core.events.some((e) => e.event === 'documents.recognition' && (e.payload as RecognitionStatus).state === 'done');
      const probe = stallProbe();
      start = performance.now();
      await core.call('documents.recognise', { caseId, attachmentId });
      const busy = await callTimes(ask, done);
      const documentMs = performance.now() - start;
      const stallMs = probe.stop();
      return {
        ocr_page_ms: median(pages),
        ocr_first_page_ms_with_engine_start: firstPageMs,
        ocr_document_ms_4_pages: documentMs,
        call_p95_ms_idle: percentile(idle, 95),
        call_p95_ms_during_ocr: percentile(busy, 95),
        call_p95_ratio: percentile(busy, 95) / percentile(idle, 95),
        core_longest_stall_ms_during_ocr: stallMs,
      };
    } finally {
      for (const c of cleanups.reverse()) await c();
    }
  },
};
