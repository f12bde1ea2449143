// Removes local copies of cases that are closed, withdrawn, reassigned or declined once their
// retention period has passed (drafts included); their documents' files go with them.
import type { CaseCache } from '../cache/case-cache';

export async function purgeExpiredCases(cache: CaseCache, now: Date): Promise<string[]> {
  const files: string[] = [];
  const purged = await cache.write((db) => {
    const ids = db.prepare('SELECT id FROM cases WHERE read_only = 1 AND purge_after IS NOT NULL AND purge_after <= ?').pluck().all(now.toISOString()) as string[];
    for (const id of ids) {
      files.push(...(db.prepare('SELECT vault_file FROM attachments WHERE case_id = ? AND vault_file IS NOT NULL').pluck().all(id) as string[]));
      db.prepare('DELETE FROM cases WHERE id = ?').run(id);
      db.prepare('DELETE FROM notifications WHERE case_id = ?').run(id);
      db.prepare('DELETE FROM outbox WHERE case_id = ? AND state = ?').run(id, 'conflict');
    }
    if (ids.length > 0) cache.noteOutboxChanged();
    return ids;
  });
  for (const file of files) await cache.vault.remove(file);
  return purged;
}
