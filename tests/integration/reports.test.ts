// The report through core's calls, with the real encrypted cache and the real platform: drafting
// with autosave, divergence derived as the agreements change, finalization with the review time,
// the platform's receipt, a refused version reopened and sent again, a case withdrawn while the
// draft is written, a restart, and the FHIR export checked against the FHIR R4 schema.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, devGet, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { fhirProblems } from '../support/fhir-schema';

type FhirBundle = { type: string; entry: { fullUrl: string; resource: { resourceType: string } & Record<string, unknown> }[] };
import type { CaseMessage, ReportAnswers, ReportState, ReviewSession, TimerState } from '../../contract';
import { StepClock } from '../support/step-clock';
import { readAudit } from '../../src-main/core/security/audit-log';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const platform = await startTestPlatform(`${dir.path}/platform`);
  cleanups.push(() => platform.close());
  const clock = new StepClock();
  const start = async () => {
    const core = await startTestCore(`${dir.path}/workstation`, platform.url, {}, clock);
    cleanups.push(() => core.close());
    return core;
  };
  const core = await start();
  await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
  await core.call('sync.now');
  return { platform, core, start, clock };
}

type Core = Awaited<ReturnType<typeof setup>>['core'];

/** Answers every required field of the case's form, with the given agreements. */
function complete(state: ReportState, diagnostic: string, therapeutic: string): ReportAnswers {
  const answers: ReportAnswers = {
    diagnosis: 'Lésion méniscale interne dégénérative, sans blocage.',
    treatment: 'Poursuite de la rééducation pendant trois mois.',
    'diagnostic-agreement': diagnostic,
    'therapeutic-agreement': therapeutic,
    complexity: 'complex',
    'complexity-reason': 'Discordance entre l’imagerie et la clinique.',
    'patient-summary': 'Votre genou peut être soigné sans opération pour le moment.',
  };
  if (diagnostic !== 'agree') answers['diagnostic-justification'] = 'Le premier avis surestime la lésion.';
  if (therapeutic !== 'agree') answers['therapeutic-justification'] = 'La chirurgie n’est pas indiquée en première intention.';
  for (const linkId of state.draft?.missing.map((m) => m.linkId).filter((id) => id.startsWith('question-')) ?? []) answers[linkId] = `Réponse à ${linkId}.`;
  return answers;
}

async function save(core: Core, caseId: string, answers: ReportAnswers, templateId?: string): Promise<ReportState> {
  const current = await core.call<ReportState>('reports.get', { caseId });
  return core.call<ReportState>('reports.save', { caseId, templateId: templateId ?? current.draft?.template.id, answers });
}

describe('the report', () => {
  it('is drafted with autosave, derives divergence, is finalized with the review time and reaches the platform', async () => {
    const { platform, core, clock } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    let state = await core.call<ReportState>('reports.get', { caseId });
    // The orthopedic case gets the orthopedics template, with one answer per patient question.
    expect(state.draft).toMatchObject({ kind: 'report', template: { id: 'orthopedics' }, revision: 0, language: 'fr', divergence: null });
    expect(state.canSwitchTemplate).toBe(true);
    const questionItems = state.draft?.items.find((i) => i.linkId === 'patient-questions')?.item ?? [];
    expect(questionItems.map((i) => i.quote)).toEqual([
      'La méniscectomie est-elle vraiment nécessaire ou puis-je poursuivre la rééducation ?',
      'Quel est le risque d’arthrose après une méniscectomie partielle ?',
      'Pourrai-je reprendre la course à pied, et dans quel délai ?',
    ]);
    expect(state.draft?.items.some((i) => i.item.some((c) => c.linkId === 'gp-note'))).toBe(true); // this patient consented

    // Switching before the first save; then the first answer is saved.
    state = await save(core, caseId, {}, 'imaging-review');
    expect(state.draft?.template.id).toBe('imaging-review');
    state = await save(core, caseId, { diagnosis: 'Lésion méniscale' }, 'orthopedics');
    expect(state.draft).toMatchObject({ template: { id: 'orthopedics' }, revision: 2 });
    expect(state.canSwitchTemplate).toBe(false);
    expect(await core.tryCall('reports.save', { caseId, templateId: 'general', answers: { diagnosis: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    // Divergence follows the agreements; a justification is asked for only when not "agree".
    state = await save(core, caseId, { diagnosis: 'Lésion méniscale', 'diagnostic-agreement': 'agree', 'therapeutic-agreement': 'disagree' });
    expect(state.draft?.divergence).toEqual({ value: 'divergent', kind: 'therapeutic' });
    expect(state.draft?.enabled).toContain('therapeutic-justification');
    expect(state.draft?.enabled).not.toContain('diagnostic-justification');
    expect(state.draft?.missing.map((m) => m.linkId)).toContain('therapeutic-justification');

    // Bad answers are refused, naming the field.
    expect(await core.tryCall('reports.save', { caseId, templateId: 'orthopedics', answers: { 'diagnostic-agreement': 'maybe' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('diagnostic-agreement') },
    });
    expect(await core.tryCall('reports.save', { caseId, templateId: 'orthopedics', answers: { nonsense: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await core.tryCall('reports.finalize', { caseId, revision: state.draft?.revision })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // Review time: 95 s in the workspace, the last 20 s still under way when the report is signed.
    await core.call('timer.open', { caseId });
    clock.advance(75_000);
    await core.call('timer.close', { caseId });
    await core.call('timer.open', { caseId });
    clock.advance(20_000);
    await core.ctx.timer.apply((t) => t.tick());

    state = await save(core, caseId, complete(state, 'partial', 'disagree'));
    expect(state.draft?.missing).toEqual([]);
    expect(state.draft?.divergence).toEqual({ value: 'divergent', kind: 'both' });
    expect(await core.tryCall('reports.finalize', { caseId, revision: (state.draft?.revision ?? 0) - 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    state = await core.call<ReportState>('reports.finalize', { caseId, revision: state.draft?.revision });
    expect(state.draft).toBeNull();
    expect(state.submissions).toMatchObject([
      {
        kind: 'report',
        state: 'queued',
        signedBy: expect.any(String),
        reviewSeconds: 95,
        divergence: { value: 'divergent', kind: 'both' },
        complexity: 'complex',
      },
    ]);
    // The signature is in the audit trail, by ids only.
    expect(readAudit(core.db()).at(-1)).toMatchObject({ action: 'report.submitted', caseId, detail: { reportId: state.submissions[0]?.id, kind: 'report' } });
    expect(await core.tryCall('reports.save', { caseId, templateId: 'orthopedics', answers: {} })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    // Signing ended the review: the session under way was cut there, and the 30 s the expert then
    // spends reading the signed case are counted apart (not in the report's review time).
    clock.advance(30_000);
    await core.ctx.timer.apply((t) => t.tick());
    expect(await core.call<TimerState>('timer.state')).toMatchObject({ phase: 'after-report', totalSeconds: 30 });
    await core.call('timer.close', { caseId });
    const sessions = await core.call<ReviewSession[]>('timer.sessions', { caseId });
    expect(sessions.map((s) => [s.countedSeconds, s.endReason, s.phase])).toEqual([
      [30, 'closed', 'after-report'],
      [20, 'signed', 'review'],
      [75, 'closed', 'review'],
    ]);

    await core.call('sync.now');
    state = await core.call<ReportState>('reports.get', { caseId });
    expect(state.submissions[0]).toMatchObject({ state: 'submitted', receipt: { id: expect.any(String) } });
    const onPlatform = (await devGet(platform, '/dev/cases/SMO-2026-0101')) as {
      status: string;
      reviewSeconds: number;
      submissions: { kind: string; body: Record<string, unknown> }[];
    };
    expect(onPlatform.status).toBe('submitted');
    // The platform's review time is the signed report's, though it has every session.
    expect(onPlatform.reviewSeconds).toBe(95);
    const sent = onPlatform.submissions.find((s) => s.kind === 'report')?.body;
    expect(sent).toMatchObject({
      divergence: 'divergent',
      divergenceKind: 'both',
      complexity: 'complex',
      reviewSeconds: 95,
      templateId: 'orthopedics',
      language: 'fr',
    });
    expect((sent?.answers as ReportAnswers)['patient-summary']).toBe('Votre genou peut être soigné sans opération pour le moment.');
    expect(state.canAddAddendum).toBe(true);

    // The exports: FHIR valid against the R4 schema, and the PDF.
    const bundle = await core.call<FhirBundle>('reports.fhir', { caseId, submissionId: state.submissions[0]?.id });
    expect(fhirProblems(bundle)).toEqual([]);
    expect(JSON.stringify(bundle)).toContain('"conclusion":"Votre genou peut être soigné sans opération pour le moment."');
    // A FHIR document: the Composition first, every reference resolving inside the Bundle, the
    // form's answers pointing at the template's canonical URL and version, the PDF presented, the
    // signature's Provenance; and the platform stored the same Bundle with the report.
    expect(bundle.type).toBe('document');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'Composition',
      'Patient',
      'Practitioner',
      'DiagnosticReport',
      'QuestionnaireResponse',
      'Provenance',
    ]);
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(8);
    expect(references.filter((r) => !urls.has(r!))).toEqual([]);
    const resource = (type: string) => bundle.entry.find((e) => e.resource.resourceType === type)!.resource;
    expect(resource('QuestionnaireResponse').questionnaire).toBe('https://smo-workstation.invalid/report-templates/orthopedics|1.0.0');
    expect(resource('DiagnosticReport')).toMatchObject({
      status: 'final',
      presentedForm: [{ contentType: 'application/pdf', data: expect.stringMatching(/^JVBERi0/) }],
    });
    expect(resource('Patient')).toEqual({ resourceType: 'Patient', identifier: [{ system: expect.any(String), value: 'SMO-2026-0101' }] });
    expect((sent as { fhir?: unknown }).fhir).toEqual(bundle);
    const pdf = await core.ctx.documents.read(`report/${caseId}/${state.submissions[0]?.id}`, 0, 4);
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-');

    // The patient comes back with a follow-up question: it arrives as a message marked as a
    // question, and the addendum answers it, the same way as the report.
    await platform.dev('/dev/cases/SMO-2026-0101/patient-messages', { kind: 'follow_up_question', body: 'Puis-je faire du vélo pendant la rééducation ?' });
    await core.call('sync.now');
    expect((await core.call<CaseMessage[]>('messages.list', { caseId })).map((m) => [m.kind, m.unread, m.answered])).toEqual([
      ['follow_up_question', true, false],
    ]);
    state = await core.call<ReportState>('reports.startAddendum', { caseId });
    const followUps = state.draft?.items.find((i) => i.linkId === 'follow-up-questions')?.item ?? [];
    expect(followUps.map((i) => i.quote)).toEqual(['Puis-je faire du vélo pendant la rééducation ?']);
    const answerId = followUps[0]?.linkId ?? '';
    expect(state.draft).toMatchObject({ kind: 'addendum', missing: [{ linkId: answerId }, { linkId: 'addendum' }] });
    state = await core.call<ReportState>('reports.save', {
      caseId,
      templateId: 'addendum',
      answers: { [answerId]: 'Oui, le vélo sans résistance est conseillé.', addendum: 'Précision sur le délai de reprise de la course.' },
    });
    // The addendum's own time: the reading after the report, and the 40 s spent writing it.
    await core.call('timer.open', { caseId });
    clock.advance(40_000);
    state = await core.call<ReportState>('reports.finalize', { caseId, revision: state.draft?.revision });
    await core.call('sync.now');
    state = await core.call<ReportState>('reports.get', { caseId });
    expect(state.submissions.map((s) => [s.kind, s.state, s.reviewSeconds])).toEqual([
      ['report', 'submitted', 95],
      ['addendum', 'submitted', 70],
    ]);
    // The follow-up question is answered now: the thread says so instead of offering an addendum again.
    expect((await core.call<CaseMessage[]>('messages.list', { caseId })).map((m) => [m.kind, m.answered])).toEqual([['follow_up_question', true]]);
    expect(((await devGet(platform, '/dev/cases/SMO-2026-0101')) as { reviewSeconds: number }).reviewSeconds).toBe(95);
  });

  it('keeps the draft through a restart and a withdrawal, refuses changes after it, and still exports it', async () => {
    const { platform, core, start } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    await save(core, caseId, { diagnosis: 'Lésion méniscale', 'diagnostic-agreement': 'agree', 'therapeutic-agreement': 'agree' });
    await core.close();
    const again = await start();
    let state = await again.call<ReportState>('reports.get', { caseId });
    expect(state.draft).toMatchObject({
      template: { id: 'orthopedics' },
      answers: { diagnosis: 'Lésion méniscale' },
      divergence: { value: 'convergent', kind: null },
    });

    await platform.dev('/dev/cases/SMO-2026-0101/withdraw');
    await again.call('sync.now');
    state = await again.call<ReportState>('reports.get', { caseId });
    expect(state.blocked).toBe('case-closed');
    expect(state.draft?.answers.diagnosis).toBe('Lésion méniscale');
    expect(await again.tryCall('reports.save', { caseId, templateId: 'orthopedics', answers: { diagnosis: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const bundle = await again.call<Record<string, unknown>>('reports.fhir', { caseId, submissionId: null });
    expect(fhirProblems(bundle)).toEqual([]);
    expect(JSON.stringify(bundle)).toContain('"status":"preliminary"');
  });

  it('takes a report the platform refused back to draft, and sends it again on the new version', async () => {
    const { platform, core } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    let state = await save(core, caseId, {});
    state = await save(core, caseId, complete(state, 'agree', 'agree'));
    state = await core.call<ReportState>('reports.finalize', { caseId, revision: state.draft?.revision });
    // The patient added a document meanwhile: the platform refuses the report written on the old version.
    await platform.dev('/dev/cases/SMO-2026-0101/attachments', {
      name: 'Radiographie.pdf',
      kind: 'other',
      mediaType: 'application/octet-stream',
      base64: Buffer.from('late exam').toString('base64'),
    });
    await core.call('sync.now');
    state = await core.call<ReportState>('reports.get', { caseId });
    const refused = state.submissions[0];
    expect(refused).toMatchObject({ state: 'rejected', rejection: 'VERSION_CONFLICT' });
    state = await core.call<ReportState>('reports.reopen', { caseId, submissionId: refused?.id });
    expect(state.submissions).toEqual([]);
    expect(state.draft?.answers.diagnosis).toBe('Lésion méniscale interne dégénérative, sans blocage.');
    await core.call('sync.now'); // brings the new version
    state = await core.call<ReportState>('reports.finalize', { caseId, revision: state.draft?.revision });
    await core.call('sync.now');
    state = await core.call<ReportState>('reports.get', { caseId });
    expect(state.submissions).toMatchObject([{ state: 'submitted', divergence: { value: 'convergent', kind: null } }]);
  });
});
