// Documents (`documents.*`): the text recognised (OCR) on the pages of a PDF that have no text
// layer, and on a photo of a document, kept in the encrypted cache so that it is read once; and the
// search over the text of a case's documents (text layers and recognised text).
import { z } from 'zod';
import { type CallTable, CaseId, DocumentId } from './common';

/**
 * A recognised word, laid out as pdf.js lays out a PDF's text: `transform` puts its lower left
 * corner at (e, f) with its line along (a, b) and its height along (c, d), in the page's PDF space
 * (points, y up) for a PDF, or in the image's pixels (y down) for a photo; `width` runs along the line.
 */
export const RecognisedWord = z.object({
  text: z.string().min(1).max(200),
  /** Tesseract's confidence, 0–100. */
  confidence: z.number().min(0).max(100),
  /** The line the word is on, counted over the page: words of one line are joined by spaces. */
  line: z.number().int().min(0),
  transform: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]),
  width: z.number().positive(),
});
export type RecognisedWord = z.infer<typeof RecognisedWord>;

export const RecognisedPage = z.object({
  /** 1-based; a photo is page 1. */
  page: z.number().int().min(1),
  /** The page's size (PDF points) or the image's (pixels). */
  width: z.number().positive(),
  height: z.number().positive(),
  /** Empty: recognition ran and read nothing (a blank or unreadable page). */
  words: z.array(RecognisedWord),
});
export type RecognisedPage = z.infer<typeof RecognisedPage>;

/**
 * Where recognition stands for a document: `off` (background recognition is off and it was not
 * asked for), `waiting`, `reading` (pagesDone of pagesTotal), `done`, `failed` (it could not be
 * read: damaged, too large), `not-a-document` (a photo with no text to speak of).
 */
export const RecognitionState = z.enum(['off', 'waiting', 'reading', 'done', 'failed', 'not-a-document']);
export type RecognitionState = z.infer<typeof RecognitionState>;

export const RecognitionStatus = z.object({
  caseId: z.string(),
  attachmentId: z.string(),
  state: RecognitionState,
  /** Pages recognised so far, of those that need it (pages with a text layer are not counted). */
  pagesDone: z.number().int().min(0),
  pagesTotal: z.number().int().min(0),
});
export type RecognitionStatus = z.infer<typeof RecognitionStatus>;

export const RecognisedText = RecognitionStatus.extend({ pages: z.array(RecognisedPage) });
export type RecognisedText = z.infer<typeof RecognisedText>;

const DocumentRef = z.object({ caseId: CaseId, attachmentId: DocumentId }).strict();

/** A page of a document of the case that holds what the expert searched for. */
export const DocumentMatch = z.object({
  attachmentId: z.string(),
  name: z.string(),
  page: z.number().int().min(1),
  /** A few words around the first match on the page. */
  passage: z.string(),
  /** Found in the text OCR read on a scan (not in the document's own text). */
  recognised: z.boolean(),
});
export type DocumentMatch = z.infer<typeof DocumentMatch>;

export const DocumentSearch = z.object({
  matches: z.array(DocumentMatch),
  /** More pages hold it than are listed. */
  more: z.boolean(),
});
export type DocumentSearch = z.infer<typeof DocumentSearch>;

export const documentsMethods = {
  /** The text recognised on the document so far, and where recognition stands. */
  'documents.recognisedText': { input: DocumentRef, output: RecognisedText },
  /** Recognise this document next (opened by the expert; also when background recognition is off). */
  'documents.recognise': { input: DocumentRef, output: RecognitionStatus },
  /** The pages of the case's documents that hold every word of `query` (the last one as a word's start). */
  'documents.search': { input: z.object({ caseId: CaseId, query: z.string().max(200) }).strict(), output: DocumentSearch },
} as const satisfies CallTable;

export const documentsEvents = {
  /** A document's recognition moved on (a page read, done, failed). */
  'documents.recognition': RecognitionStatus,
} as const satisfies Record<string, z.ZodType>;
