// The expert's view: who am I, the feed of changes since a cursor, a case's full record.
import { HttpProblem, sendJson, type Router } from '../http';
import type { PlatformState } from '../state';
import { caseRecord, ownedCase } from '../cases-repo';

const MAX_PAGE = 500;

export function encodeCursor(seq: number): string {
  return Buffer.from(`v1:${seq}`).toString('base64url');
}
function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0;
  const match = /^v1:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new HttpProblem(400, 'INVALID_CURSOR', 'The cursor is not one this platform issued.');
  return Number(match[1]);
}

export function caseRoutes(router: Router, state: PlatformState): void {
  const { db } = state;
  router.on('GET', '/api/v1/me', ({ res, expertId }) => {
    const me = db.prepare('SELECT id, email, display_name AS displayName, specialty FROM experts WHERE id = ?').get(expertId);
    sendJson(res, 200, me);
  });

  router.on('GET', '/api/v1/feed', ({ res, url, expertId }) => {
    const after = decodeCursor(url.searchParams.get('cursor'));
    const limit = Math.min(MAX_PAGE, Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100));
    const rows = db
      .prepare<[string | null, number, number], { seq: number; caseId: string; type: string; at: string }>(
        'SELECT seq, case_id AS caseId, type, at FROM feed WHERE expert_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      )
      .all(expertId, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1)?.seq ?? after;
    sendJson(res, 200, {
      changes: page.map(({ caseId, type, at }) => ({ caseId, type, at })),
      cursor: encodeCursor(last),
      hasMore: rows.length > limit,
    });
  });

  router.on('GET', '/api/v1/cases/:caseId', ({ res, params, expertId }) => {
    sendJson(res, 200, caseRecord(db, ownedCase(db, expertId ?? '', params.caseId ?? '')));
  });
}
