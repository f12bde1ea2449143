// Idempotency keys (as Stripe's API): a mutating request carries `Idempotency-Key`; the first
// answer is stored with a fingerprint of the request and replayed for a repeated key; the same key
// with a different request is refused. The change and the stored answer commit together.
import { createHash } from 'node:crypto';
import type { PlatformDb } from './db';
import { HttpProblem, problemBody, type RequestContext } from './http';

export interface Answer {
  status: number;
  body: unknown;
}

export function runIdempotent(db: PlatformDb, ctx: RequestContext, rawBody: Buffer, change: () => Answer): Answer & { replayed: boolean } {
  const key = ctx.req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length < 8 || key.length > 200) {
    throw new HttpProblem(400, 'IDEMPOTENCY_KEY_REQUIRED', 'This request needs an Idempotency-Key header (8 to 200 characters).');
  }
  const expertId = ctx.expertId ?? '';
  const fingerprint = createHash('sha256').update(`${ctx.req.method} ${ctx.url.pathname}\n`).update(rawBody).digest('hex');
  return db.transaction(() => {
    const stored = db
      .prepare<[string, string], { fingerprint: string; status: number; body: string }>(
        'SELECT fingerprint, status, body FROM idempotency WHERE expert_id = ? AND key = ?',
      )
      .get(expertId, key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        throw new HttpProblem(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request.');
      }
      return { status: stored.status, body: JSON.parse(stored.body), replayed: true };
    }
    let answer: Answer;
    try {
      answer = change();
    } catch (error) {
      // A refusal (409 ...) is an answer too, and a repeated request must get the same one.
      if (!(error instanceof HttpProblem) || error.status >= 500) throw error;
      answer = { status: error.status, body: problemBody(error, ctx.url.pathname) };
    }
    db.prepare('INSERT INTO idempotency (expert_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      expertId,
      key,
      fingerprint,
      answer.status,
      JSON.stringify(answer.body),
      new Date().toISOString(),
    );
    return { ...answer, replayed: false };
  })();
}
