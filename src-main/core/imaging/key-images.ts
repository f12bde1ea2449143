// Key images: the images an expert marks as carrying the opinion, kept with the case in the cache,
// shown in the viewer's strip, and each with the picture the expert saw when marking it (a report
// shows it as a figure). Unmarking one takes it out of the report's draft too: a figure never shows
// an image the expert no longer holds as key.
import { JpegEmbedder } from 'pdf-lib';
import type { FrozenFigure, KeyImage, ReportFigure } from '../../../contract';
import type { CacheDatabase } from '../cache/database';
import { CoreError } from '../rpc/core-error';
import { assertImageOfCase } from './measurements';

type Stored = Pick<KeyImage, 'seriesUid' | 'seriesNumber' | 'imageNumber'>;
interface Row {
  attachment_id: string;
  frame: number;
  data_json: string;
  created_at: string;
  has_picture: number;
}

/** The longest side a key image's picture may have (the renderer draws it at most this large). */
const PICTURE_MAX_SIDE = 1024;

export function listKeyImages(db: CacheDatabase, caseId: string): KeyImage[] {
  const rows = db
    .prepare<[string], Row>(
      `SELECT attachment_id, frame, data_json, created_at, picture IS NOT NULL AS has_picture FROM key_images
       WHERE case_id = ? ORDER BY created_at, rowid`,
    )
    .all(caseId);
  return rows.map((r) => ({
    attachmentId: r.attachment_id,
    frame: r.frame,
    ...(JSON.parse(r.data_json) as Stored),
    createdAt: r.created_at,
    hasPicture: r.has_picture === 1,
  }));
}

/** Checks a picture is a JPEG no larger than the renderer makes them (read from its header alone). */
async function checkedPicture(picture: Uint8Array): Promise<Uint8Array> {
  try {
    const jpeg = await JpegEmbedder.for(picture);
    if (jpeg.width > PICTURE_MAX_SIDE || jpeg.height > PICTURE_MAX_SIDE) throw new Error('too large');
    return picture;
  } catch {
    throw new CoreError('INVALID_INPUT', 'A key image picture must be a JPEG of at most 1024 pixels a side.');
  }
}

export async function pictureFor(picture: string | null | undefined): Promise<Uint8Array | null> {
  return picture ? checkedPicture(new Uint8Array(Buffer.from(picture, 'base64'))) : null;
}

export function setKeyImage(
  db: CacheDatabase,
  caseId: string,
  image: Omit<KeyImage, 'createdAt' | 'hasPicture'>,
  key: boolean,
  picture: Uint8Array | null,
  now: Date,
): KeyImage[] {
  assertImageOfCase(db, caseId, image.attachmentId);
  if (key) {
    const stored: Stored = { seriesUid: image.seriesUid, seriesNumber: image.seriesNumber, imageNumber: image.imageNumber };
    db.prepare(
      `INSERT INTO key_images (case_id, attachment_id, frame, data_json, created_at, picture) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET picture = coalesce(excluded.picture, picture)`,
    ).run(caseId, image.attachmentId, image.frame, JSON.stringify(stored), now.toISOString(), picture ? Buffer.from(picture) : null);
  } else {
    db.prepare('DELETE FROM key_images WHERE case_id = ? AND attachment_id = ? AND frame = ?').run(caseId, image.attachmentId, image.frame);
    const draft = db.prepare<[string], string>('SELECT figures_json FROM report_drafts WHERE case_id = ?').pluck().get(caseId);
    if (draft) {
      const figures = (JSON.parse(draft) as ReportFigure[]).filter((f) => f.attachmentId !== image.attachmentId || f.frame !== image.frame);
      db.prepare('UPDATE report_drafts SET figures_json = ?, revision = revision + 1 WHERE case_id = ?').run(JSON.stringify(figures), caseId);
    }
  }
  return listKeyImages(db, caseId);
}

export function keyImagePicture(db: CacheDatabase, caseId: string, attachmentId: string, frame: number): Uint8Array | null {
  const bytes = db
    .prepare<[string, string, number], Buffer | null>('SELECT picture FROM key_images WHERE case_id = ? AND attachment_id = ? AND frame = ?')
    .pluck()
    .get(caseId, attachmentId, frame);
  return bytes ? new Uint8Array(bytes) : null;
}

/** The figures as the report prints them: each a key image of the case with its picture (others are left out). */
export function reportFigures(db: CacheDatabase, caseId: string, figures: ReportFigure[]): FrozenFigure[] {
  const keys = new Map(listKeyImages(db, caseId).map((k) => [`${k.attachmentId}@${k.frame}`, k]));
  return figures.flatMap((f) => {
    const key = keys.get(`${f.attachmentId}@${f.frame}`);
    return key?.hasPicture ? [{ ...f, seriesNumber: key.seriesNumber, imageNumber: key.imageNumber }] : [];
  });
}
