// No input holds core's thread: a report whose every field is one word at the contract's limit is
// laid out (in the worker thread) while core keeps answering, and every character reaches the PDF.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { REPORT_TEXT_MAX, type ReportState } from '../../contract';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('core stays responsive', () => {
  it('lays out a report of one-word fields at the contract’s limit while answering other calls, losing no character', async () => {
    const { platform, core, dir } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId('SMO-2026-0101');
    const state = await core.call<ReportState>('reports.get', { caseId });
    const textFields = (state.draft?.items ?? []).flatMap((i) => (i.type === 'group' ? i.item : [i])).filter((i) => i.type === 'text');
    expect(textFields.length).toBeGreaterThan(3);
    const word = (n: number) => `${'Ł'.repeat(10)}${String(n)}${'x'.repeat(REPORT_TEXT_MAX - 12)}`;
    const answers = Object.fromEntries(textFields.map((f, n) => [f.linkId, word(n % 10)]));
    const saved = await core.call<ReportState>('reports.save', { caseId, templateId: state.draft?.template.id, answers });
    const ref = `report/${caseId}/draft@${saved.draft?.revision}`;

    const order: string[] = [];
    const pdf = core.ctx.documents.info(ref).then((info) => {
      order.push('pdf');
      return info;
    });
    await core.call('timer.state');
    order.push('call');
    const info = await pdf;
    expect(order).toEqual(['call', 'pdf']);

    const bytes = await core.ctx.documents.read(ref, 0, info.size - 1);
    writeFileSync(`${dir}/report.pdf`, bytes);
    const text = execFileSync('pdftotext', [`${dir}/report.pdf`, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, '');
    // Every x of every field the patient reads is there (the standard fonts print Ł as "?": issue 24
    // embeds a Unicode font). Fields for the platform only (the complexity's reason) or not enabled
    // (a justification of an agreement not given) are not printed.
    const printed = textFields.filter((f) => ['diagnosis', 'treatment', 'patient-summary'].includes(f.linkId) || f.linkId.startsWith('question-'));
    expect(printed.length).toBeGreaterThanOrEqual(5);
    expect(text.match(/x/g)?.length).toBeGreaterThanOrEqual(printed.length * (REPORT_TEXT_MAX - 12));
  });
});
