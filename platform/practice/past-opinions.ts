// An expert's past opinions, as the platform keeps them for statistics: never the patient, only
// the disease, its family, the dates, complexity, divergence (and its kind) and the review time.
// The live ones come from the reports the platform received; a demonstration platform also holds
// three years of earlier opinions of its expert, drawn (seeded, reproducible) like the cohort's.
import type { PlatformDb } from '../db';

export interface PastOpinion {
  id: string;
  family: string;
  disease: string;
  acceptedAt: string;
  reportedAt: string;
  dueAt: string | null;
  complexity: 'simple' | 'complex';
  divergence: 'convergent' | 'divergent';
  divergenceKind: 'diagnostic' | 'therapeutic' | 'both' | null;
  reviewSeconds: number;
}

export function createPastOpinions(db: PlatformDb): void {
  db.exec(`CREATE TABLE IF NOT EXISTS past_opinions (
    id TEXT PRIMARY KEY, expert_id TEXT NOT NULL, family TEXT NOT NULL, disease TEXT NOT NULL,
    accepted_at TEXT NOT NULL, reported_at TEXT NOT NULL, due_at TEXT, complexity TEXT NOT NULL,
    divergence TEXT NOT NULL, divergence_kind TEXT, review_seconds INTEGER NOT NULL
  )`);
}

/** The expert's opinions: the seeded history and the reports received, oldest first. */
export function expertOpinions(db: PlatformDb, expertId: string): PastOpinion[] {
  createPastOpinions(db);
  const past = db
    .prepare<[string], PastOpinion>(
      `SELECT id, family, disease, accepted_at AS acceptedAt, reported_at AS reportedAt, due_at AS dueAt, complexity, divergence,
              divergence_kind AS divergenceKind, review_seconds AS reviewSeconds FROM past_opinions WHERE expert_id = ?`,
    )
    .all(expertId);
  const live = db
    .prepare<[string], { id: string; family: string; disease: string; offeredAt: string; dueAt: string | null; receivedAt: string; body: string }>(
      `SELECT s.id, c.disease_family AS family, c.disease, c.offered_at AS offeredAt, c.due_at AS dueAt, s.received_at AS receivedAt, s.body_json AS body
       FROM submissions s JOIN cases c ON c.id = s.case_id WHERE s.expert_id = ? AND s.kind = 'report'`,
    )
    .all(expertId)
    .map((r): PastOpinion => {
      const body = JSON.parse(r.body) as {
        complexity: PastOpinion['complexity'];
        divergence: PastOpinion['divergence'];
        divergenceKind: PastOpinion['divergenceKind'];
        reviewSeconds: number;
        signedAt: string;
      };
      return {
        id: r.id,
        family: r.family,
        disease: r.disease,
        acceptedAt: r.offeredAt,
        reportedAt: body.signedAt ?? r.receivedAt,
        dueAt: r.dueAt,
        complexity: body.complexity,
        divergence: body.divergence,
        divergenceKind: body.divergenceKind,
        reviewSeconds: body.reviewSeconds,
      };
    });
  return [...past, ...live].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
}

/** Mulberry32: a small seeded generator, so the demo's history is the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Families as the cohort mixed them, with diseases and a divergence rate near the cohort's. */
const MIX = [
  {
    family: 'orthopedic',
    weight: 30,
    rate: 0.247,
    diseases: ['Lésion méniscale', 'Lombalgie chronique', 'Arthrose du genou', 'Rupture de la coiffe des rotateurs'],
  },
  { family: 'cancer', weight: 15, rate: 0.33, diseases: ['Prostate cancer', 'Breast cancer', 'Lung nodule', 'Bladder cancer'] },
  { family: 'gynecological', weight: 11, rate: 0.55, diseases: ['Endométriose', 'Fibrome utérin'] },
  { family: 'urological', weight: 9, rate: 0.48, diseases: ['Adénome de la prostate', 'Lithiase rénale'] },
  { family: 'cardiovascular', weight: 8, rate: 0.45, diseases: ['Maladie coronarienne', 'Valvulopathie mitrale'] },
  { family: 'neurological', weight: 8, rate: 0.279, diseases: ['Épilepsie focale', 'Sclérose en plaques'] },
  { family: 'endocrine', weight: 8, rate: 0.345, diseases: ['Nodule thyroïdien', 'Hyperthyroïdie'] },
  { family: 'digestive', weight: 6, rate: 0.3, diseases: ['Maladie de Crohn', 'Reflux gastro-œsophagien'] },
  { family: 'respiratory', weight: 3, rate: 0.5, diseases: ['BPCO', 'Asthme sévère'] },
  { family: 'other', weight: 2, rate: 0.32, diseases: ['Lésion cutanée pigmentée'] },
] as const;

const DAY = 86_400_000;

/** About `count` opinions over the three years before `now`, once (a platform that has them keeps them). */
export function seedPastOpinions(db: PlatformDb, expertId: string, now: Date, count = 300, seed = 2026): void {
  createPastOpinions(db);
  if ((db.prepare<[string], number>('SELECT count(*) FROM past_opinions WHERE expert_id = ?').pluck().get(expertId) ?? 0) > 0) return;
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const total = MIX.reduce((s, f) => s + f.weight, 0);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const insert = db.prepare(
    `INSERT INTO past_opinions (id, expert_id, family, disease, accepted_at, reported_at, due_at, complexity, divergence, divergence_kind, review_seconds)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      let w = random() * total;
      const family = MIX.find((f) => (w -= f.weight) < 0) ?? MIX[0];
      const complex = random() < 0.38;
      // A complex case diverges more often (the cohort's odds ratio, 2.78), a simple one less.
      const odds = (family.rate / (1 - family.rate)) * (complex ? 1.9 : 0.68);
      const divergent = random() < odds / (1 + odds);
      const kindDraw = random();
      const accepted = new Date(now.getTime() - (8 + random() * 3 * 365) * DAY);
      const days = Math.max(0.5, Math.exp(Math.log(complex ? 6 : 4) + 0.5 * normal()));
      const reported = new Date(accepted.getTime() + days * DAY);
      const minutes = Math.exp(Math.log(complex ? 75 : 35) + 0.45 * normal());
      insert.run(
        `past-${seed}-${i}`,
        expertId,
        family.family,
        pick(family.diseases),
        accepted.toISOString(),
        reported.toISOString(),
        new Date(accepted.getTime() + 10 * DAY).toISOString(),
        complex ? 'complex' : 'simple',
        divergent ? 'divergent' : 'convergent',
        divergent ? (kindDraw < 0.3 ? 'diagnostic' : kindDraw < 0.8 ? 'therapeutic' : 'both') : null,
        Math.round(minutes * 60),
      );
    }
  })();
}

/** The platform's own opinions by family, every expert's (the live network aggregate). */
export function liveAggregate(db: PlatformDb): { family: string; opinions: number; divergent: number }[] {
  createPastOpinions(db);
  return db
    .prepare<[], { family: string; opinions: number; divergent: number }>(
      `SELECT family, count(*) AS opinions, sum(divergent) AS divergent FROM (
         SELECT family, divergence = 'divergent' AS divergent FROM past_opinions
         UNION ALL
         SELECT c.disease_family, json_extract(s.body_json, '$.divergence') = 'divergent' FROM submissions s JOIN cases c ON c.id = s.case_id WHERE s.kind = 'report'
       ) GROUP BY family ORDER BY family`,
    )
    .all();
}
