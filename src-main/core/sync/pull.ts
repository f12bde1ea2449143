// Pull: reads the feed from the stored cursor, fetches the record and the message thread of every
// case that changed, and writes each page with its cursor in one transaction, so a crash never
// skips or doubles a change.
import type { CaseCache } from '../cache/case-cache';
import type { CacheDatabase } from '../cache/database';
import type { PlatformClient } from './platform-client';
import { PlatformError } from './platform-error';
// The platform's shapes, one source with the platform and its OpenAPI document.
import { CaseRecord, Message as RemoteMessage } from '../../../shared/platform-api/cases';
import { inputProblem, type InputBounds } from '../../../src-preload/input-bounds';
import type { Logger } from '../log/logger';
import { z } from 'zod';
import { mergeRemoteMessages } from '../messages/message-store';
import { markReassigned, storeCaseRecord, wasOpened } from '../cases/case-store';
import { hasOutboxRows } from '../outbox/outbox';

export interface PullResult {
  changedCaseIds: string[];
}

export interface PullOptions {
  now: () => Date;
  retentionDays: number;
  /** This app's version: records skipped by another version are fetched again. */
  appVersion: string;
  log: Logger;
}

const FETCH_CONCURRENCY = 4;

/** A feed page's frame; each change is read on its own, so one bad change does not lose the page. */
const FeedFrame = z.object({ changes: z.array(z.unknown()).max(1000), cursor: z.string().max(2000), hasMore: z.boolean() });
const LooseMessages = z.object({ messages: z.array(z.unknown()).max(10_000) });

/** Why a record was not taken; kept by case, counted in the sync status. */
export type SkipReason = 'invalid-record' | 'unknown-status' | 'too-large' | 'not-json' | 'out-of-bounds' | 'another-case';

type Fetched = { record: CaseRecord; messages: RemoteMessage[] } | 'gone' | { skipped: SkipReason };

export async function pull(client: PlatformClient, cache: CaseCache, options: PullOptions): Promise<PullResult> {
  const { now, log } = options;
  const changed = new Set<string>();
  // Records an earlier version could not read are asked for again by this one.
  let retry = cache.database().prepare<[string], string>('SELECT case_id FROM skipped_records WHERE app_version != ?').pluck().all(options.appVersion);
  for (;;) {
    const cursor = cache.database().prepare<[], string | null>('SELECT feed_cursor FROM sync_state WHERE id = 1').pluck().get() ?? null;
    const query = new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) });
    const page = FeedFrame.parse(await client.json('GET', `/api/v1/feed?${query}`));
    const ids = new Set<string>(retry);
    retry = [];
    let unreadable = 0;
    for (const raw of page.changes) {
      const change = FeedChange.safeParse(raw);
      if (change.success) ids.add(change.data.caseId);
      else unreadable++;
    }
    if (unreadable > 0) log.warn('feed changes skipped', { count: unreadable });
    const records = await mapLimit([...ids], FETCH_CONCURRENCY, (id) => fetchCase(client, id));
    const obsoleteFiles: string[] = [];
    await cache.write((db) => {
      for (const [index, id] of [...ids].entries()) {
        const fetched = records[index] as Fetched;
        if (fetched === 'gone') markReassigned(db, id, now(), options.retentionDays);
        else if ('skipped' in fetched) {
          noteSkipped(db, id, fetched.skipped, options.appVersion, now());
          log.warn('platform record skipped', { caseId: id, reason: fetched.skipped });
          continue;
        } else {
          upsertCase(db, fetched.record, now(), options.retentionDays, obsoleteFiles);
          mergeRemoteMessages(db, id, fetched.messages);
        }
        db.prepare('DELETE FROM skipped_records WHERE case_id = ?').run(id);
        changed.add(id);
      }
      db.prepare('UPDATE sync_state SET feed_cursor = ?, last_contact_at = ? WHERE id = 1').run(page.cursor, now().toISOString());
    });
    // Only once the change is committed: a rolled-back page must still find its files.
    for (const file of obsoleteFiles) await cache.vault.remove(file);
    if (!page.hasMore) break;
  }
  return { changedCaseIds: [...changed] };
}

/** One change of the feed: any type (a new one still means "this case changed"), an id of the platform's. */
const FeedChange = z.object({ caseId: z.string().min(1).max(100), type: z.string().max(64), at: z.string().max(64) });

/** The record and its message thread, 'gone' when the case is no longer this expert's (reassigned), or why it was skipped. */
async function fetchCase(client: PlatformClient, id: string): Promise<Fetched> {
  try {
    const raw = await client.json('GET', `/api/v1/cases/${encodeURIComponent(id)}`);
    // Before the schema walks it, and before anything stores or renders it.
    if (inputProblem(raw, RECORD_BOUNDS)) return { skipped: 'out-of-bounds' };
    const parsed = CaseRecord.safeParse(raw);
    if (!parsed.success) return { skipped: parsed.error.issues.some((i) => i.path.join('.') === 'status') ? 'unknown-status' : 'invalid-record' };
    if (parsed.data.id !== id) return { skipped: 'another-case' };
    const thread = await client.json('GET', `/api/v1/cases/${encodeURIComponent(id)}/messages`);
    const listed = inputProblem(thread, RECORD_BOUNDS) ? null : LooseMessages.safeParse(thread);
    // A message this version cannot read is left out; the others arrive.
    const messages = listed?.success
      ? listed.data.messages.flatMap((m) => {
          const message = RemoteMessage.safeParse(m);
          return message.success ? [message.data] : [];
        })
      : [];
    return { record: parsed.data, messages };
  } catch (error) {
    if (error instanceof PlatformError && error.failure.kind === 'refused') {
      if (error.failure.code === 'CASE_REASSIGNED') return 'gone';
      if (error.failure.status === 404) return 'gone';
      if (error.failure.code === 'RESPONSE_TOO_LARGE') return { skipped: 'too-large' };
      if (error.failure.code === 'RESPONSE_NOT_JSON') return { skipped: 'not-json' };
    }
    throw error;
  }
}

/** A record is data a patient wrote: deeper than a questionnaire goes, or more of it than any case holds, is not read. */
const RECORD_BOUNDS: InputBounds = { maxDepth: 32, maxValues: 200_000, maxTextLength: 8 * 1024 * 1024 };

function noteSkipped(db: CacheDatabase, caseId: string, reason: SkipReason, appVersion: string, now: Date): void {
  db.prepare(
    `INSERT INTO skipped_records (case_id, reason, app_version, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET reason = excluded.reason, app_version = excluded.app_version, last_seen_at = excluded.last_seen_at`,
  ).run(caseId, reason, appVersion, now.toISOString(), now.toISOString());
}

/** Decisions made here that the platform may not have yet: the local status stands until it does. */
const LOCAL_DECISIONS = ['case.accept', 'case.decline'] as const;

function upsertCase(db: CacheDatabase, record: CaseRecord, now: Date, retentionDays: number, obsoleteFiles: string[]): void {
  storeCaseRecord(db, record, { keepLocalStatus: hasOutboxRows(db, record.id, LOCAL_DECISIONS), now, retentionDays });
  const fo = record.firstOpinion;
  db.prepare(
    `INSERT INTO first_opinions (case_id, diagnosis, proposed_treatment, given_by, given_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET diagnosis = excluded.diagnosis, proposed_treatment = excluded.proposed_treatment,
       given_by = excluded.given_by, given_at = excluded.given_at`,
  ).run(record.id, fo.diagnosis, fo.proposedTreatment, fo.givenBy ?? null, fo.givenAt ?? null);
  db.prepare(
    `INSERT INTO questionnaire_responses (case_id, response_json) VALUES (?, ?)
     ON CONFLICT (case_id) DO UPDATE SET response_json = excluded.response_json`,
  ).run(record.id, JSON.stringify(record.questionnaire));
  db.prepare('DELETE FROM patient_questions WHERE case_id = ?').run(record.id);
  const question = db.prepare('INSERT INTO patient_questions (case_id, id, position, text, asked_at) VALUES (?, ?, ?, ?, ?)');
  record.questions.forEach((q, i) => question.run(record.id, q.id, i + 1, q.text, q.askedAt ?? null));
  syncAttachmentList(db, record, obsoleteFiles);
}

/** New attachments wait for download; changed ones are fetched again; removed ones are deleted. */
function syncAttachmentList(db: CacheDatabase, record: CaseRecord, obsoleteFiles: string[]): void {
  // A document that arrives once the expert has opened the case is flagged new until viewed.
  const opened = wasOpened(db, record.id);
  const local = new Map(
    db
      .prepare<[string], { id: string; sha256: string; vault_file: string | null }>(
        'SELECT id, sha256, vault_file FROM attachments WHERE case_id = ? AND archive_id IS NULL',
      )
      .all(record.id)
      .map((a) => [a.id, a]),
  );
  for (const a of record.attachments) {
    const mine = local.get(a.id);
    local.delete(a.id);
    if (mine && mine.sha256 === a.sha256) {
      db.prepare('UPDATE attachments SET name = ?, kind = ?, media_type = ? WHERE id = ?').run(a.name, a.kind, a.mediaType, a.id);
      continue;
    }
    if (mine?.vault_file) obsoleteFiles.push(mine.vault_file);
    if (mine) removeArchiveMembers(db, mine.id, obsoleteFiles);
    db.prepare(
      `INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, added_at, download_state, bytes_done, is_new)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, media_type = excluded.media_type, size = excluded.size,
         sha256 = excluded.sha256, download_state = 'pending', bytes_done = 0, vault_file = NULL, vault_key = NULL, etag = NULL,
         digest_failures = 0, error_code = NULL`,
    ).run(a.id, record.id, a.kind, a.name, a.mediaType, a.size, a.sha256, a.addedAt ?? null, opened && !mine ? 1 : 0);
  }
  for (const gone of local.values()) {
    if (gone.vault_file) obsoleteFiles.push(gone.vault_file);
    removeArchiveMembers(db, gone.id, obsoleteFiles);
    db.prepare('DELETE FROM attachments WHERE id = ?').run(gone.id);
  }
}

/** The files extracted from an archive go when the archive changes or goes (they are read again from the new one). */
function removeArchiveMembers(db: CacheDatabase, archiveId: string, obsoleteFiles: string[]): void {
  obsoleteFiles.push(
    ...db.prepare<[string], string>('SELECT vault_file FROM attachments WHERE archive_id = ? AND vault_file IS NOT NULL').pluck().all(archiveId),
  );
  db.prepare('DELETE FROM attachments WHERE archive_id = ?').run(archiveId);
  db.prepare('DELETE FROM archives WHERE attachment_id = ?').run(archiveId);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
