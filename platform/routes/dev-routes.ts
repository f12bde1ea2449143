// Scenario controls for tests and demos, served only with --dev-controls: withdraw or reassign a
// case, post a message as the patient, expire tokens, make the next responses fail or drop, slow
// down, cut or corrupt downloads, revoke a device, and read what the platform recorded (a case,
// a device's audit trail).
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { expireAccessTokens } from '../auth';
import {
  AnyStatus,
  DropCount,
  ExpireTokens,
  FailNext,
  LongSeries,
  NetworkFaults,
  PatientDocument,
  PatientMessage,
  RevokeDevice,
  Tamper,
  Unreachable,
} from '../../shared/platform-api/dev-operations';
import { HttpProblem, readJson, sendJson, type Router } from '../http';
import type { PlatformState } from '../state';
import { addFeed, caseRecord, findCase, setStatus } from '../cases-repo';
import { COLLEAGUE } from '../demo/seed';
import { longSeries } from '../demo/phantoms';

export function devRoutes(router: Router, state: PlatformState): void {
  const { db, faults } = state;
  const input = async <T>(req: Parameters<typeof readJson>[0], schema: z.ZodType<T>) => {
    const parsed = schema.safeParse((await readJson(req)).value);
    if (!parsed.success) throw new HttpProblem(400, 'INVALID_REQUEST', 'Invalid dev control.');
    return parsed.data;
  };
  const caseOr404 = (ref: string | undefined) => {
    const row = findCase(db, ref ?? '');
    if (!row) throw new HttpProblem(404, 'CASE_NOT_FOUND', 'No such case.');
    return row;
  };

  // The patient answering (a message, a document) ends the wait a request for information began.
  const patientAnswered = (row: NonNullable<ReturnType<typeof caseOr404>>) => {
    if (row.status === 'waiting_for_patient') setStatus(db, row, 'accepted');
  };

  router.on('POST', '/dev/faults/fail', async ({ req, res }) => {
    faults.failNext = await input(req, FailNext);
    sendJson(res, 200, faults.failNext);
  });
  router.on('POST', '/dev/faults/unreachable', async ({ req, res }) => {
    faults.unreachable = (await input(req, Unreachable)).unreachable;
    sendJson(res, 200, { unreachable: faults.unreachable });
  });
  router.on('POST', '/dev/faults/drop', async ({ req, res }) => {
    faults.dropAfterProcessing = (await input(req, DropCount)).count;
    sendJson(res, 200, { dropAfterProcessing: faults.dropAfterProcessing });
  });
  router.on('POST', '/dev/faults/network', async ({ req, res }) => {
    Object.assign(faults, await input(req, NetworkFaults));
    sendJson(res, 200, { bytesPerSecond: faults.bytesPerSecond, cutAfterBytes: faults.cutAfterBytes });
  });
  router.on('POST', '/dev/attachments/:attachmentId/tamper', async ({ req, res, params }) => {
    const { times } = await input(req, Tamper);
    faults.tampered.set(params.attachmentId ?? '', times);
    sendJson(res, 200, { times });
  });
  router.on('GET', '/dev/requests', ({ res }) => sendJson(res, 200, { ranges: faults.recentRanges }));
  // Devices: list them with their audit trail's size, and revoke them (all of the demo expert's, or one).
  router.on('GET', '/dev/devices', ({ res }) => {
    const devices = db
      .prepare(
        `SELECT d.id, d.expert_id AS expertId, d.revoked_at AS revokedAt, (SELECT count(*) FROM audit_entries a WHERE a.device_id = d.id) AS auditEntries
         FROM devices d ORDER BY d.first_seen`,
      )
      .all();
    sendJson(res, 200, { devices });
  });
  router.on('POST', '/dev/devices/revoke', async ({ req, res }) => {
    const { deviceId } = await input(req, RevokeDevice);
    const now = new Date().toISOString();
    const revoked = deviceId
      ? db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, deviceId).changes
      : db.prepare('UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL').run(now).changes;
    sendJson(res, 200, { revoked });
  });
  router.on('GET', '/dev/audit/:deviceId', ({ res, params }) => {
    const entries = db
      .prepare<[string], { detail: string }>(
        'SELECT seq, at, action, case_id AS caseId, detail_json AS detail, prev_hash AS prevHash, hash FROM audit_entries WHERE device_id = ? ORDER BY seq',
      )
      .all(params.deviceId ?? '');
    sendJson(res, 200, { entries: entries.map((e) => ({ ...e, detail: JSON.parse(e.detail) as unknown })) });
  });
  // What the OpenID provider still honours: refresh tokens (a sign-out revokes the workstation's)
  // and browser sessions (its sign-out page ends them).
  router.on('GET', '/dev/identity', ({ res }) => {
    const live = (model: string) =>
      db
        .prepare<[string, number], number>(
          `SELECT count(*) FROM oidc_records WHERE model = ? AND consumed_at IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
        )
        .pluck()
        .get(model, Date.now()) ?? 0;
    sendJson(res, 200, state.identity ? { refreshTokens: live('RefreshToken'), sessions: live('Session') } : { refreshTokens: null, sessions: null });
  });
  router.on('POST', '/dev/experts/expire-tokens', async ({ req, res }) => {
    for (const id of db.prepare<[], string>('SELECT id FROM experts').pluck().all()) {
      expireAccessTokens(db, id);
      state.identity?.expireAccessTokens(id);
    }
    const { refresh } = await input(req, ExpireTokens);
    if (refresh) {
      // The whole session ends.
      db.prepare(`DELETE FROM tokens WHERE kind = 'refresh'`).run();
      if (state.identity) db.prepare(`DELETE FROM oidc_records WHERE model = 'RefreshToken'`).run();
    }
    // A provider's tokens are refused by the second they were issued in: the next one is new.
    if (state.identity) await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    sendJson(res, 200, { expired: true });
  });

  router.on('POST', '/dev/cases/:ref/withdraw', ({ res, params }) => {
    const row = caseOr404(params.ref);
    setStatus(db, row, 'withdrawn');
    addFeed(db, row.expert_id, row.id, 'withdrawn');
    sendJson(res, 200, { status: 'withdrawn' });
  });
  router.on('POST', '/dev/cases/:ref/reassign', ({ res, params }) => {
    const row = caseOr404(params.ref);
    const to = db.prepare<[string], string>('SELECT id FROM experts WHERE email = ?').pluck().get(COLLEAGUE.email);
    if (to === undefined) return sendJson(res, 409, { error: 'The demo colleague is not seeded.' });
    db.transaction(() => {
      db.prepare(`UPDATE cases SET expert_id = ?, status = 'offered', version = version + 1 WHERE id = ?`).run(to, row.id);
      addFeed(db, row.expert_id, row.id, 'reassigned');
      addFeed(db, to, row.id, 'offered');
    })();
    sendJson(res, 200, { reassignedTo: COLLEAGUE.email });
  });
  // Any status, known or not: a platform newer than the workstation (its records skipped, not fatal).
  router.on('POST', '/dev/cases/:ref/status', async ({ req, res, params }) => {
    const row = caseOr404(params.ref);
    const { status } = await input(req, AnyStatus);
    setStatus(db, row, status);
    addFeed(db, row.expert_id, row.id, 'updated');
    sendJson(res, 200, { status });
  });
  router.on('POST', '/dev/cases/:ref/close', ({ res, params }) => {
    const row = caseOr404(params.ref);
    setStatus(db, row, 'closed');
    addFeed(db, row.expert_id, row.id, 'closed');
    sendJson(res, 200, { status: 'closed' });
  });
  router.on('POST', '/dev/cases/:ref/patient-messages', async ({ req, res, params }) => {
    const row = caseOr404(params.ref);
    const message = await input(req, PatientMessage);
    const id = randomUUID();
    db.prepare('INSERT INTO messages (id, case_id, direction, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      row.id,
      'from_patient',
      message.kind,
      message.body,
      new Date().toISOString(),
    );
    patientAnswered(row);
    addFeed(db, row.expert_id, row.id, 'message');
    sendJson(res, 201, { id });
  });
  /** Stores a patient's upload and tells the expert's feed; answers its id. */
  const addUpload = (row: NonNullable<ReturnType<typeof caseOr404>>, doc: { name: string; kind: string; mediaType: string }, bytes: Buffer): string => {
    const id = randomUUID();
    const dir = join(state.options.dataDir, 'patient-uploads');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, id);
    writeFileSync(path, bytes, { mode: 0o600 });
    db.prepare('INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      id,
      row.id,
      doc.kind,
      doc.name,
      doc.mediaType,
      bytes.length,
      createHash('sha256').update(bytes).digest('hex'),
      path,
      new Date().toISOString(),
    );
    return id;
  };
  const caseUpdated = (row: NonNullable<ReturnType<typeof caseOr404>>) => {
    db.prepare('UPDATE cases SET version = version + 1, updated_at = ? WHERE id = ?').run(new Date().toISOString(), row.id);
    addFeed(db, row.expert_id, row.id, 'updated');
  };
  router.on('POST', '/dev/cases/:ref/attachments', async ({ req, res, params }) => {
    const row = caseOr404(params.ref);
    const doc = await input(req, PatientDocument);
    const id = db.transaction(() => {
      const added = addUpload(row, doc, Buffer.from(doc.base64, 'base64'));
      patientAnswered(row);
      caseUpdated(row);
      return added;
    })();
    sendJson(res, 201, { id });
  });
  // A long synthetic series generated here rather than uploaded: memory tests need 1,000 slices.
  router.on('POST', '/dev/cases/:ref/long-series', async ({ req, res, params }) => {
    const row = caseOr404(params.ref);
    const spec = await input(req, LongSeries);
    const files = longSeries(row.reference, spec.slices, spec.size);
    db.transaction(() => {
      for (const f of files) addUpload(row, { name: f.name, kind: 'dicom', mediaType: 'application/dicom' }, f.bytes);
      caseUpdated(row);
    })();
    sendJson(res, 201, { count: files.length });
  });
  router.on('GET', '/dev/cases/:ref', ({ res, params }) => {
    const row = caseOr404(params.ref);
    const submissions = db
      .prepare<[string], { kind: string; body: string; receivedAt: string }>(
        'SELECT kind, body_json AS body, received_at AS receivedAt FROM submissions WHERE case_id = ? ORDER BY received_at',
      )
      .all(row.id);
    const messages = db.prepare('SELECT direction, kind, body FROM messages WHERE case_id = ? ORDER BY created_at').all(row.id);
    const sessions = db.prepare<[string], string>('SELECT body_json FROM review_sessions WHERE case_id = ? ORDER BY updated_at').pluck().all(row.id);
    sendJson(res, 200, {
      ...caseRecord(db, row),
      expertEmail: db.prepare('SELECT email FROM experts WHERE id = ?').pluck().get(row.expert_id),
      submissions: submissions.map((s) => ({ ...s, body: JSON.parse(s.body) })),
      messages,
      reviewSessions: sessions.map((s) => JSON.parse(s) as unknown),
      reviewSeconds: db.prepare('SELECT coalesce(sum(counted_seconds), 0) FROM review_sessions WHERE case_id = ?').pluck().get(row.id),
    });
  });
}
