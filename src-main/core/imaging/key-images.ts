// Key images: the images an expert marks as carrying the opinion, kept with the case in the cache
// and shown in a strip (the report will list them).
import type { KeyImage } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { assertImageOfCase } from './measurements';

type Stored = Pick<KeyImage, 'seriesUid' | 'seriesNumber' | 'imageNumber'>;

export function listKeyImages(db: CacheDatabase, caseId: string): KeyImage[] {
  const rows = db
    .prepare<[string], { attachment_id: string; frame: number; data_json: string; created_at: string }>(
      'SELECT attachment_id, frame, data_json, created_at FROM key_images WHERE case_id = ? ORDER BY created_at, rowid',
    )
    .all(caseId);
  return rows.map((r) => ({ attachmentId: r.attachment_id, frame: r.frame, ...(JSON.parse(r.data_json) as Stored), createdAt: r.created_at }));
}

export function setKeyImage(db: CacheDatabase, caseId: string, image: Omit<KeyImage, 'createdAt'>, key: boolean, now: Date): KeyImage[] {
  assertImageOfCase(db, caseId, image.attachmentId);
  if (key) {
    const stored: Stored = { seriesUid: image.seriesUid, seriesNumber: image.seriesNumber, imageNumber: image.imageNumber };
    db.prepare('INSERT OR IGNORE INTO key_images (case_id, attachment_id, frame, data_json, created_at) VALUES (?, ?, ?, ?, ?)').run(
      caseId,
      image.attachmentId,
      image.frame,
      JSON.stringify(stored),
      now.toISOString(),
    );
  } else {
    db.prepare('DELETE FROM key_images WHERE case_id = ? AND attachment_id = ? AND frame = ?').run(caseId, image.attachmentId, image.frame);
  }
  return listKeyImages(db, caseId);
}
