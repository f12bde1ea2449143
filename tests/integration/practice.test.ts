// "My practice" from the real platform: the demo expert's three years of past opinions (seeded
// like the cohort) and the network's figures come with sync into the encrypted cache; the history
// answer holds nothing that identifies a patient (its fields are checked); a report sent brings the
// history again with it; the summary counts them, offline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PracticeSummary } from '../../contract';
import { signReport } from '../support/report-draft';
import { makeTempDir } from '../support/temp-dir';
import { EXPERT, startTestPlatform } from '../support/platform';
import { startTestCore } from '../support/test-core';
import { seedPastOpinions } from '../../platform/practice/past-opinions';
import type { Cleanups } from '../support/signed-in';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const FIELDS = ['acceptedAt', 'complexity', 'disease', 'divergence', 'divergenceKind', 'dueAt', 'family', 'id', 'reportedAt', 'reviewSeconds'];

describe('my practice', () => {
  it('brings the expert’s history and the network’s figures into the cache, without patient data, and counts them', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const platform = await startTestPlatform(`${dir.path}/platform`);
    cleanups.push(() => platform.close());
    const expertId = platform.db.prepare('SELECT id FROM experts WHERE email = ?').pluck().get(EXPERT.email) as string;
    seedPastOpinions(platform.db, expertId, new Date());
    const core = await startTestCore(`${dir.path}/workstation`, platform.url);
    cleanups.push(() => core.close());
    await core.call('session.signIn', { email: EXPERT.email, password: EXPERT.password });
    await core.call('sync.now');

    // The platform's answer: only the fields of an opinion, none about the patient.
    const token = core.db().prepare('SELECT access_token FROM expert_session').pluck().get() as string;
    const answer = (await (await fetch(`${platform.url}/api/v1/experts/me/opinions`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      opinions: Record<string, unknown>[];
    };
    expect(answer.opinions).toHaveLength(300);
    for (const opinion of answer.opinions) expect(Object.keys(opinion).sort()).toEqual(FIELDS);
    expect(JSON.stringify(answer)).not.toMatch(/patient|name|birth|age|sex|region/i);

    const all = await core.call<PracticeSummary>('practice.summary', { period: 'all' });
    expect(all.opinions).toBe(300);
    expect(all.historyAt).not.toBeNull();
    // Drawn like the cohort: about a third divergent, complex cases more often.
    expect(all.divergence.rate).toBeGreaterThan(0.25);
    expect(all.divergence.rate).toBeLessThan(0.45);
    expect(all.byComplexity.complex.rate!).toBeGreaterThan(all.byComplexity.simple.rate!);
    expect(all.reviewMinutes.complex!.median).toBeGreaterThan(all.reviewMinutes.simple!.median);
    expect(all.divergenceKinds.diagnostic + all.divergenceKinds.therapeutic + all.divergenceKinds.both).toBe(all.divergence.k);
    expect(all.byFamily.find((f) => f.family === 'orthopedic')?.network.reference).toEqual({ rate: 0.247, n: null });
    expect(all.network).toMatchObject({ source: expect.stringContaining('1,552'), overall: { n: 1552, k: 502 } });
    const year = await core.call<PracticeSummary>('practice.summary', { period: '12m' });
    expect(year.opinions).toBeGreaterThan(60);
    expect(year.opinions).toBeLessThan(all.opinions);
    // Kept encrypted: the history's diseases are in no file of the workstation in clear.
    const needle = Buffer.from('Rupture de la coiffe des rotateurs');
    const files = readdirSync(`${dir.path}/workstation`, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.filter((e) => readFileSync(join(e.parentPath, e.name)).includes(needle)).map((e) => e.name)).toEqual([]);

    // A report sent: the history comes again with it.
    const caseId = platform.caseId('SMO-2026-0101');
    await signReport(core, caseId, { 'therapeutic-agreement': 'disagree', 'therapeutic-justification': 'Pas de chirurgie.' });
    const after = await core.call<PracticeSummary>('practice.summary', { period: 'all' });
    expect(after.opinions).toBe(301);
    expect(after.divergence.k).toBe(all.divergence.k + 1);
  }, 60_000);
});
