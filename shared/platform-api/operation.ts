// What the API documents of each operation, and what `npm test` checks against the routes served:
// one row per operation, the shapes (zod) of what it takes and answers, the errors it may give.
import type { z } from 'zod';

export interface Operation {
  operationId: string;
  method: 'GET' | 'POST';
  /** With {parameters}, as OpenAPI writes them. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** A bearer access token (the platform's, or its OpenID provider's for the API's audience), or none. */
  auth: 'bearer' | 'none';
  /** Only on a platform that signs experts in with a password (no OpenID provider). */
  passwordFlowOnly?: boolean;
  /** Carries an Idempotency-Key header: the same key again gets the first answer. */
  idempotent?: boolean;
  query?: z.ZodObject;
  /** A shape registered with an id (it becomes a component). */
  body?: z.ZodType;
  response: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; mediaType?: string };
  /** Statuses answered with problem details, besides 5xx. */
  errors: readonly number[];
}

/** What each error status means, for every operation that may answer it. */
export const ERROR_MEANINGS: Record<number, string> = {
  400: 'The request is malformed or does not match its schema (INVALID_REQUEST, INVALID_JSON).',
  401: 'The access token is missing, expired or not for this API (UNAUTHORIZED; WWW-Authenticate: Bearer), or the credentials are wrong.',
  403: 'This workstation was revoked (DEVICE_REVOKED): it must erase its local data.',
  404: 'No such resource, or not the signed-in expert’s (CASE_NOT_FOUND, NOT_FOUND); at the discovery address, this is not a platform.',
  409: 'The case is not in a state that allows this, or the version moved on (CONFLICT, VERSION_CONFLICT).',
  413: 'The request body is too large (PAYLOAD_TOO_LARGE).',
  416: 'The Range is not satisfiable.',
  422: 'Understood but refused: e.g. the report’s signature (SIGNATURE_INVALID, SIGNER_UNTRUSTED), an audit chain that does not continue.',
  429: 'Too many attempts (TOO_MANY_ATTEMPTS); Retry-After says when to try again.',
};
