// The real reference platform for integration tests, in this process, seeded with a compact set of
// cases (a few real PDFs and DICOM files from the demo generators, and larger files where a test
// needs bytes in flight), plus helpers for its dev controls.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from '../../platform/server';
import { DEMO_CASES } from '../../platform/demo/cases';
import { DEMO_EXPERT, ensureExpert, insertCase, COLLEAGUE, type CaseFile } from '../../platform/demo/seed';
import { mrSeries } from '../../platform/demo/phantoms';
import { textReport } from '../../platform/demo/pdf';
import type { SigningOptions } from '../../platform/signatures/signature-trust';

export const EXPERT = DEMO_EXPERT;

export interface TestPlatform extends RunningPlatform {
  dev(path: string, body?: unknown): Promise<unknown>;
  caseId(reference: string): string;
}

/** Deterministic pseudo-random bytes (incompressible, like image data). */
export function bytes(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let s = seed >>> 0;
  for (let i = 0; i < size; i += 4) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out.writeUInt32LE(s, Math.min(i, size - 4));
  }
  return out;
}

export async function seedTestCases(platform: RunningPlatform, filesDir: string, options: { bigAttachmentBytes?: number } = {}) {
  const { db } = platform;
  const expertId = ensureExpert(db, DEMO_EXPERT);
  ensureExpert(db, COLLEAGUE);
  mkdirSync(filesDir, { recursive: true });
  const write = (name: string, content: Buffer, kind: CaseFile['kind'], mediaType: string): CaseFile => {
    const path = join(filesDir, createHash('sha1').update(name).digest('hex'));
    writeFileSync(path, content);
    return { name, kind, mediaType, path };
  };
  const now = new Date();
  const [knee, endo, prostate] = DEMO_CASES as [(typeof DEMO_CASES)[0], (typeof DEMO_CASES)[0], (typeof DEMO_CASES)[0]];
  const report = await textReport({ title: 'IRM du genou droit', subtitle: 'Test', paragraphs: ['Fissure horizontale de la corne postérieure.'], pages: 2 });
  const mr = mrSeries('test', 3, { id: 'T', name: 'TEST^PATIENT' });
  const questionnaire = () => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [] });
  insertCase(
    db,
    expertId,
    { ...knee, questionnaire },
    [write('Compte rendu IRM.pdf', report, 'pdf', 'application/pdf'), ...mr.map((m) => write(m.name, m.bytes, 'dicom', 'application/dicom'))],
    now,
    now,
  );
  insertCase(
    db,
    expertId,
    { ...endo, questionnaire },
    [write('Big scan.bin', bytes(options.bigAttachmentBytes ?? 3 * 1024 * 1024, 7), 'other', 'application/octet-stream')],
    now,
    now,
  );
  insertCase(db, expertId, { ...prostate, questionnaire }, [write('Pathology.pdf', report, 'pdf', 'application/pdf')], now, now);
}

export async function startTestPlatform(
  dataDir: string,
  options: { accessTokenTtlSeconds?: number; port?: number; bigAttachmentBytes?: number; signing?: SigningOptions; signIn?: 'oidc' | 'password' } = {},
): Promise<TestPlatform> {
  const platform = await startPlatform(
    {
      dataDir,
      devControls: true,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 900,
      demoAccount: { email: EXPERT.email, password: EXPERT.password },
      signing: options.signing,
      // The password flow unless a test is about the OpenID provider (tests sign in with core's call).
      signIn: options.signIn ?? 'password',
    },
    options.port ?? 0,
  );
  await seedTestCases(platform, join(dataDir, 'files'), options);
  return Object.assign(platform, {
    async dev(path: string, body: unknown = {}) {
      const response = await fetch(`${platform.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    caseId(reference: string) {
      return platform.db.prepare('SELECT id FROM cases WHERE reference = ?').pluck().get(reference) as string;
    },
  });
}

/** Files the patient adds to a case (the platform's dev control), as DICOM: each slice in its own file, MR-1.dcm, MR-2.dcm… */
export async function addDicomFiles(platform: TestPlatform, reference: string, slices: { bytes: Buffer }[]): Promise<void> {
  for (const [i, slice] of slices.entries()) {
    await platform.dev(`/dev/cases/${reference}/attachments`, {
      name: `MR-${i + 1}.dcm`,
      kind: 'dicom',
      mediaType: 'application/dicom',
      base64: slice.bytes.toString('base64'),
    });
  }
}

export async function devGet(platform: RunningPlatform, path: string): Promise<unknown> {
  return (await fetch(`${platform.url}${path}`)).json();
}
