// A platform path under the platform's address, its own path kept (a platform behind a gateway).
import { describe, expect, it } from 'vitest';
import { platformUrl } from '../../src-main/core/sync/platform-url';

describe('platform paths', () => {
  it.each([
    ['https://smo.example', '/api/v1/feed', 'https://smo.example/api/v1/feed'],
    ['https://smo.example/', '/api/v1/feed', 'https://smo.example/api/v1/feed'],
    ['https://host.example/smo', '/api/v1/feed?since=3&limit=50', 'https://host.example/smo/api/v1/feed?since=3&limit=50'],
    ['https://host.example/smo/', '/.well-known/smo-platform', 'https://host.example/smo/.well-known/smo-platform'],
    ['https://host.example/a/b?x=1#top', 'auth/login', 'https://host.example/a/b/auth/login'],
    // An address naming the API itself is the platform it is on.
    ['https://platform.example/api/v1', '/api/v1/feed', 'https://platform.example/api/v1/feed'],
    ['https://host.example/smo/api/v1/', '/auth/login', 'https://host.example/smo/auth/login'],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(platformUrl(base, path).href).toBe(expected);
  });
});
