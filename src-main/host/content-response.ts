// How a host answers a request for document content: status, headers and the byte span, from the
// request's Range and If-Range. Shared by the browser preview's route and Electron's app:// protocol.
import { parseRangeHeader, type ByteRange } from '../../shared/byte-range';
import type { ContentEntity } from './content';

export interface ContentAnswer {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  /** The bytes to send, if any. */
  span: ByteRange | null;
}

export function answerContentRequest(entity: ContentEntity | null, range: string | null, ifRange: string | null): ContentAnswer {
  if (!entity) return { status: 404, headers: { 'Content-Type': 'text/plain' }, span: null };
  const headers: Record<string, string> = {
    'Accept-Ranges': 'bytes',
    ETag: entity.etag,
    'Cache-Control': 'no-store',
    'Content-Type': entity.mediaType,
  };
  const request = ifRange && ifRange !== entity.etag ? { kind: 'whole' as const } : parseRangeHeader(range ?? undefined, entity.size);
  if (request.kind === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${entity.size}` }, span: null };
  }
  const span = request.kind === 'partial' ? request.range : { start: 0, end: entity.size - 1 };
  headers['Content-Length'] = String(Math.max(0, span.end - span.start + 1));
  if (request.kind === 'partial') headers['Content-Range'] = `bytes ${span.start}-${span.end}/${entity.size}`;
  return { status: request.kind === 'partial' ? 206 : 200, headers, span: entity.size === 0 ? null : span };
}
