// Puts the demo experts and cases into a fresh platform database. Attachment files are generated
// by project code into the assets directory on first use and reused afterwards (they are large:
// the CT alone is ~115 MB), never committed.
import { seedPastOpinions } from '../practice/past-opinions';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlatformDb } from '../db';
import { hashPassword } from '../auth';
import { DEMO_CASES, type AttachmentSpec, type DemoCase } from './cases';
import { CT_CURRENT, CT_PRIOR, chestXray, ctSeries, mrSeries } from './phantoms';
import { brainMr } from './brain-mr';
import { angiographyCine, ecgWaveform, encapsulatedPdf, structuredReport } from './dicom-objects';
import { textReport } from './pdf';
import { scannedLetter } from './scanned-letter';
import { skinPhoto } from './png';
import { lumbarSpineCd } from './lumbar-spine';
import { questionnaireResponse } from './questionnaire';

import { COLLEAGUE, DEMO_EXPERT } from './credentials';

export { COLLEAGUE, DEMO_EXPERT };

export function ensureExpert(db: PlatformDb, expert: typeof DEMO_EXPERT): string {
  const existing = db.prepare<[string], string>('SELECT id FROM experts WHERE email = ?').pluck().get(expert.email);
  if (existing) return existing;
  const id = randomUUID();
  const { salt, hash } = hashPassword(expert.password);
  db.prepare('INSERT INTO experts (id, email, display_name, specialty, password_salt, password_hash) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    expert.email,
    expert.displayName,
    expert.specialty,
    salt,
    hash,
  );
  return id;
}

export interface CaseFile {
  name: string;
  kind: 'dicom' | 'pdf' | 'photo' | 'other';
  mediaType: string;
  path: string;
}

async function generate(spec: AttachmentSpec, demo: DemoCase, dir: string): Promise<CaseFile[]> {
  const patient = { id: demo.reference, name: 'DEMO^PATIENT' };
  const write = async (name: string, make: () => Promise<Buffer> | Buffer) => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(`${path}.tmp`, await make(), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    }
    return path;
  };
  switch (spec.kind) {
    case 'ct':
    case 'ct-prior':
    case 'mr':
    case 'mr-brain': {
      // A series of hundreds of files is written once, then listed from the marker's folder.
      const folder = { ct: CT_CURRENT.folder, 'ct-prior': CT_PRIOR.folder, mr: 'MR knee', 'mr-brain': 'MR brain' }[spec.kind];
      const make = () =>
        spec.kind === 'ct'
          ? ctSeries(demo.reference, spec.slices, patient)
          : spec.kind === 'ct-prior'
            ? ctSeries(demo.reference, spec.slices, patient, CT_PRIOR)
            : spec.kind === 'mr'
              ? mrSeries(demo.reference, spec.slices, patient)
              : brainMr(demo.reference, patient);
      const marker = join(dir, folder, '.complete');
      if (!existsSync(marker)) {
        const series = make();
        for (const instance of series) await write(instance.name, () => instance.bytes);
        writeFileSync(marker, JSON.stringify(series.map((i) => i.name)));
      }
      const names = JSON.parse(readFileSync(marker, 'utf8')) as string[];
      return names.map((name) => ({ name, kind: 'dicom' as const, mediaType: 'application/dicom', path: join(dir, name) }));
    }
    case 'xray': {
      const instance = chestXray(demo.reference, patient);
      return [{ name: instance.name, kind: 'dicom', mediaType: 'application/dicom', path: await write(instance.name, () => instance.bytes) }];
    }
    case 'xa-cine':
    case 'ecg':
    case 'dicom-sr':
    case 'dicom-pdf': {
      const instance =
        spec.kind === 'xa-cine'
          ? angiographyCine(demo.reference, patient, spec.frames)
          : spec.kind === 'ecg'
            ? ecgWaveform(demo.reference, patient)
            : spec.kind === 'dicom-sr'
              ? structuredReport(demo.reference, patient)
              : encapsulatedPdf(demo.reference, patient, await textReport(spec.report), spec.report.title);
      return [{ name: instance.name, kind: 'dicom', mediaType: 'application/dicom', path: await write(instance.name, () => instance.bytes) }];
    }
    case 'cd-archive':
      return [
        {
          name: spec.name,
          kind: 'other',
          mediaType: 'application/zip',
          path: await write(spec.name, () => lumbarSpineCd(demo.reference, patient, spec.slices)),
        },
      ];
    case 'report':
      return [{ name: spec.name, kind: 'pdf', mediaType: 'application/pdf', path: await write(spec.name, () => textReport(spec.report)) }];
    case 'scan':
      return [{ name: spec.name, kind: 'pdf', mediaType: 'application/pdf', path: await write(spec.name, () => scannedLetter(spec.title, spec.pages)) }];
    case 'photo':
      return [{ name: spec.name, kind: 'photo', mediaType: 'image/png', path: await write(spec.name, () => skinPhoto(1200, 900, spec.name.length)) }];
  }
}

const sha256File = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Bump when a generator changes what it writes: files of an older version are not reused. */
export const DEMO_FILES_VERSION = 7;

/** Seeds experts and demo cases into an empty platform; does nothing if cases exist. */
export async function seedDemo(db: PlatformDb, assetsDir: string, now = new Date()): Promise<void> {
  const expertId = ensureExpert(db, DEMO_EXPERT);
  ensureExpert(db, COLLEAGUE);
  // Three years of the demo expert's earlier opinions, for "My practice" (seeded: the same everywhere).
  seedPastOpinions(db, expertId, now);
  if ((db.prepare<[], number>('SELECT count(*) FROM cases').pluck().get() ?? 0) > 0) return;
  for (const [index, demo] of DEMO_CASES.entries()) {
    const dir = join(assetsDir, `v${DEMO_FILES_VERSION}`, demo.reference);
    const files = (await Promise.all(demo.attachments.map((spec) => generate(spec, demo, dir)))).flat();
    const offeredAt = new Date(now.getTime() - (index + 1) * 3600_000);
    insertCase(
      db,
      expertId,
      { ...demo, questionnaire: (docIds) => questionnaireResponse(demo.language, demo.facts, offeredAt.toISOString(), docIds) },
      files,
      offeredAt,
      now,
    );
  }
}

/** A case as the platform receives it from a patient; the questionnaire may point at attachments. */
export type CaseInput = Omit<DemoCase, 'facts' | 'attachments'> & { questionnaire: (attachmentIds: Map<string, string>) => unknown };

export function insertCase(db: PlatformDb, expertId: string, demo: CaseInput, files: CaseFile[], offeredAt: Date, now: Date): string {
  const caseId = randomUUID();
  const attachments = files.map((f) => ({ ...f, id: randomUUID(), size: statSync(f.path).size, sha256: sha256File(f.path) }));
  const docIds = new Map(attachments.map((a) => [a.name, a.id]));
  const due = new Date(now.getTime() + demo.dueInDays * 24 * 3600_000);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO cases (id, reference, expert_id, status, disease_family, disease, language, offered_at, due_at,
         patient_json, first_opinion_json, questionnaire_json, questions_json, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      demo.reference,
      expertId,
      demo.status,
      demo.family,
      demo.disease,
      demo.language,
      offeredAt.toISOString(),
      due.toISOString(),
      JSON.stringify(demo.patient),
      JSON.stringify({ ...demo.firstOpinion, givenAt: offeredAt.toISOString().slice(0, 10) }),
      JSON.stringify(demo.questionnaire(docIds)),
      JSON.stringify(demo.questions.map((text, i) => ({ id: `q${i + 1}`, text, askedAt: offeredAt.toISOString() }))),
      now.toISOString(),
    );
    const insert = db.prepare('INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const a of attachments) insert.run(a.id, caseId, a.kind, a.name, a.mediaType, a.size, a.sha256, a.path, offeredAt.toISOString());
    db.prepare('INSERT INTO feed (expert_id, case_id, type, at) VALUES (?, ?, ?, ?)').run(expertId, caseId, 'offered', offeredAt.toISOString());
    if (demo.status === 'accepted') {
      db.prepare('INSERT INTO feed (expert_id, case_id, type, at) VALUES (?, ?, ?, ?)').run(expertId, caseId, 'accepted', now.toISOString());
    }
  })();
  return caseId;
}
