// Schema migrations: numbered, each in one transaction with the new `user_version`. A database
// written by a newer app is refused untouched (CACHE_FROM_NEWER_VERSION) rather than guessed at.
import type { CacheDatabase } from '../database';
import { CoreError } from '../../rpc/core-error';
import { initialSchema } from './001-initial-schema';
import { syncBookkeeping } from './002-sync-bookkeeping';
import { dicomIndex } from './003-dicom-index';
import { keyImagesAndDicomObjects } from './004-key-images-and-dicom-objects';
import { archiveMembers } from './005-archive-members';
import { reviewSessionCorrections } from './006-review-session-corrections';
import { reportKinds } from './007-report-kinds';
import { auditTrail } from './008-audit-trail';
import { notifications } from './009-notifications';
import { skippedRecords } from './010-skipped-records';
import { studyDates } from './011-study-dates';
import { viewingGeometry } from './012-viewing-geometry';
import { recognisedText } from './013-recognised-text';
import { documentDates } from './014-document-dates';
import { signing } from './015-signing';
import { keyImagePictures } from './016-key-image-pictures';
import { practiceHistory } from './017-practice-history';
import { providerSession } from './018-provider-session';

export interface Migration {
  version: number;
  name: string;
  up(db: CacheDatabase): void;
}

export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  syncBookkeeping,
  dicomIndex,
  keyImagesAndDicomObjects,
  archiveMembers,
  reviewSessionCorrections,
  reportKinds,
  auditTrail,
  notifications,
  skippedRecords,
  studyDates,
  viewingGeometry,
  recognisedText,
  documentDates,
  signing,
  keyImagePictures,
  practiceHistory,
  providerSession,
];
export const LATEST_VERSION = MIGRATIONS.length;

export function schemaVersion(db: CacheDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema to `target` (default: the latest); returns the versions applied. */
export function migrate(db: CacheDatabase, target = LATEST_VERSION): number[] {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new CoreError(
      'CACHE_FROM_NEWER_VERSION',
      `The local cache was written by a newer version of the workstation (schema ${current}, this app knows ${LATEST_VERSION}).`,
    );
  }
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
