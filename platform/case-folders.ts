// `--cases DIR`: each sub-folder of DIR is a case for the demo expert — a `case.json` describing it
// (format in docs/platform-api.md) and its files (DICOM, PDF, photos) beside it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { z } from 'zod';
import type { PlatformDb } from './db';
import { DEMO_EXPERT, ensureExpert, insertCase, type CaseFile } from './demo/seed';

const CaseJson = z.object({
  reference: z.string().min(1),
  language: z.enum(['fr', 'en']),
  diseaseFamily: z.string().min(1),
  disease: z.string().min(1),
  status: z.enum(['offered', 'accepted']).default('offered'),
  dueInDays: z.number().default(7),
  patient: z.object({
    age: z.number().int(),
    sex: z.enum(['female', 'male']),
    region: z.string(),
    employmentCategory: z.string(),
    gpAware: z.boolean(),
    gpConsent: z.boolean(),
  }),
  firstOpinion: z.object({ diagnosis: z.string(), proposedTreatment: z.string(), givenBy: z.string().default('') }),
  questionnaire: z.record(z.string(), z.unknown()).default({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [] }),
  questions: z.array(z.string().min(1)).min(1),
});

function kindOf(path: string): Pick<CaseFile, 'kind' | 'mediaType'> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return { kind: 'pdf', mediaType: 'application/pdf' };
  if (ext === '.png') return { kind: 'photo', mediaType: 'image/png' };
  if (ext === '.jpg' || ext === '.jpeg') return { kind: 'photo', mediaType: 'image/jpeg' };
  if (ext === '.zip') return { kind: 'other', mediaType: 'application/zip' }; // a CD export: the workstation reads its DICOM files
  const head = readFileSync(path).subarray(128, 132).toString('latin1');
  if (ext === '.dcm' || head === 'DICM') return { kind: 'dicom', mediaType: 'application/dicom' };
  throw new Error(`${path}: not a DICOM, PDF, PNG, JPEG or zip file`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'case.json' && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Loads every case folder under `dir`; returns the references loaded. Throws naming the bad file. */
export function loadCaseFolders(db: PlatformDb, dir: string, now = new Date()): string[] {
  const expertId = ensureExpert(db, DEMO_EXPERT);
  const loaded: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    const manifest = join(folder, 'case.json');
    if (!statSync(folder).isDirectory() || !existsSync(manifest)) continue;
    const parsed = CaseJson.safeParse(JSON.parse(readFileSync(manifest, 'utf8')));
    if (!parsed.success) throw new Error(`${manifest}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const c = parsed.data;
    if (db.prepare('SELECT 1 FROM cases WHERE reference = ?').get(c.reference)) continue;
    const files = filesUnder(folder).map((path) => ({ ...kindOf(path), name: relative(folder, path), path }));
    insertCase(db, expertId, { ...c, family: c.diseaseFamily, firstOpinion: { ...c.firstOpinion }, questionnaire: () => c.questionnaire }, files, now, now);
    loaded.push(c.reference);
  }
  return loaded;
}
