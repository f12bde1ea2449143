// The published API description and the reference platform agree: every route served is
// documented in docs/platform-api.openapi.json, and nothing documented is missing.
import { describe, expect, it, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPlatform } from '../../platform/server';
import { makeTempDir } from '../support/temp-dir';

const dir = makeTempDir();
afterAll(() => dir.remove());

describe('platform API description', () => {
  const spec = JSON.parse(readFileSync('docs/platform-api.openapi.json', 'utf8')) as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
  };

  it('is OpenAPI 3.1', () => {
    expect(spec.openapi).toBe('3.1.0');
  });

  it('documents exactly the routes the reference platform serves', () => {
    const { router, state } = createPlatform({ dataDir: dir.path, devControls: true, accessTokenTtlSeconds: 60 });
    const served = router.list().sort();
    state.db.close();
    const documented = Object.entries(spec.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`))
      .sort();
    expect(served.map((r) => r.replace(/\{[^}]+\}/g, '{}'))).toEqual(documented);
  });
});
