// The `reports.*` calls: the report pane's state, autosave, finalization, reopening a refused
// report, addenda, and the FHIR export (the PDF is served by the content route).
import type { HandlerTable } from '../rpc/registry';

export const reportsHandlers = {
  'reports.get': (ctx, { caseId }) => ctx.reports.state(caseId),
  'reports.save': (ctx, { caseId, templateId, answers }) => ctx.reports.save(caseId, templateId, answers),
  'reports.finalize': (ctx, { caseId, revision }) => ctx.reports.finalize(caseId, revision),
  'reports.reopen': (ctx, { caseId, submissionId }) => ctx.reports.reopen(caseId, submissionId),
  'reports.startAddendum': (ctx, { caseId }) => ctx.reports.startAddendum(caseId),
  'reports.fhir': (ctx, { caseId, submissionId }) => ctx.reports.fhir(caseId, submissionId),
} satisfies HandlerTable;
