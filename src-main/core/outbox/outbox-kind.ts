// How a domain declares one kind of outbox row, the way it declares its handlers: where the
// platform takes it, the schema of its payload, the schema of the platform's answer, and what
// changes here when the platform accepts or refuses it. The sender (sync/push.ts) knows nothing of
// any kind: it reads a row through its kind, posts it, and hands the answer back to the kind.
import type { z } from 'zod';
import type { CacheDatabase } from '../cache/database';
import { insertOutboxRow, type OutboxKind, type OutboxRow } from './outbox';

/** What an answer may need beyond the row: the time, and the retention period for a finished case. */
export interface OutboxContext {
  now: Date;
  retentionDays: number;
}

/** A row's case and its payload, read through the kind's schema. */
export interface OutboxItem<P> {
  caseId: string | null;
  payload: P;
}

/** A row read through its kind: where and what to send, and what its answer changes here. */
export interface ReadOutboxRow {
  /** The platform path the row is posted to. */
  path: string;
  /** The payload, as its kind's schema reads it. */
  body: unknown;
  /** The platform took it: what changes here, in the transaction that removes the row. */
  accepted(db: CacheDatabase, answer: unknown, context: OutboxContext): void;
  /** The platform refused it (`code` says why): what changes here besides the row being kept aside. */
  refused(db: CacheDatabase, code: string): void;
}

/** A kind, as the sender sees it (payloads stay typed inside the declaration). */
export interface OutboxKindSpec {
  kind: OutboxKind;
  /** The row read once through the kind's schema; null when its payload does not match (another version wrote it). */
  read(row: OutboxRow): ReadOutboxRow | null;
}

export interface OutboxKindDeclaration<P, A> {
  kind: OutboxKind;
  path(caseId: string | null): string;
  payload: z.ZodType<P>;
  /** The answer's shape; an answer that does not match changes nothing here (the platform has the row all the same). */
  answer: z.ZodType<A>;
  accepted?(db: CacheDatabase, item: OutboxItem<P>, answer: A, context: OutboxContext): void;
  refused?(db: CacheDatabase, item: OutboxItem<P>, code: string): void;
}

/** A declared kind: what the sender needs, and `add` for the domain to write rows of it. */
export type DeclaredOutboxKind<P> = OutboxKindSpec & {
  /** Adds a row in the caller's transaction (the one that makes the change it reports). */
  add(db: CacheDatabase, caseId: string | null, payload: P, now: Date): { seq: number; idempotencyKey: string };
};

export function declareOutboxKind<P, A>(declaration: OutboxKindDeclaration<P, A>): DeclaredOutboxKind<P> {
  return {
    kind: declaration.kind,
    read(row) {
      const parsed = declaration.payload.safeParse(parseJson(row.payloadJson));
      if (!parsed.success) return null;
      const item: OutboxItem<P> = { caseId: row.caseId, payload: parsed.data };
      return {
        path: declaration.path(row.caseId),
        body: item.payload,
        accepted(db, answer, context) {
          const read = declaration.answer.safeParse(answer);
          if (read.success) declaration.accepted?.(db, item, read.data, context);
        },
        refused: (db, code) => declaration.refused?.(db, item, code),
      };
    },
    add: (db, caseId, payload, now) => insertOutboxRow(db, declaration.kind, caseId, declaration.payload.parse(payload), now),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The path of a case's resource on the platform: `/api/v1/cases/<id>/<resource>`. */
export function casePath(resource: string): (caseId: string | null) => string {
  return (caseId) => `/api/v1/cases/${encodeURIComponent(caseId ?? '')}/${resource}`;
}
