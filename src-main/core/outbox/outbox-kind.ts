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

/** A kind, as the sender and the outbox table see it (payloads stay typed inside the declaration). */
export interface OutboxKindSpec {
  kind: OutboxKind;
  /** The platform path the row is posted to. */
  path(caseId: string | null): string;
  /** The payload as stored, checked against the kind's schema; null when it does not match. */
  body(row: OutboxRow): unknown;
  /** The platform took it: what changes here, in the transaction that removes the row. */
  accepted(db: CacheDatabase, row: OutboxRow, answer: unknown, context: OutboxContext): void;
  /** The platform refused it (`code` says why): what changes here besides the row being kept aside. */
  refused(db: CacheDatabase, row: OutboxRow, code: string): void;
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
  const read = (row: OutboxRow): OutboxItem<P> | null => {
    const parsed = declaration.payload.safeParse(JSON.parse(row.payloadJson));
    return parsed.success ? { caseId: row.caseId, payload: parsed.data } : null;
  };
  return {
    kind: declaration.kind,
    path: declaration.path,
    body: (row) => read(row)?.payload ?? null,
    accepted(db, row, answer, context) {
      const item = read(row);
      const parsed = declaration.answer.safeParse(answer);
      if (item && parsed.success) declaration.accepted?.(db, item, parsed.data, context);
    },
    refused(db, row, code) {
      const item = read(row);
      if (item) declaration.refused?.(db, item, code);
    },
    add: (db, caseId, payload, now) => insertOutboxRow(db, declaration.kind, caseId, declaration.payload.parse(payload), now),
  };
}

/** The path of a case's resource on the platform: `/api/v1/cases/<id>/<resource>`. */
export function casePath(resource: string): (caseId: string | null) => string {
  return (caseId) => `/api/v1/cases/${encodeURIComponent(caseId ?? '')}/${resource}`;
}
