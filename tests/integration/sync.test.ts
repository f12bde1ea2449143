// The sync engine against the real platform on loopback, with faults injected by the platform's
// dev controls: what the expert has must be complete and right, nothing they did lost or doubled.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, devGet, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { REPORT_SUBMIT, type SubmissionPayload } from '../../src-main/core/reports/report-outbox';
import { insertOutboxRow } from '../../src-main/core/outbox/outbox';
import { MESSAGE_SEND } from '../../src-main/core/messages/message-store';
import type { CaseSummary, NotificationList, SyncStatus } from '../../contract';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(options: Parameters<typeof startTestPlatform>[1] = {}) {
  const dir = makeTempDir();
  cleanups.push(() => dir.remove());
  const platform = await startTestPlatform(`${dir.path}/platform`, options);
  cleanups.push(() => platform.close());
  const core = await startTestCore(`${dir.path}/workstation`, platform.url);
  cleanups.push(() => core.close());
  return { platform, core, dir: dir.path };
}

async function signIn(core: Awaited<ReturnType<typeof startTestCore>>) {
  await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
}

const list = (core: Awaited<ReturnType<typeof startTestCore>>) => core.call<CaseSummary[]>('cases.list');
const byRef = async (core: Awaited<ReturnType<typeof startTestCore>>, reference: string) =>
  (await list(core)).find((c) => c.reference === reference) as CaseSummary;

async function allAvailableAndVerified(core: Awaited<ReturnType<typeof startTestCore>>) {
  const rows = core.db().prepare('SELECT id, sha256, download_state, vault_file, vault_key FROM attachments').all() as {
    id: string;
    sha256: string;
    download_state: string;
    vault_file: string;
    vault_key: Buffer;
  }[];
  for (const row of rows) {
    expect(row.download_state, row.id).toBe('available');
    expect(await core.ctx.cache.vault.digest(row.vault_file, row.vault_key)).toBe(row.sha256);
  }
  return rows.length;
}

describe('sign-in and first sync', () => {
  it('refuses a wrong password, then brings every assigned case and document, verified', async () => {
    const { core, platform } = await setup();
    const wrong = await core.tryCall('session.signIn', { email: EXPERT.email, password: 'not the password' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await signIn(core);
    const status = await core.call<SyncStatus>('sync.now');
    expect(status).toMatchObject({ connectivity: 'online', lastError: null, pendingChanges: 0, needsSignIn: false });
    const cases = await list(core);
    expect(cases.map((c) => [c.reference, c.status]).sort()).toEqual([
      ['SMO-2026-0101', 'accepted'],
      ['SMO-2026-0102', 'offered'],
      ['SMO-2026-0103', 'offered'],
    ]);
    expect(await allAvailableAndVerified(core)).toBe(6);
    const db = core.db();
    expect(db.prepare('SELECT diagnosis FROM first_opinions f JOIN cases c ON c.id = f.case_id WHERE c.reference = ?').pluck().get('SMO-2026-0101')).toMatch(
      /ménisque interne/,
    );
    expect(db.prepare('SELECT count(*) FROM patient_questions').pluck().get()).toBe(3 + 4 + 3);
    expect(core.events.some((e) => e.event === 'sync.progress')).toBe(true);
    // DICOM files were indexed as they arrived: one MR series of three images, in order.
    const series = await core.call<{ modality: string; images: { instanceNumber: number }[] }[]>('imaging.series', {
      caseId: platform.caseId('SMO-2026-0101'),
    });
    expect(series).toHaveLength(1);
    expect(series[0]?.modality).toBe('MR');
    // Sagittal slices: ordered along the slice normal (here from the patient's right to left).
    expect(series[0]?.images.map((i) => i.instanceNumber)).toEqual([1, 2, 3]);

    // A second sync with no change on the platform downloads nothing again.
    const before = platform.state.faults.recentRanges.length;
    await core.call('sync.now');
    expect(platform.state.faults.recentRanges.length).toBe(before);
  });
});

describe('faults while downloading', () => {
  it('retries 503 bursts, waiting at least as long as Retry-After says', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now'); // the first sync, started by signing in, has settled
    core.db().prepare(`UPDATE attachments SET download_state = 'pending', vault_file = NULL, vault_key = NULL`).run();
    await platform.dev('/dev/faults/fail', { count: 2, status: 503, retryAfterSeconds: 1 });
    const failedAt = Date.now();
    const status = await core.call<SyncStatus>('sync.now');
    expect(status.lastError).toBe('PLATFORM_UNAVAILABLE');
    expect(Date.parse(status.nextRunAt ?? '')).toBeGreaterThanOrEqual(failedAt + 1000);
    await platform.dev('/dev/faults/fail', { count: 0, status: 503 });
    await core.call('sync.now');
    expect(await allAvailableAndVerified(core)).toBe(6);
  });

  it('resumes a download cut mid-body from where it stopped, with Range and If-Range', async () => {
    const { core, platform } = await setup({ bigAttachmentBytes: 4 * 1024 * 1024 });
    await platform.dev('/dev/faults/network', { cutAfterBytes: 2_500_000 });
    await signIn(core);
    await core.call('sync.now');
    const partial = core.db().prepare(`SELECT bytes_done FROM attachments WHERE name = 'Big scan.bin'`).pluck().get() as number;
    expect(partial).toBeGreaterThanOrEqual(1024 * 1024); // whole 1 MiB vault chunks were kept
    platform.state.faults.recentRanges.length = 0;
    await platform.dev('/dev/faults/network', { cutAfterBytes: null });
    await core.call('sync.now');
    expect(platform.state.faults.recentRanges).toContain(`bytes=${partial}-`);
    expect(await allAvailableAndVerified(core)).toBe(6);
  });

  it('downloads again once when the bytes do not match the checksum, then marks the document corrupt', async () => {
    const { core, platform } = await setup();
    const pathologyId = platform.db.prepare(`SELECT id FROM attachments WHERE name = 'Pathology.pdf'`).pluck().get() as string;
    const mriId = platform.db.prepare(`SELECT id FROM attachments WHERE name = 'Compte rendu IRM.pdf'`).pluck().get() as string;
    await platform.dev(`/dev/attachments/${pathologyId}/tamper`, { times: 1 });
    await platform.dev(`/dev/attachments/${mriId}/tamper`, { times: 2 });
    await signIn(core);
    await core.call('sync.now');
    const state = (id: string) => core.db().prepare('SELECT download_state, error_code FROM attachments WHERE id = ?').get(id);
    expect(state(pathologyId)).toEqual({ download_state: 'available', error_code: null });
    expect(state(mriId)).toEqual({ download_state: 'corrupt', error_code: 'ATTACHMENT_CORRUPT' });
    expect((await byRef(core, 'SMO-2026-0101')).documents.corrupt).toBe(1);
    expect((await core.call<SyncStatus>('sync.status')).downloads.corrupt).toBe(1);
  });

  it('completes over a slow link, reporting progress along the way', async () => {
    const { core, platform } = await setup({ bigAttachmentBytes: 2 * 1024 * 1024 });
    await platform.dev('/dev/faults/network', { bytesPerSecond: 4 * 1024 * 1024 });
    await signIn(core);
    await core.call('sync.now');
    const bigId = core.db().prepare(`SELECT id FROM attachments WHERE name = 'Big scan.bin'`).pluck().get();
    const progress = core.events.filter((e) => e.event === 'sync.progress' && (e.payload as { attachmentId: string }).attachmentId === bigId);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)?.payload).toMatchObject({ bytesDone: 2 * 1024 * 1024, bytesTotal: 2 * 1024 * 1024 });
    expect(await allAvailableAndVerified(core)).toBe(6);
  });
});

describe('sessions', () => {
  it('refreshes an expired access token without the expert noticing', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now');
    await platform.dev('/dev/experts/expire-tokens', {});
    const caseId = platform.caseId('SMO-2026-0102');
    await core.call('cases.accept', { caseId, notDirectlyInCharge: true });
    const status = await core.call<SyncStatus>('sync.now');
    expect(status).toMatchObject({ needsSignIn: false, pendingChanges: 0, lastError: null });
    expect(((await devGet(platform, '/dev/cases/SMO-2026-0102')) as { status: string }).status).toBe('accepted');
  });

  it('asks to sign in again when the session has ended, keeping the queued change, then sends it', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now');
    await platform.dev('/dev/experts/expire-tokens', { refresh: true });
    await core.call('cases.accept', { caseId: platform.caseId('SMO-2026-0103'), notDirectlyInCharge: true });
    const status = await core.call<SyncStatus>('sync.now');
    expect(status).toMatchObject({ needsSignIn: true, pendingChanges: 1, lastError: 'UNAUTHORIZED' });
    expect(core.events.some((e) => e.event === 'session.changed' && (e.payload as { signedIn: boolean }).signedIn === false)).toBe(true);
    await signIn(core);
    expect(await core.call<SyncStatus>('sync.now')).toMatchObject({ needsSignIn: false, pendingChanges: 0 });
    expect(((await devGet(platform, '/dev/cases/SMO-2026-0103')) as { status: string }).status).toBe('accepted');
  });
});

describe('pushing work', () => {
  it('sends a report once when the first answer was lost, thanks to its idempotency key', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0101');
    const version = core.db().prepare('SELECT platform_version FROM cases WHERE id = ?').pluck().get(caseId) as number;
    await core.ctx.cache.write((db) => {
      REPORT_SUBMIT.add(db, caseId, reportPayload(version), new Date());
    });
    await platform.dev('/dev/faults/drop', { count: 1 });
    const first = await core.call<SyncStatus>('sync.now');
    expect(first.pendingChanges).toBe(1); // the platform has it, but we could not know
    const second = await core.call<SyncStatus>('sync.now');
    expect(second.pendingChanges).toBe(0);
    const server = (await devGet(platform, '/dev/cases/SMO-2026-0101')) as { status: string; submissions: { kind: string }[] };
    expect(server.submissions.filter((s) => s.kind === 'report')).toHaveLength(1);
    expect(server.status).toBe('submitted');
  });

  it('keeps a report queued for a case withdrawn meanwhile, and shows the conflict on the case', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0101');
    await platform.dev('/dev/cases/SMO-2026-0101/withdraw');
    await core.ctx.cache.write((db) => {
      REPORT_SUBMIT.add(db, caseId, reportPayload(1), new Date());
    });
    const status = await core.call<SyncStatus>('sync.now');
    expect(status.pendingChanges).toBe(1);
    const summary = await byRef(core, 'SMO-2026-0101');
    expect(summary).toMatchObject({ status: 'withdrawn', readOnly: true, syncConflict: 'CASE_WITHDRAWN', pendingChanges: 1 });
    expect(summary.purgeAfter).not.toBeNull();
    expect(status.purgeNotices.map((n) => n.reference)).toEqual(['SMO-2026-0101']);
    const server = (await devGet(platform, '/dev/cases/SMO-2026-0101')) as { submissions: { kind: string }[] };
    expect(server.submissions.filter((s) => s.kind === 'report')).toHaveLength(0);
  });

  it('keeps aside a row its kind cannot read (never sent), marks the case, and lets the case’s later rows wait behind it', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0101');
    await core.ctx.cache.write((db) => {
      // As another version might have written it: not the payload message.send declares.
      insertOutboxRow(db, 'message.send', caseId, { text: 'Bonjour', to: 'patient' }, new Date());
      MESSAGE_SEND.add(db, caseId, { id: randomUUID(), body: 'Pouvez-vous envoyer le compte rendu opératoire ?', kind: 'message' }, new Date());
    });
    const status = await core.call<SyncStatus>('sync.now');
    expect(status.pendingChanges).toBe(2);
    expect(await byRef(core, 'SMO-2026-0101')).toMatchObject({ syncConflict: 'UNREADABLE_PAYLOAD', pendingChanges: 2 });
    const server = (await devGet(platform, '/dev/cases/SMO-2026-0101')) as { messages: { direction: string }[] };
    expect(server.messages.filter((m) => m.direction === 'to_patient')).toHaveLength(0);
  });

  it('reads an offer’s notification once the offer is answered, and shows no removal banner for a case the expert declined', async () => {
    const { core } = await setup();
    await signIn(core);
    await core.call('sync.now');
    const accepted = (await byRef(core, 'SMO-2026-0102')).id;
    const declined = (await byRef(core, 'SMO-2026-0103')).id;
    const unreadOffer = async (caseId: string) =>
      (await core.call<NotificationList>('notifications.list')).items.find((n) => n.kind === 'offered' && n.caseId === caseId)?.read === false;
    expect(await unreadOffer(accepted)).toBe(true);
    expect(await unreadOffer(declined)).toBe(true);

    await core.call('cases.accept', { caseId: accepted, notDirectlyInCharge: true });
    await core.call('cases.decline', { caseId: declined, reason: 'unavailable' });
    await expect.poll(() => unreadOffer(accepted)).toBe(false);
    await expect.poll(() => unreadOffer(declined)).toBe(false);
    const status = await core.call<SyncStatus>('sync.now');
    expect((await byRef(core, 'SMO-2026-0103')).status).toBe('declined');
    expect(status.purgeNotices.map((n) => n.reference)).not.toContain('SMO-2026-0103');
  });

  it('accepts offline, shows it pending, and sends it when the platform is back', async () => {
    const { core, platform, dir } = await setup();
    await signIn(core);
    await core.call('sync.now');
    const caseId = platform.caseId('SMO-2026-0102');
    const port = new URL(platform.url).port;
    await platform.close();
    cleanups.pop();
    const accepted = await core.call<CaseSummary>('cases.accept', { caseId, notDirectlyInCharge: true });
    expect(accepted).toMatchObject({ status: 'accepted', pendingChanges: 1 });
    const offline = await core.call<SyncStatus>('sync.now');
    expect(offline).toMatchObject({ connectivity: 'offline', pendingChanges: 1, lastError: 'OFFLINE' });
    const again = await startTestPlatformOnPort(`${dir}/platform`, Number(port));
    const online = await core.call<SyncStatus>('sync.now');
    expect(online).toMatchObject({ connectivity: 'online', pendingChanges: 0 });
    expect(((await devGet(again, '/dev/cases/SMO-2026-0102')) as { status: string }).status).toBe('accepted');
  });

  it('marks a reassigned case read-only and removes a withdrawn one after the retention period', async () => {
    const { core, platform } = await setup();
    await signIn(core);
    await core.call('sync.now');
    core.ctx.settings.update({ retentionDays: 1 });
    await platform.dev('/dev/cases/SMO-2026-0103/reassign');
    await platform.dev('/dev/cases/SMO-2026-0102/withdraw');
    await core.call('sync.now'); // marks both read-only, due for removal in a day
    expect((await list(core)).map((c) => [c.reference, c.readOnly])).toContainEqual(['SMO-2026-0102', true]);
    await core.ctx.notifications.refresh();
    expect(core.db().prepare(`SELECT kind FROM notifications WHERE case_id = ?`).pluck().all(platform.caseId('SMO-2026-0102'))).toContain('withdrawn');
    // A day later (the removal date moved into the past), the next sync removes them.
    core
      .db()
      .prepare('UPDATE cases SET purge_after = ? WHERE purge_after IS NOT NULL')
      .run(new Date(Date.now() - 1000).toISOString());
    await core.call('sync.now');
    const left = await list(core);
    expect(left.map((c) => c.reference)).toEqual(['SMO-2026-0101']);
    expect(core.db().prepare(`SELECT count(*) FROM attachments`).pluck().get()).toBe(4);
    // The withdrawal's notification went with its case: none points at a case no longer here.
    expect(core.db().prepare(`SELECT count(*) FROM notifications WHERE case_id NOT IN (SELECT id FROM cases)`).pluck().get()).toBe(0);
  });
});

function reportPayload(baseVersion: number): SubmissionPayload {
  return {
    reportId: randomUUID(),
    kind: 'report',
    baseVersion,
    templateId: 'general',
    language: 'fr',
    divergence: 'divergent',
    divergenceKind: 'therapeutic',
    complexity: 'complex',
    reviewSeconds: 1834,
    signedBy: 'Dr Claire Martin',
    signedAt: new Date().toISOString(),
    answers: { summary: createHash('sha256').update('x').digest('hex') },
  };
}

async function startTestPlatformOnPort(dataDir: string, port: number) {
  const { startPlatform } = await import('../../platform/server');
  const platform = await startPlatform({ dataDir, devControls: true, accessTokenTtlSeconds: 900 }, port);
  cleanups.push(() => platform.close());
  return platform;
}

describe('a full disk', () => {
  it('downloads nothing past the reserve, says the disk is full, and completes once there is room', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const platform = await startTestPlatform(`${dir.path}/platform`);
    cleanups.push(() => platform.close());
    let free = 100 * 1024 * 1024; // below the 256 MiB the vault leaves to the system
    const core = await startTestCore(`${dir.path}/workstation`, platform.url, {}, undefined, { freeDiskBytes: () => free });
    cleanups.push(() => core.close());
    await signIn(core);
    const full = await core.call<SyncStatus>('sync.now');
    expect(full.lastError).toBe('DISK_FULL');
    expect(full.downloads.pending).toBe(6);
    expect(core.db().prepare("SELECT count(*) FROM attachments WHERE download_state = 'available'").pluck().get()).toBe(0);
    // The cases themselves (records, questionnaires) are there: only documents wait.
    expect((await list(core)).length).toBe(3);
    free = Number.POSITIVE_INFINITY;
    const room = await core.call<SyncStatus>('sync.now');
    expect(room).toMatchObject({ lastError: null, downloads: { pending: 0 } });
    expect(await allAvailableAndVerified(core)).toBe(6);
  });
});
