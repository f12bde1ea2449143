// The published API descriptions and the reference platform agree: the documents are generated
// from shared/platform-api (the files are what `npm run openapi` writes), every route served is
// described and every described route served, in both sign-in modes, and each operation says what
// a platform team needs (operationId, summary, errors). Redocly lints them in `npm run lint`.
import { describe, expect, it, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPlatform } from '../../platform/server';
import { makeTempDir } from '../support/temp-dir';
import { API_DOCUMENT_PATH, DEV_DOCUMENT_PATH, apiDocuments } from '../../shared/platform-api/documents';
import { API_OPERATIONS } from '../../shared/platform-api/operations';
import { DEV_OPERATIONS } from '../../shared/platform-api/dev-operations';

const dir = makeTempDir();
afterAll(() => dir.remove());

const key = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;

/** The routes the reference platform serves in a sign-in mode, without the provider's own HTML pages. */
function served(signIn: 'password' | 'oidc'): string[] {
  const { router, state } = createPlatform({ dataDir: `${dir.path}/${signIn}`, devControls: true, accessTokenTtlSeconds: 60, signIn });
  state.db.close();
  return router
    .list()
    .filter((route) => !route.includes(' /signin/'))
    .map((route) => key(route.split(' ')[0] ?? '', route.split(' ')[1] ?? ''))
    .sort();
}

describe('platform API description', () => {
  it('is what the shapes and operations generate (run `npm run openapi` after changing them)', () => {
    for (const [path, document] of Object.entries(apiDocuments())) {
      expect(JSON.parse(readFileSync(path, 'utf8')), path).toEqual(JSON.parse(JSON.stringify(document)));
    }
  });

  it('describes every route served and serves every route described, with each sign-in method', () => {
    const operations = [...API_OPERATIONS, ...DEV_OPERATIONS];
    const all = operations.map((op) => key(op.method, op.path)).sort();
    expect(served('password')).toEqual(all);
    // With an OpenID provider, the password flow's routes are not served (its provider's are).
    expect(served('oidc')).toEqual(
      operations
        .filter((op) => !op.passwordFlowOnly)
        .map((op) => key(op.method, op.path))
        .sort(),
    );
  });

  it('gives each operation a unique operationId, a summary and its error answers; the controls are a document of their own', () => {
    const operations = [...API_OPERATIONS, ...DEV_OPERATIONS];
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length);
    for (const op of operations) {
      expect(op.summary.length, op.operationId).toBeGreaterThan(10);
      expect(
        op.errors.some((status) => status >= 400 && status < 500),
        op.operationId,
      ).toBe(true);
    }
    const api = JSON.parse(readFileSync(API_DOCUMENT_PATH, 'utf8')) as { openapi: string; paths: object; servers: { url: string }[] };
    const dev = JSON.parse(readFileSync(DEV_DOCUMENT_PATH, 'utf8')) as { paths: object };
    expect(api.openapi).toBe('3.1.0');
    expect(Object.keys(api.paths).filter((path) => path.startsWith('/dev/'))).toEqual([]);
    expect(Object.keys(dev.paths).every((path) => path.startsWith('/dev/'))).toBe(true);
    // A platform is not only on this computer.
    expect(api.servers.some((server) => server.url.startsWith('https://'))).toBe(true);
  });
});
