// What the expert does, each with an Idempotency-Key: accept (with the attestation of not being
// in charge of the patient), decline, submit a report or addendum, record review time, message the
// patient, send audit entries.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  AcceptRequest as Accept,
  AuditBatch as Audit,
  DeclineRequest as Decline,
  MessageRequest as Message,
  ReportSubmission as Report,
  ReviewSession,
} from '../../shared/platform-api/actions';
import { HttpProblem, readJson, sendJson, type RequestContext, type Router } from '../http';
import { runIdempotent, type Answer } from '../idempotency';
import type { PlatformState } from '../state';
import { checkReportSignature, type SignatureCheck } from '../signatures/report-signature';
import { documentProblem, presentedPdf } from '../report-document';
import { addFeed, caseRecord, findCase, ownedCase, setStatus, type CaseRow } from '../cases-repo';
// The chain's hash is the workstation's definition; the platform recomputes it with the same code.
import { GENESIS_HASH, auditHash } from '../../shared/audit-hash';

const OPEN_STATUSES = new Set(['accepted', 'waiting_for_patient']);

export function actionRoutes(router: Router, state: PlatformState): void {
  const { db } = state;

  /**
   * A mutating route. `check` is the asynchronous part of the decision (a signature to verify),
   * done before the change's transaction, whose answer it is passed.
   */
  function mutating<T, C = null>(
    path: string,
    schema: z.ZodType<T>,
    change: (ctx: RequestContext, input: T, row: CaseRow | null, checked: C | null) => Answer,
    options: { check?: (input: T) => Promise<C>; bodyLimit?: number } = {},
  ) {
    router.on('POST', path, async (ctx) => {
      const { raw, value } = await readJson(ctx.req, options.bodyLimit);
      const early = schema.safeParse(value);
      const checked = early.success && options.check ? await options.check(early.data) : null;
      const answer = runIdempotent(db, ctx, raw, () => {
        const parsed = schema.safeParse(value);
        if (!parsed.success) throw new HttpProblem(400, 'INVALID_REQUEST', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
        const row = ctx.params.caseId ? ownedCase(db, ctx.expertId ?? '', ctx.params.caseId) : null;
        return change(ctx, parsed.data, row, checked);
      });
      if (state.faults.dropAfterProcessing > 0) {
        state.faults.dropAfterProcessing--;
        ctx.res.destroy(); // processed and stored, but the answer never reaches the client
        return;
      }
      const headers: Record<string, string> = answer.replayed ? { 'Idempotent-Replayed': 'true' } : {};
      if (answer.status >= 400) headers['Content-Type'] = 'application/problem+json';
      sendJson(ctx.res, answer.status, answer.body, headers);
    });
  }

  const refuseClosed = (row: CaseRow) => {
    if (row.status === 'withdrawn') throw new HttpProblem(409, 'CASE_WITHDRAWN', 'The patient withdrew this request.');
    if (row.status === 'closed') throw new HttpProblem(409, 'CASE_CLOSED', 'This case is closed.');
  };

  mutating('/api/v1/cases/:caseId/accept', Accept, (ctx, _input, row) => {
    if (!row) throw new Error('case expected');
    refuseClosed(row);
    if (row.status === 'accepted') return { status: 200, body: caseRecord(db, row) };
    if (row.status !== 'offered') throw new HttpProblem(409, 'CASE_NOT_OFFERED', `This case cannot be accepted (it is ${row.status}).`);
    setStatus(db, row, 'accepted');
    addFeed(db, ctx.expertId ?? '', row.id, 'accepted');
    return { status: 200, body: caseRecord(db, findCase(db, row.id) ?? row) };
  });

  mutating('/api/v1/cases/:caseId/decline', Decline, (ctx, input, row) => {
    if (!row) throw new Error('case expected');
    refuseClosed(row);
    if (row.status !== 'offered') throw new HttpProblem(409, 'CASE_NOT_OFFERED', `This case cannot be declined (it is ${row.status}).`);
    setStatus(db, row, 'declined');
    db.prepare('INSERT INTO submissions (id, case_id, expert_id, kind, body_json, received_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      randomUUID(),
      row.id,
      ctx.expertId,
      'decline',
      JSON.stringify(input),
      new Date().toISOString(),
    );
    addFeed(db, ctx.expertId ?? '', row.id, 'declined');
    return { status: 200, body: { status: 'declined' } };
  });

  mutating(
    '/api/v1/cases/:caseId/reports',
    Report,
    (ctx, input, row, signature: SignatureCheck | null) => {
      if (!row) throw new Error('case expected');
      refuseClosed(row);
      const problem = input.fhir ? documentProblem(input.fhir) : null;
      if (problem) throw new HttpProblem(400, 'INVALID_REQUEST', problem);
      if (signature?.state === 'invalid') throw new HttpProblem(422, 'SIGNATURE_INVALID', signature.reason);
      if (signature?.state === 'untrusted') throw new HttpProblem(422, 'SIGNER_UNTRUSTED', signature.reason);
      if (input.kind === 'report' && !OPEN_STATUSES.has(row.status)) {
        throw new HttpProblem(409, 'CASE_NOT_IN_REVIEW', `A report cannot be submitted for this case (it is ${row.status}).`);
      }
      if (input.kind === 'addendum' && row.status !== 'submitted') {
        throw new HttpProblem(409, 'NO_REPORT_YET', 'An addendum needs a submitted report.');
      }
      if (input.baseVersion !== row.version) {
        throw new HttpProblem(
          409,
          'VERSION_CONFLICT',
          `The case changed on the platform (version ${row.version}, the report was written on version ${input.baseVersion}).`,
        );
      }
      const id = randomUUID();
      const receivedAt = new Date().toISOString();
      db.prepare('INSERT INTO submissions (id, case_id, expert_id, kind, body_json, received_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        row.id,
        ctx.expertId,
        input.kind,
        JSON.stringify(input),
        receivedAt,
      );
      if (input.kind === 'report') setStatus(db, row, 'submitted');
      addFeed(db, ctx.expertId ?? '', row.id, 'updated');
      const electronicSignature = signature?.state === 'valid' ? 'verified' : 'none';
      return { status: 201, body: { receipt: { id, receivedAt, kind: input.kind, electronicSignature } } };
    },
    {
      check: async (input): Promise<SignatureCheck> => {
        const pdf = input.fhir ? presentedPdf(input.fhir) : null;
        return pdf ? checkReportSignature(pdf, await state.signatures.trusted()) : { state: 'unsigned' };
      },
      bodyLimit: 16 * 1024 * 1024,
    },
  );

  mutating('/api/v1/cases/:caseId/review-sessions', ReviewSession, (ctx, input, row) => {
    if (!row) throw new Error('case expected');
    // What the session adds to the case's review time: nothing if removed or after the report was signed, else as shortened or measured.
    const counted = input.removed || input.phase === 'after-report' ? 0 : (input.adjustedSeconds ?? input.activeSeconds);
    db.prepare(
      `INSERT INTO review_sessions (id, case_id, expert_id, body_json, counted_seconds, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET body_json = excluded.body_json, counted_seconds = excluded.counted_seconds, updated_at = excluded.updated_at`,
    ).run(input.sessionId, row.id, ctx.expertId, JSON.stringify(input), counted, new Date().toISOString());
    const total = db.prepare<[string], number>('SELECT coalesce(sum(counted_seconds), 0) FROM review_sessions WHERE case_id = ?').pluck().get(row.id) ?? 0;
    return { status: 201, body: { recorded: true, reviewSeconds: total } };
  });

  mutating('/api/v1/cases/:caseId/messages', Message, (_ctx, input, row) => {
    if (!row) throw new Error('case expected');
    refuseClosed(row);
    const id = input.id ?? randomUUID();
    const createdAt = new Date().toISOString();
    db.prepare('INSERT INTO messages (id, case_id, direction, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING').run(
      id,
      row.id,
      'to_patient',
      input.kind,
      input.body,
      createdAt,
    );
    if (input.kind === 'info_request' && row.status === 'accepted') setStatus(db, row, 'waiting_for_patient');
    return { status: 201, body: { id, createdAt } };
  });

  // The device's audit trail, appended only where it continues the chain held here: each hash is
  // recomputed, and the first entry must link to the last one stored (or start the chain).
  mutating('/api/v1/audit', Audit, (ctx, input) => {
    if (ctx.deviceId && ctx.deviceId !== input.deviceId) throw new HttpProblem(422, 'DEVICE_MISMATCH', 'These entries belong to another device.');
    const head = db
      .prepare<[string], { seq: number; hash: string }>('SELECT seq, hash FROM audit_entries WHERE device_id = ? ORDER BY seq DESC LIMIT 1')
      .get(input.deviceId);
    let prev = head ?? { seq: 0, hash: GENESIS_HASH };
    const insert = db.prepare(
      `INSERT INTO audit_entries (device_id, seq, expert_id, at, action, case_id, detail_json, prev_hash, hash, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const entry of input.entries) {
      if (entry.seq <= prev.seq) continue; // already held (a resend after a lost answer)
      if (entry.seq !== prev.seq + 1 || entry.prevHash !== prev.hash || auditHash(entry) !== entry.hash) {
        throw new HttpProblem(409, 'AUDIT_CHAIN_BROKEN', `Audit entry ${entry.seq} does not continue the chain held by the platform.`);
      }
      insert.run(
        input.deviceId,
        entry.seq,
        ctx.expertId,
        entry.at,
        entry.action,
        entry.caseId,
        JSON.stringify(entry.detail),
        entry.prevHash,
        entry.hash,
        new Date().toISOString(),
      );
      prev = { seq: entry.seq, hash: entry.hash };
    }
    return { status: 201, body: { head: prev } };
  });

  router.on('GET', '/api/v1/cases/:caseId/messages', ({ res, params, expertId }) => {
    const row = ownedCase(db, expertId ?? '', params.caseId ?? '');
    const messages = db
      .prepare('SELECT id, direction, kind, body, created_at AS createdAt, read_at AS readAt FROM messages WHERE case_id = ? ORDER BY created_at')
      .all(row.id);
    sendJson(res, 200, { messages });
  });
}
