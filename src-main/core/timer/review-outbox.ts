// The timer's outbox kind: each finished review session as it stands (a later correction is sent
// again under the same session id, and replaces it on the platform).
import { z } from 'zod';
import { ReviewSession } from '../../../contract';
import { casePath, declareOutboxKind } from '../outbox/outbox-kind';

export const REVIEW_SESSION = declareOutboxKind({
  kind: 'review.session',
  path: casePath('review-sessions'),
  payload: ReviewSession.omit({ id: true }).extend({ sessionId: z.string() }),
  answer: z.unknown(),
});

export const reviewOutboxKinds = { 'review.session': REVIEW_SESSION };
