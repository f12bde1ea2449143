// The practice history in the encrypted cache: the platform's answer (validated: a server that
// lies gets its answer refused, not stored), replaced whole on each refresh, and read back.
import { NetworkFigures, OpinionHistory, type PastOpinion } from '../../../shared/platform-api/practice';
import type { CacheDatabase } from '../cache/database';
import type { CaseCache } from '../cache/case-cache';
import type { Logger } from '../log/logger';
import type { PlatformClient } from '../sync/platform-client';

export type { NetworkFigures, PastOpinion };

/** How often the history is brought again (it changes when a report is received, which sync knows). */
export const HISTORY_REFRESH_MS = 6 * 3600_000;

export async function fetchPractice(client: PlatformClient): Promise<{ opinions: PastOpinion[]; network: NetworkFigures }> {
  const history = OpinionHistory.parse(await client.json('GET', '/api/v1/experts/me/opinions'));
  const network = NetworkFigures.parse(await client.json('GET', '/api/v1/network/divergence'));
  return { opinions: history.opinions, network };
}

export function storePractice(db: CacheDatabase, practice: { opinions: PastOpinion[]; network: NetworkFigures }, at: Date): void {
  db.prepare('DELETE FROM practice_opinions').run();
  const insert = db.prepare(
    `INSERT INTO practice_opinions (id, family, disease, accepted_at, reported_at, due_at, complexity, divergence, divergence_kind, review_seconds)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const o of practice.opinions) {
    insert.run(o.id, o.family, o.disease, o.acceptedAt, o.reportedAt, o.dueAt, o.complexity, o.divergence, o.divergenceKind, o.reviewSeconds);
  }
  db.prepare(
    `INSERT INTO practice_network (id, network_json, fetched_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET network_json = excluded.network_json, fetched_at = excluded.fetched_at`,
  ).run(JSON.stringify(practice.network), at.toISOString());
}

export function readPractice(db: CacheDatabase): { opinions: PastOpinion[]; network: NetworkFigures | null; fetchedAt: string | null } {
  const opinions = db
    .prepare<[], PastOpinion>(
      `SELECT id, family, disease, accepted_at AS acceptedAt, reported_at AS reportedAt, due_at AS dueAt, complexity, divergence,
              divergence_kind AS divergenceKind, review_seconds AS reviewSeconds FROM practice_opinions ORDER BY reported_at`,
    )
    .all();
  const row = db.prepare<[], { network_json: string; fetched_at: string }>('SELECT network_json, fetched_at FROM practice_network').get();
  return { opinions, network: row ? (JSON.parse(row.network_json) as NetworkFigures) : null, fetchedAt: row?.fetched_at ?? null };
}

/**
 * Brings the history again when it is older than a few hours or a report was just sent. Best
 * effort: a platform without these endpoints, or one that answers badly, leaves the cached history
 * as it was and never fails the sync.
 */
export async function refreshPractice(client: PlatformClient, cache: CaseCache, now: Date, force: boolean, log: Logger): Promise<void> {
  const fetchedAt = cache.database().prepare<[], string>('SELECT fetched_at FROM practice_network').pluck().get();
  if (!force && fetchedAt && now.getTime() - Date.parse(fetchedAt) < HISTORY_REFRESH_MS) return;
  try {
    const practice = await fetchPractice(client);
    await cache.write((db) => storePractice(db, practice, now));
  } catch (error) {
    log.warn('practice history not refreshed', { reason: log.describe(error) });
  }
}
