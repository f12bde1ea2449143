// What the reference platform answers matches the shapes its OpenAPI document is generated from:
// every GET of the expert API, called with a real session, parsed with its operation's schema.
import { afterEach, describe, expect, it } from 'vitest';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { API_OPERATIONS } from '../../shared/platform-api/operations';
import { readSession } from '../../src-main/core/sync/session-store';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the reference platform answers as its API document says', () => {
  it('every GET with a JSON answer', async () => {
    const { platform, core } = await signedInWorkstation(cleanups);
    const token = readSession(core.db())?.accessToken ?? '';
    const caseId = platform.caseId('SMO-2026-0101');
    const checked: string[] = [];
    for (const op of API_OPERATIONS.filter((o) => o.method === 'GET' && o.response.schema)) {
      const path = op.path.replace('{caseId}', caseId);
      const response = await fetch(`${platform.url}${path}`, { headers: op.auth === 'bearer' ? { Authorization: `Bearer ${token}` } : {} });
      expect(response.status, op.operationId).toBe(op.response.status);
      const parsed = op.response.schema?.safeParse(await response.json());
      expect(parsed?.success ? null : parsed?.error.issues, op.operationId).toBeNull();
      checked.push(op.operationId);
    }
    expect(checked).toEqual(['getDiscovery', 'getMe', 'getFeed', 'getCase', 'getMessages', 'getOpinionHistory', 'getNetworkDivergence']);
  });
});
