// Fuzzing core from outside, with fixed seeds (`npm run fuzz` runs many more): random calls over the
// preview's HTTP transport, random messages on core's own process channel, and a platform whose
// feed and records are random. No input may take core down, go unanswered past a deadline, or stop
// core answering the next call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { METHOD_NAMES } from '../../contract';
import { makeTempDir } from '../support/temp-dir';
import { startTestPreview, type RunningPreview } from '../support/preview-server';
import { testCoreConfig } from '../support/core-config';
import { startTestCore } from '../support/test-core';
import { startFakePlatform } from '../support/fake-platform';
import { arbitraryFor } from '../support/zod-arbitrary';
import { TEST_PASSPHRASE } from '../support/cache';
import { cloneableHostileValue, FUZZ_TEST_TIMEOUT_MS, fuzzParameters, hostileValue, withinDeadline } from '../support/fuzz';

describe('the preview transport, fuzzed', () => {
  let preview: RunningPreview;
  const dir = makeTempDir();
  beforeAll(async () => {
    preview = await startTestPreview(dir.path);
  });
  afterAll(async () => {
    await preview.close();
    dir.remove();
  });

  const path = fc.oneof(
    fc.constantFrom(...METHOD_NAMES).map((m) => `/rpc/${m}`),
    fc.string({ maxLength: 40 }).map((s) => `/rpc/${encodeURIComponent(s)}`),
    fc.constantFrom('/rpc/%', '/rpc/%E0%A4%A', '/content/%zz', '/content/..%2f..%2fetc', `/content/${'r'.repeat(300)}`, '/events', '/rpc/'),
  );
  const body = fc.oneof(
    hostileValue.map((v) => {
      try {
        return JSON.stringify(v);
      } catch {
        return '[';
      }
    }),
    fc.integer({ min: 33, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    fc.string({ unit: 'binary', maxLength: 5000 }),
  );

  it(
    'answers every request, and core answers the next call',
    async () => {
      await fc.assert(
        fc.asyncProperty(path, body, fc.constantFrom('GET', 'POST', 'PUT'), async (p, b, method) => {
          const headers = { 'content-type': 'application/json', authorization: `Bearer ${preview.token}` };
          const res = await withinDeadline(
            fetch(`${preview.origin}${p}`, { method, headers, ...(method === 'GET' ? {} : { body: b }), signal: AbortSignal.timeout(4000) }),
            p,
          );
          expect(res.status).toBeLessThan(500);
          if (p !== '/events') await res.arrayBuffer();
          else await res.body?.cancel();
        }),
        fuzzParameters(150),
      );
      const info = await fetch(`${preview.origin}/rpc/app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${preview.token}` },
        body: '{}',
      });
      expect(await info.json()).toMatchObject({ ok: true });
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe('core’s process channel, fuzzed', () => {
  it(
    'ignores or answers any message its host could send, and keeps answering',
    async () => {
      const dir = makeTempDir();
      const child = fork(fileURLToPath(new URL('../../src-main/core/process/main.ts', import.meta.url)), [], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      const answers = new Map<number, unknown>();
      child.on('message', (m: { type?: string; id?: number; result?: unknown }) => {
        if (m.type === 'result' || m.type === 'content') answers.set(m.id ?? -1, m);
      });
      const ready = new Promise((resolve) => child.on('message', (m: { type?: string }) => m.type === 'ready' && resolve(null)));
      child.send({ type: 'init', config: testCoreConfig(dir.path) });
      await ready;
      const message = fc.oneof(
        cloneableHostileValue.map((v) => ({ type: 'call', id: 1, method: 'app.updateSettings', input: v })),
        fc.record({
          type: fc.constantFrom('call', 'content-info', 'content-read', 'port-result', 'nonsense'),
          id: fc.oneof(fc.integer(), fc.string()),
          method: fc.string(),
          ref: fc.string({ maxLength: 400 }),
          start: fc.integer(),
          end: fc.integer(),
          input: cloneableHostileValue,
        }),
        cloneableHostileValue,
      );
      let id = 1000;
      await fc.assert(
        fc.asyncProperty(message, async (m) => {
          if (child.exitCode !== null) throw new Error('core exited');
          child.send(m as object);
          const probe = ++id;
          child.send({ type: 'call', id: probe, method: 'app.info', input: {} });
          await withinDeadline(
            (async () => {
              while (!answers.has(probe)) await new Promise((r) => setTimeout(r, 2));
            })(),
            'app.info after a fuzzed message',
          );
          expect(answers.get(probe)).toMatchObject({ result: { ok: true } });
        }),
        fuzzParameters(150),
      );
      expect(child.exitCode).toBeNull();
      child.kill();
      dir.remove();
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe('a platform whose feed and records are random', () => {
  it(
    'never stops sync for good, never takes core down, and the valid case always arrives',
    async () => {
      const valid = {
        id: 'c-valid',
        reference: 'SMO-FUZZ-0001',
        version: 1,
        status: 'offered',
        diseaseFamily: 'orthopedic',
        disease: 'Gonarthrose',
        language: 'fr',
        offeredAt: '2026-11-30T10:00:00.000Z',
        dueAt: null,
        patient: { age: 61 },
        firstOpinion: { diagnosis: 'x', proposedTreatment: 'y' },
        questionnaire: { resourceType: 'QuestionnaireResponse', item: [] },
        questions: [],
        attachments: [],
      };
      let feed: unknown = null;
      let record: unknown = null;
      const platform = await startFakePlatform((req, res) => {
        const send = (status: number, value: unknown) => {
          let text: string;
          try {
            text = typeof value === 'string' ? value : JSON.stringify(value);
          } catch {
            text = '{';
          }
          res.writeHead(status, { 'Content-Type': 'application/json' }).end(text);
        };
        const path = req.url ?? '';
        if (path === '/auth/login')
          return send(200, { accessToken: 'a', refreshToken: 'r', expert: { id: 'e1', email: 'expert@fuzz.example', displayName: 'Dr Fuzz' } });
        if (path.startsWith('/api/v1/feed')) return send(200, feed);
        if (path === '/api/v1/cases/c-valid') return send(200, valid);
        if (path === '/api/v1/cases/c-valid/messages' || path.endsWith('/messages')) return send(200, { messages: [] });
        if (path.startsWith('/api/v1/cases/')) return send(200, record);
        return send(204, '');
      });
      const dir = makeTempDir();
      const core = await startTestCore(`${dir.path}/workstation`, platform.url);
      await core.call('session.signIn', { email: 'expert@fuzz.example', password: 'anything' });
      const change = fc.oneof(
        fc.record({ caseId: fc.constantFrom('c-random', 'c-valid'), type: fc.string({ maxLength: 20 }), at: fc.string({ maxLength: 30 }) }),
        hostileValue,
      );
      const mutatedRecord = fc.oneof(
        fc
          .record(Object.fromEntries(Object.keys(valid).map((k) => [k, fc.oneof(fc.constant((valid as Record<string, unknown>)[k]), hostileValue)])))
          .map((r) => ({ ...r, id: 'c-random' })),
        hostileValue,
      );
      await fc.assert(
        fc.asyncProperty(fc.array(change, { maxLength: 5 }), mutatedRecord, fc.boolean(), async (changes, r, hasMore) => {
          feed = { changes: [...changes, { caseId: 'c-valid', type: 'updated', at: '2026-11-30T10:00:00Z' }], cursor: 'x', hasMore: hasMore && false };
          record = r;
          await withinDeadline(core.tryCall('sync.now'), 'sync.now');
          const status = await withinDeadline(core.call<{ lastError: string | null }>('sync.status'), 'sync.status');
          expect(status.lastError === null || status.lastError === 'CONFLICT').toBe(true);
          const cases = await core.call<{ reference: string }[]>('cases.list');
          expect(cases.map((c) => c.reference)).toContain('SMO-FUZZ-0001');
        }),
        fuzzParameters(60),
      );
      await core.close();
      await platform.close();
      dir.remove();
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe('the contract’s calls on a signed-in core, fuzzed', () => {
  it(
    'answers every call within its deadline, whatever its input, and keeps answering',
    async () => {
      const cleanups: (() => Promise<void> | void)[] = [];
      const { signedInWorkstation } = await import('../support/signed-in');
      const { methods } = await import('../../contract');
      const { platform, core } = await signedInWorkstation(cleanups);
      const caseIds = (await core.call<{ id: string }[]>('cases.list')).map((c) => c.id);
      const attachmentIds = core.db().prepare('SELECT id FROM attachments').pluck().all() as string[];
      const draft = await core.call<{ draft: { items: { linkId: string; item: { linkId: string }[] }[]; template: { id: string } } | null }>('reports.get', {
        caseId: platform.caseId('SMO-2026-0101'),
      });
      const linkIds = (draft.draft?.items ?? []).flatMap((i) => [i.linkId, ...i.item.map((c) => c.linkId)]);
      const ids = {
        caseId: fc.constantFrom(...caseIds),
        attachmentId: fc.constantFrom(...attachmentIds),
        templateId: fc.constantFrom('orthopedics', 'general', 'imaging-review', draft.draft?.template.id ?? 'general'),
        linkId: fc.constantFrom(...linkIds),
      };
      // Not the calls that end the session: a fuzz run that signs out or resets proves nothing more.
      const callable = Object.keys(methods).filter((m) => !['session.signOut', 'cache.reset', 'cache.lock'].includes(m)) as (keyof typeof methods)[];
      const call = fc
        .constantFrom(...callable)
        .chain((method) =>
          fc.tuple(fc.constant(method), fc.oneof({ weight: 4, arbitrary: arbitraryFor(methods[method].input, ids) }, { weight: 1, arbitrary: hostileValue })),
        );
      const answers: Record<string, number> = {};
      try {
        await fc.assert(
          fc.asyncProperty(call, async ([method, input]) => {
            const answer = await withinDeadline(core.tryCall(method, input), method, method === 'sync.now' ? 30_000 : undefined);
            expect(typeof answer.ok).toBe('boolean');
            const outcome = answer.ok ? 'ok' : answer.error.code;
            answers[outcome] = (answers[outcome] ?? 0) + 1;
            // A presence signal may lock the cases, as the screen locking does: the expert unlocks.
            if (core.ctx.cache.state === 'locked') await core.call('cache.unlock', { passphrase: TEST_PASSPHRASE });
            if (!answer.ok) expect(answer.error.code).not.toBe('INTERNAL');
          }),
          fuzzParameters(250),
        );
        expect(await core.tryCall('app.info')).toMatchObject({ ok: true });
        // The inputs reached the handlers: many calls were taken, not only refused by the schema.
        expect(answers.ok ?? 0).toBeGreaterThan((answers.INVALID_INPUT ?? 0) / 2);
      } finally {
        for (const c of cleanups.reverse()) await c();
      }
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
