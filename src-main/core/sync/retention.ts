// Removes local copies of cases that are closed, withdrawn, reassigned or declined once their
// retention period has passed (drafts included); their documents' files go with them.
import type { CaseCache } from '../cache/case-cache';
import { deleteCase, expiredCaseIds } from '../cases/case-store';
import { dropCaseRefusedOutboxRows } from '../outbox/outbox';

export async function purgeExpiredCases(cache: CaseCache, now: Date): Promise<string[]> {
  const files: string[] = [];
  const purged = await cache.write((db) => {
    const ids = expiredCaseIds(db, now);
    for (const id of ids) {
      files.push(...db.prepare<[string], string>('SELECT vault_file FROM attachments WHERE case_id = ? AND vault_file IS NOT NULL').pluck().all(id));
      deleteCase(db, id);
      db.prepare('DELETE FROM notifications WHERE case_id = ?').run(id);
      dropCaseRefusedOutboxRows(db, id);
    }
    return ids;
  });
  for (const file of files) await cache.vault.remove(file);
  return purged;
}
