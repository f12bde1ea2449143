// The data lifecycle on the expert's laptop, through core's calls with the real encrypted cache and
// the real platform: the auto-lock, the audit trail (to the platform, and tampering detected),
// the platform revoking the device (crypto-erase), the offline time-to-live, signing out, and no
// patient data in the logs, the temp directory or the data directory.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, devGet, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { TEST_PASSPHRASE, TEST_SCRYPT_COST, TEST_UNLOCK_SECRET } from '../support/cache';
import { makeSecretVerifier } from '../../src-main/core/cache/key-wrap';
import { TestKeychain } from '../support/fake-keychain';
import { StepClock } from '../support/step-clock';
import { signedInWorkstation } from '../support/signed-in';
import type { AuditStatus, CacheStatus, CaseDetail, CaseSummary, ReportState, SessionStatus, SyncStatus } from '../../contract';
import { DEMO_CASES } from '../../platform/demo/cases';
import { deviceIdOf, readAnchor, readAudit, verifyAuditChain } from '../../src-main/core/security/audit-log';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** `autoLockCheckMs`: only the auto-lock test checks often; elsewhere days pass in an instant. */
async function setup(autoLockCheckMs?: number) {
  const clock = new StepClock();
  const { platform, core, dataDir } = await signedInWorkstation(cleanups, { clock, config: autoLockCheckMs ? { autoLockCheckMs } : {} });
  return { platform, core, clock, dataDir };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** What is left in the data directory, preferences aside. */
const leftIn = (dir: string) =>
  filesUnder(dir)
    .map((f) => f.slice(dir.length + 1))
    .filter((f) => f !== 'settings.json')
    .sort();

describe('auto-lock', () => {
  it('locks after the delay without input, ends the review session and says why; the screen lock locks at once', async () => {
    const { platform, core, clock } = await setup(20);
    const caseId = platform.caseId('SMO-2026-0101');
    await core.call('timer.open', { caseId });
    clock.advance(9 * MINUTE);
    await core.call('timer.signal', { signal: 'activity' }); // input postpones the lock
    clock.advance(9 * MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 200)); // several checks (every 20 ms here)
    expect(core.ctx.cache.state).toBe('unlocked');
    clock.advance(2 * MINUTE);
    // The periodic check locks by itself, nobody calls it.
    await expect.poll(() => core.ctx.cache.state, { timeout: 2_000 }).toBe('locked');

    const status = await core.call<CacheStatus>('cache.status');
    expect(status).toMatchObject({ state: 'locked', lockReason: 'inactivity', counts: null });
    expect(await core.tryCall('cases.list')).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });
    expect(await core.tryCall('timer.signal', { signal: 'activity' })).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });

    await core.call('cache.unlock', { passphrase: TEST_PASSPHRASE });
    const sessions = await core.call<{ endReason: string }[]>('timer.sessions', { caseId });
    expect(sessions.map((s) => s.endReason)).toEqual(['locked']);
    expect((await core.call<CacheStatus>('cache.status')).lockReason).toBeNull();

    // A shorter delay is a setting; the screen lock does not wait for it.
    await core.call('app.updateSettings', { autoLockMinutes: 1 });
    expect(await core.tryCall('app.updateSettings', { autoLockMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.tryCall('timer.signal', { signal: 'lock' })).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });
    expect(await core.call<CacheStatus>('cache.status')).toMatchObject({ state: 'locked', lockReason: 'screen-locked' });
  });
});

describe('unlocking with the keychain', () => {
  it('asks for the local unlock secret chosen at set-up, checked offline, failures throttled and audited; the platform plays no part', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const platform = await startTestPlatform(`${dir.path}/platform`);
    cleanups.push(() => platform.close());
    const core = await startTestCore(`${dir.path}/workstation`, platform.url, {}, undefined, { keychain: new TestKeychain('macos_keychain') });
    cleanups.push(() => core.close());
    expect(await core.call<CacheStatus>('cache.status')).toMatchObject({ protection: 'keychain', keychainReauth: true, keychainSecret: 'unlock-secret' });
    await core.call('cache.lock');

    // The keychain alone does not open the cases, and the platform is not needed to check the secret.
    await platform.dev('/dev/faults/unreachable', { unreachable: true });
    expect(await core.tryCall('cache.unlock', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('unlock secret') },
    });
    expect(await core.tryCall('cache.unlock', { unlockSecret: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'CACHE_LOCKED', message: expect.stringContaining('unlock secret is not correct (1 failed attempt)') },
    });
    // The platform password is not the secret.
    expect(await core.tryCall('cache.unlock', { unlockSecret: EXPERT.password })).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });
    // Throttled like the passphrase: past the free attempts, the next waits.
    for (let i = 0; i < 4; i++) await core.tryCall('cache.unlock', { unlockSecret: `wrong-${i}` });
    expect(await core.tryCall('cache.unlock', { unlockSecret: TEST_UNLOCK_SECRET })).toMatchObject({
      ok: false,
      error: { code: 'CACHE_LOCKED', message: expect.stringMatching(/Try again in \d+ seconds?\./) },
    });
    const { retryAfterSeconds } = await core.call<CacheStatus>('cache.status');
    await new Promise((resolve) => setTimeout(resolve, (retryAfterSeconds + 0.2) * 1000));
    await core.call('cache.unlock', { unlockSecret: TEST_UNLOCK_SECRET });
    expect(await core.call<CacheStatus>('cache.status')).toMatchObject({ state: 'unlocked', failedAttempts: 0 });
    const actions = readAudit(core.db()).map((e) => e.action);
    expect(actions.filter((a) => a === 'cache.unlock-failed')).toHaveLength(5); // the free ones; later ones waited
    expect(actions).toContain('cache.unlock-refused');
    expect(actions.at(-1)).toBe('cache.unlocked');
    // The key file holds a verifier, never the secret.
    expect(readFileSync(join(`${dir.path}/workstation`, 'cache.key.json'), 'utf8')).not.toContain(TEST_UNLOCK_SECRET);
  });

  it('a cache set up before the unlock secret still asks for the platform password it kept a verifier of', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const keychain = new TestKeychain('macos_keychain');
    const offline = 'http://127.0.0.1:9';
    const core = await startTestCore(`${dir.path}/workstation`, offline, {}, undefined, { keychain });
    await core.close();
    // As an earlier version wrote it: no unlock secret, the platform password's verifier.
    const keyPath = join(`${dir.path}/workstation`, 'cache.key.json');
    const { unlockSecretVerifier: _none, ...earlier } = JSON.parse(readFileSync(keyPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(keyPath, JSON.stringify({ ...earlier, accountVerifier: await makeSecretVerifier(EXPERT.password, TEST_SCRYPT_COST) }));
    const reopened = await startTestCore(`${dir.path}/workstation`, offline, {}, undefined, { keychain, stayLocked: true });
    cleanups.push(() => reopened.close());
    expect(await reopened.call<CacheStatus>('cache.status')).toMatchObject({ state: 'locked', keychainSecret: 'platform-password' });
    expect(await reopened.tryCall('cache.unlock', { password: 'wrong password' })).toMatchObject({ ok: false, error: { code: 'CACHE_LOCKED' } });
    await reopened.call('cache.unlock', { password: EXPERT.password });
    expect((await reopened.call<CacheStatus>('cache.status')).state).toBe('unlocked');
  });
});

describe('the audit trail', () => {
  it('records opens, views, exports and unlocks (failed ones too), reaches the platform, and shows any edit or removal', async () => {
    const { platform, core, dataDir } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    const detail = await core.call<CaseDetail>('cases.open', { caseId });
    // Queued for the platform, yet not counted among the expert's pending changes.
    expect(core.db().prepare(`SELECT count(*) FROM outbox WHERE kind = 'audit.entries'`).pluck().get()).toBeGreaterThan(0);
    expect((await core.call<SyncStatus>('sync.status')).pendingChanges).toBe(0);
    const pdf = detail.documents.find((d) => d.mediaType === 'application/pdf' && d.downloadState === 'available');
    expect(pdf).toBeDefined();
    if (!pdf) return;
    await core.ctx.documents.read(pdf.id, 0, 99);
    await core.ctx.documents.read(pdf.id, 100, 199); // the same document read again: one entry
    const report = await core.call<ReportState>('reports.get', { caseId });
    await core.call('reports.save', { caseId, templateId: report.draft?.template.id, answers: { diagnosis: 'x' } });
    await core.call('reports.fhir', { caseId, submissionId: null });
    await core.call('reports.exported', { caseId, format: 'pdf', submissionId: null });

    // Two wrong passphrases while locked are recorded at the next unlock.
    await core.call('cache.lock');
    expect(await core.tryCall('cache.unlock', { passphrase: 'not the passphrase' })).toMatchObject({ ok: false });
    expect(await core.tryCall('cache.unlock', { passphrase: 'still not it' })).toMatchObject({ ok: false });
    await core.call('cache.unlock', { passphrase: TEST_PASSPHRASE });
    await core.call('sync.now');

    const entries = readAudit(core.db());
    expect(entries.map((e) => e.action)).toEqual([
      'cache.set-up',
      'session.signed-in',
      'case.opened',
      'document.viewed',
      'export.made',
      'export.made',
      'cache.unlock-failed',
      'cache.unlock-failed',
      'cache.unlocked',
    ]);
    expect(entries.find((e) => e.action === 'document.viewed')).toMatchObject({ caseId, detail: { attachmentId: pdf.id } });
    expect(entries.filter((e) => e.action === 'export.made').map((e) => e.detail.format)).toEqual(['fhir', 'pdf']);
    // Nothing about the patient: ids and codes only.
    expect(JSON.stringify(entries)).not.toMatch(/ménisc|genou|Fissure/i);

    // The platform holds the same chain and acknowledged its head.
    const held = (await devGet(platform, `/dev/audit/${deviceIdOf(core.db())}`)) as { entries: { seq: number; hash: string }[] };
    expect(held.entries.map((e) => [e.seq, e.hash])).toEqual(entries.map((e) => [e.seq, e.hash]));
    expect(await core.call<AuditStatus>('audit.status')).toEqual({ intact: true, entries: entries.length, unsynced: 0, brokenAt: null, problem: null });
    const anchor = readAnchor(core.db());
    expect(anchor).toEqual({ seq: entries.length, hash: entries.at(-1)?.hash });

    // The verification catches each kind of tampering.
    const edited = entries.map((e) => (e.seq === 4 ? { ...e, caseId: 'another-case' } : e));
    expect(verifyAuditChain(edited, anchor)).toEqual({ intact: false, seq: 4, problem: 'edited' });
    expect(
      verifyAuditChain(
        entries.filter((e) => e.seq !== 5),
        anchor,
      ),
    ).toEqual({ intact: false, seq: 5, problem: 'removed' });
    expect(
      verifyAuditChain(
        entries.filter((e) => e.seq !== 1),
        anchor,
      ),
    ).toEqual({ intact: false, seq: 1, problem: 'removed' });
    expect(verifyAuditChain(entries.slice(0, -2), anchor)).toEqual({ intact: false, seq: entries.length, problem: 'truncated' });

    // In the cache, the triggers refuse edits; bypassing them (someone holding the key) is detected.
    expect(() => core.db().prepare(`UPDATE audit_log SET action = 'case.opened' WHERE seq = 4`).run()).toThrow(/append-only/);
    expect(() => core.db().prepare('DELETE FROM audit_log WHERE seq = 4').run()).toThrow(/append-only/);
    core.db().exec('DROP TRIGGER audit_log_no_update');
    core.db().prepare(`UPDATE audit_log SET detail_json = '{}' WHERE seq = 4`).run();
    expect(await core.call<AuditStatus>('audit.status')).toMatchObject({ intact: false, brokenAt: 4, problem: 'edited' });
    expect(existsSync(join(dataDir, 'cache.db'))).toBe(true);
  });

  it('is refused by the platform when it does not continue the chain held there', async () => {
    const { core, platform } = await setup();
    const session = core.db().prepare('SELECT access_token FROM expert_session').pluck().get() as string;
    const [first] = readAudit(core.db());
    const forged = { ...first, seq: 99 };
    const response = await fetch(`${platform.url}/api/v1/audit`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'forged-audit' },
      body: JSON.stringify({ deviceId: deviceIdOf(core.db()), entries: [forged] }),
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { code: string }).code).toBe('AUDIT_CHAIN_BROKEN');
  });
});

describe('the platform revoking the device', () => {
  it('crypto-erases the cache at the next contact, drafts included, and says why', async () => {
    const { platform, core, dataDir } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    const state = await core.call<ReportState>('reports.get', { caseId });
    await core.call('reports.save', { caseId, templateId: state.draft?.template.id, answers: { diagnosis: 'Brouillon confidentiel' } });
    expect(filesUnder(join(dataDir, 'vault')).length).toBeGreaterThan(0);

    expect(await platform.dev('/dev/devices/revoke', {})).toEqual({ revoked: 1 });
    await core.call('sync.now');
    await expect.poll(async () => (await core.call<CacheStatus>('cache.status')).state).toBe('uninitialized');
    const status = await core.call<CacheStatus>('cache.status');
    expect(status.erased).toMatchObject({ reason: 'device-revoked' });
    // Keys first, then everything they opened: only the notice of what happened is left.
    expect(leftIn(dataDir)).toEqual(['erased.json']);
    expect(readFileSync(join(dataDir, 'erased.json'), 'utf8')).not.toMatch(/Brouillon|ménisc/);

    // A new cache may be set up; the revoked device stays refused by the platform.
    await core.call('cache.setup', { protection: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect((await core.call<CacheStatus>('cache.status')).erased).toBeNull();
    const devices = (await devGet(platform, '/dev/devices')) as { devices: { revokedAt: string | null }[] };
    expect(devices.devices.filter((d) => d.revokedAt !== null)).toHaveLength(1);
  });
});

describe('the offline time-to-live', () => {
  it('keeps the cases shut after 30 days without contact until the expert signs in again', async () => {
    const { platform, core, clock } = await setup();
    expect((await core.call<CaseSummary[]>('cases.list')).length).toBeGreaterThan(0);
    await platform.dev('/dev/faults/unreachable', { unreachable: true });
    clock.advance(29 * DAY);
    expect((await core.call<CaseSummary[]>('cases.list')).length).toBeGreaterThan(0);
    clock.advance(2 * DAY);
    expect(await core.tryCall('cases.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringContaining('31 days') } });
    expect(await core.tryCall('reports.get', { caseId: platform.caseId('SMO-2026-0101') })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await core.call<SessionStatus>('session.status')).toMatchObject({ signedIn: false, contactExpired: true });

    // The platform back: a background sync does not lift the limit, a restart does not either.
    await platform.dev('/dev/faults/unreachable', { unreachable: false });
    await core.call('sync.now');
    expect(await core.tryCall('cases.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await core.call('cache.lock');
    await core.call('cache.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await core.tryCall('cases.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    expect(await core.call<SessionStatus>('session.status')).toMatchObject({ signedIn: true, contactExpired: false });
    expect((await core.call<CaseSummary[]>('cases.list')).length).toBeGreaterThan(0);
  });
});

describe('signing out', () => {
  it('ends the platform session and wipes the local cache', async () => {
    const { platform, core, dataDir } = await setup();
    const refreshToken = core.db().prepare('SELECT refresh_token FROM expert_session').pluck().get() as string;
    expect(await core.tryCall('session.signOut', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const status = await core.call<CacheStatus>('session.signOut', { confirm: true });
    expect(status).toMatchObject({ state: 'uninitialized', erased: { reason: 'signed-out' } });
    expect(leftIn(dataDir)).toEqual(['erased.json']);
    const refresh = await fetch(`${platform.url}/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(refresh.status).toBe(401);
  });
});

describe('patient data', () => {
  it('appears in no log line, no temp file and no file of the data directory after a full sync and review', async () => {
    const before = new Set(readdirSync(tmpdir()));
    const { platform, core, dataDir, clock } = await setup();
    const caseId = platform.caseId('SMO-2026-0101');
    const report = 'Conclusion rédigée pour le patient Zéphyrin Quintavalle';
    for (const c of await core.call<CaseSummary[]>('cases.list')) {
      const detail = await core.call<CaseDetail>('cases.open', { caseId: c.id });
      for (const d of detail.documents.filter((doc) => doc.downloadState === 'available'))
        await core.tryCall('imaging.tags', { caseId: c.id, attachmentId: d.id });
    }
    const state = await core.call<ReportState>('reports.get', { caseId });
    await core.call('reports.save', { caseId, templateId: state.draft?.template.id, answers: { diagnosis: report, 'patient-summary': report } });
    await core.call('timer.open', { caseId });
    clock.advance(30_000);
    await core.call('timer.close', { caseId });
    // Failures too: a wrong passphrase, an invalid call, a refused save.
    await core.call('cache.lock');
    await core.tryCall('cache.unlock', { passphrase: 'Quintavalle' });
    await core.call('cache.unlock', { passphrase: TEST_PASSPHRASE });
    await core.tryCall('reports.save', { caseId, templateId: 'orthopedics', answers: { 'diagnostic-agreement': report } });
    await core.call('sync.now');
    await core.close();

    const secrets = [
      report,
      'Quintavalle',
      ...DEMO_CASES.flatMap((c) => [c.firstOpinion.diagnosis, ...c.questions]),
      EXPERT.email,
      EXPERT.password,
      TEST_PASSPHRASE,
    ];
    const logs = core.logLines.join('\n');
    expect(core.logLines.length).toBeGreaterThan(3);
    for (const secret of secrets) expect(logs).not.toContain(secret);

    // On disk, every byte the workstation wrote is encrypted or free of patient data.
    const written = filesUnder(dataDir);
    expect(written.some((f) => f.includes('vault'))).toBe(true);
    for (const file of written) {
      const text = readFileSync(file).toString('latin1') + readFileSync(file).toString('utf8');
      for (const secret of secrets.slice(0, -3)) expect(text.includes(secret), `${file} holds patient data`).toBe(false);
    }
    // The temp directory: nothing new but test directories (each test's own, removed after it).
    const added = readdirSync(tmpdir()).filter((name) => !before.has(name) && !name.startsWith('smo-test-'));
    for (const name of added) {
      const path = join(tmpdir(), name);
      if (!statSync(path).isFile()) continue;
      const text = readFileSync(path, 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${path} holds patient data`).toBe(false);
    }
  });
});
