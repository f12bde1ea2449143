// The expert's practice and the network's: GET /api/v1/experts/me/opinions (the expert's past
// opinions, no patient data: family, disease, dates, complexity, divergence and its kind, review
// time) and GET /api/v1/network/divergence (the published cohort's figures as the network's
// reference, with their source, and the live aggregate of this platform's opinions by family).
import { sendJson, type Router } from '../http';
import type { PlatformState } from '../state';
import { expertOpinions, liveAggregate } from '../practice/past-opinions';
import { NETWORK_REFERENCE } from '../practice/network-reference';

export function practiceRoutes(router: Router, state: PlatformState): void {
  router.on('GET', '/api/v1/experts/me/opinions', ({ res, expertId }) => {
    sendJson(res, 200, { opinions: expertOpinions(state.db, expertId ?? '') });
  });
  router.on('GET', '/api/v1/network/divergence', ({ res }) => {
    sendJson(res, 200, { reference: NETWORK_REFERENCE, live: { families: liveAggregate(state.db) } });
  });
}
