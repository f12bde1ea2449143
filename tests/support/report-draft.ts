// The knee case's report written as an expert would, for tests of what comes after (signatures,
// figures, practice): the required fields, an answer to each of the patient's questions, and the
// agreements given; saved, and if asked, signed.
import type { ReportAnswers, ReportState } from '../../contract';

interface Caller {
  call<T>(method: string, input?: unknown): Promise<T>;
}

/** Saves a complete draft of the case's report (`extra` answers override); answers its state. */
export async function writeReport(core: Caller, caseId: string, extra: ReportAnswers = {}): Promise<ReportState> {
  const state = await core.call<ReportState>('reports.get', { caseId });
  const answers: ReportAnswers = {
    diagnosis: 'Lésion méniscale interne dégénérative, T2 ≥ 5 mm.',
    treatment: 'Poursuite de la rééducation.',
    'diagnostic-agreement': 'agree',
    'therapeutic-agreement': 'agree',
    complexity: 'simple',
    'patient-summary': 'Votre genou peut être soigné sans opération.',
    ...extra,
  };
  for (const m of state.draft?.missing ?? []) if (m.linkId.startsWith('question-') && !(m.linkId in answers)) answers[m.linkId] = 'Réponse.';
  return core.call<ReportState>('reports.save', { caseId, templateId: state.draft?.template.id, answers });
}

/** Writes, signs and sends the case's report; answers its state after the sync. */
export async function signReport(core: Caller, caseId: string, extra: ReportAnswers = {}): Promise<ReportState> {
  const state = await writeReport(core, caseId, extra);
  await core.call('reports.finalize', { caseId, revision: state.draft?.revision });
  await core.call('sync.now');
  return core.call<ReportState>('reports.get', { caseId });
}
