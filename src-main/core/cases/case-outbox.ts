// The cases domain's outbox kinds: an offer accepted or declined here, sent to the platform.
import { z } from 'zod';
import { casePath, declareOutboxKind } from '../outbox/outbox-kind';
import { confirmAccepted, confirmDeclined } from './case-store';

/** The expert accepted the case, attesting they are not directly in charge of the patient. */
export const CASE_ACCEPT = declareOutboxKind({
  kind: 'case.accept',
  path: casePath('accept'),
  payload: z.object({ attestation: z.object({ notDirectlyInCharge: z.literal(true), statedAt: z.string() }) }),
  answer: z.object({ version: z.number().int() }),
  accepted: (db, { caseId }, { version }) => caseId && confirmAccepted(db, caseId, version),
});

export const CASE_DECLINE = declareOutboxKind({
  kind: 'case.decline',
  path: casePath('decline'),
  payload: z.object({ reason: z.string(), details: z.string() }),
  answer: z.unknown(),
  accepted: (db, { caseId }, _answer, { now, retentionDays }) => caseId && confirmDeclined(db, caseId, now, retentionDays),
});

export const caseOutboxKinds = { 'case.accept': CASE_ACCEPT, 'case.decline': CASE_DECLINE };
