// The `documents.*` calls: the text recognised on a scanned document, asking for it first, and the
// search over the text of a case's documents.
import type { HandlerTable } from '../rpc/registry';
import { searchDocuments } from './text/document-text';

export const documentsHandlers = {
  'documents.recognisedText': (ctx, { caseId, attachmentId }) => ctx.recognition.recognisedText(caseId, attachmentId),
  'documents.recognise': (ctx, { caseId, attachmentId }) => ctx.recognition.recognise(caseId, attachmentId),
  'documents.search': (ctx, { caseId, query }) => searchDocuments(ctx.cache.database(), caseId, query),
} satisfies HandlerTable;
