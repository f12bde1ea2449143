// The `reports.*` calls: the report pane's state, autosave, finalization, reopening a refused
// report, addenda, and the exports (the PDF is served by the content route), each recorded in the
// audit trail.
import type { HandlerTable } from '../rpc/registry';

export const reportsHandlers = {
  'reports.get': (ctx, { caseId }) => ctx.reports.state(caseId),
  'reports.save': (ctx, { caseId, templateId, answers }) => ctx.reports.save(caseId, templateId, answers),
  'reports.setFigures': (ctx, { caseId, figures }) => ctx.reports.setFigures(caseId, figures),
  'reports.finalize': (ctx, { caseId, revision }) => ctx.reports.finalize(caseId, revision),
  'reports.reopen': (ctx, { caseId, submissionId }) => ctx.reports.reopen(caseId, submissionId),
  'reports.startAddendum': (ctx, { caseId }) => ctx.reports.startAddendum(caseId),
  'reports.fhir': (ctx, { caseId, submissionId }) => ctx.reports.exports.exportFhir(caseId, submissionId),
  // The PDF is downloaded from the content route: the renderer says when it saves one.
  'reports.exported': (ctx, { caseId, format, submissionId }) => ctx.reports.exports.recordExport(caseId, format, submissionId),
} satisfies HandlerTable;
