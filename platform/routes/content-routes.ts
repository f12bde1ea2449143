// GET /api/v1/attachments/:id/content: the bytes of an attachment, with Range/If-Range, a strong
// ETag and Repr-Digest (RFC 9530), throttled, cut or corrupted when a dev control says so.
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { parseRangeHeader } from '../../shared/byte-range';
import { HttpProblem, type Router } from '../http';
import type { Faults, PlatformState } from '../state';
import { ownedCase } from '../cases-repo';

interface AttachmentRow {
  id: string;
  case_id: string;
  media_type: string;
  size: number;
  sha256: string;
  path: string;
}

export function contentRoutes(router: Router, state: PlatformState): void {
  const { db, faults } = state;
  router.on('GET', '/api/v1/attachments/:attachmentId/content', async ({ req, res, params, expertId }) => {
    const row = db
      .prepare<[string | undefined], AttachmentRow>('SELECT id, case_id, media_type, size, sha256, path FROM attachments WHERE id = ?')
      .get(params.attachmentId);
    if (!row) throw new HttpProblem(404, 'ATTACHMENT_NOT_FOUND', 'No such attachment.');
    ownedCase(db, expertId ?? '', row.case_id);

    faults.recentRanges.push(req.headers.range ?? null);
    if (faults.recentRanges.length > 100) faults.recentRanges.shift();
    const etag = `"sha256-${row.sha256}"`;
    const ifRange = req.headers['if-range'];
    const range = ifRange && ifRange !== etag ? { kind: 'whole' as const } : parseRangeHeader(req.headers.range, row.size);
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', etag);
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(row.sha256, 'hex').toString('base64')}:`);
    res.setHeader('Content-Type', row.media_type);
    res.setHeader('Cache-Control', 'private, no-store');
    if (range.kind === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${row.size}`);
      throw new HttpProblem(416, 'RANGE_NOT_SATISFIABLE', 'The requested range is outside the attachment.');
    }
    const span = range.kind === 'partial' ? range.range : { start: 0, end: row.size - 1 };
    if (range.kind === 'partial') res.setHeader('Content-Range', `bytes ${span.start}-${span.end}/${row.size}`);
    res.writeHead(range.kind === 'partial' ? 206 : 200, { 'Content-Length': String(span.end - span.start + 1) });
    if (req.method === 'HEAD' || row.size === 0) return void res.end();

    const tamper = faults.tampered.get(row.id) ?? 0;
    if (tamper > 0) faults.tampered.set(row.id, tamper - 1);
    await stream(res, row.path, span.start, span.end, faults, tamper > 0 ? Math.floor((span.end - span.start) / 2) : -1);
  });
}

async function stream(res: ServerResponse, path: string, start: number, end: number, faults: Faults, corruptAt: number) {
  let sent = 0;
  const file = createReadStream(path, { start, end, highWaterMark: 256 * 1024 });
  for await (const chunk of file as AsyncIterable<Buffer>) {
    let piece = chunk;
    if (corruptAt >= sent && corruptAt < sent + piece.length) {
      piece = Buffer.from(piece);
      piece[corruptAt - sent] = (piece[corruptAt - sent] ?? 0) ^ 0xff;
    }
    if (faults.cutAfterBytes !== null && sent + piece.length > faults.cutAfterBytes) {
      res.write(piece.subarray(0, Math.max(0, faults.cutAfterBytes - sent)));
      file.destroy();
      res.destroy(); // the connection drops mid-body, as on a train
      return;
    }
    if (faults.bytesPerSecond !== null) await new Promise((r) => setTimeout(r, (piece.length / faults.bytesPerSecond!) * 1000));
    sent += piece.length;
    if (res.destroyed) return file.destroy();
    if (!res.write(piece)) await new Promise((r) => res.once('drain', r));
  }
  res.end();
}
