// The `documents.*` calls: the text recognised on a scanned document, and asking for it first.
import type { HandlerTable } from '../rpc/registry';

export const documentsHandlers = {
  'documents.recognisedText': (ctx, { caseId, attachmentId }) => ctx.recognition.recognisedText(caseId, attachmentId),
  'documents.recognise': (ctx, { caseId, attachmentId }) => ctx.recognition.recognise(caseId, attachmentId),
} satisfies HandlerTable;
