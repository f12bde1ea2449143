// The inbox's view of cases: one row per case with its documents' download state and pending work.
import type { CaseSummary } from '../../../contract';
import type { CacheDatabase } from '../cache/database';

const SELECT = `
  SELECT c.id, c.reference, c.status, c.disease_family AS diseaseFamily, c.disease, c.language, c.offered_at AS offeredAt,
         c.due_at AS dueAt, c.read_only AS readOnly, c.purge_after AS purgeAfter, c.sync_conflict AS syncConflict,
         (SELECT count(*) FROM outbox o WHERE o.case_id = c.id) AS pendingChanges,
         count(a.id) AS total,
         count(CASE WHEN a.download_state = 'available' THEN 1 END) AS available,
         count(CASE WHEN a.download_state = 'corrupt' THEN 1 END) AS corrupt,
         coalesce(sum(CASE WHEN a.download_state = 'available' THEN a.size ELSE a.bytes_done END), 0) AS bytesDone,
         coalesce(sum(a.size), 0) AS bytesTotal
  FROM cases c LEFT JOIN attachments a ON a.case_id = c.id AND a.archive_id IS NULL`;

interface Row extends Omit<CaseSummary, 'readOnly' | 'documents'> {
  readOnly: number;
  total: number;
  available: number;
  corrupt: number;
  bytesDone: number;
  bytesTotal: number;
}

function toSummary(row: Row): CaseSummary {
  const { total, available, corrupt, bytesDone, bytesTotal, readOnly, ...rest } = row;
  return { ...rest, readOnly: readOnly === 1, documents: { total, available, corrupt, bytesDone, bytesTotal } };
}

export function listCaseSummaries(db: CacheDatabase): CaseSummary[] {
  return db.prepare<[], Row>(`${SELECT} GROUP BY c.id ORDER BY c.due_at IS NULL, c.due_at, c.reference`).all().map(toSummary);
}

export function caseSummary(db: CacheDatabase, caseId: string): CaseSummary | null {
  const row = db.prepare<[string], Row>(`${SELECT} WHERE c.id = ? GROUP BY c.id`).get(caseId);
  return row ? toSummary(row) : null;
}
