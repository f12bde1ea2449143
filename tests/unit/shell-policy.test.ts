// The Electron shell's security policy, tested without Electron: window preferences, the app
// origin, which files app:// may serve, where links may go, and the Content-Security-Policy.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { APP_ENTRY_URL, externalLinkTarget, isAppUrl, resolveAppAsset, secureWebPreferences } from '../../src-main/shell/policy';
import { isSecurePlatformUrl } from '../../src-main/core/config';
import { contentSecurityPolicy, contentSecurityPolicyHeader, securityHeaders } from '../../src-main/host/csp';

describe('window preferences', () => {
  it('isolate and sandbox the renderer with no Node and no webview', () => {
    expect(secureWebPreferences('/app/preload.cjs', true)).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    // No Blink features switched on, nothing experimental.
    expect(secureWebPreferences('/app/preload.cjs', true)).not.toHaveProperty('enableBlinkFeatures');
  });

  it('open no developer tools in an installed app, and keep them while developing', () => {
    expect(secureWebPreferences('/app/preload.cjs', true).devTools).toBe(false);
    expect(secureWebPreferences('/app/preload.cjs', false).devTools).toBe(true);
  });
});

describe('platform address', () => {
  it.each([
    ['https://smo.example.fr/', true],
    ['http://127.0.0.1:4010/', true],
    ['http://localhost:4010/', true],
    ['http://smo.example.fr/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['ftp://smo.example.fr/', false],
  ])('%s → %s', (url, expected) => expect(isSecurePlatformUrl(url)).toBe(expected));
});

describe('app origin', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://workstation/assets/index.js', true],
    ['app://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['https://workstation/', false],
    ['app://workstation.evil.example/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));
});

describe('resolveAppAsset', () => {
  const root = '/opt/smo/out/renderer';
  it('serves files inside the renderer directory, index.html for /', () => {
    expect(resolveAppAsset(root, 'app://workstation/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://workstation/assets/a.js')).toBe(join(root, 'assets/a.js'));
  });
  it.each([
    'app://workstation/../../../etc/passwd',
    'app://workstation/%2e%2e/%2e%2e/etc/passwd',
    'app://workstation/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://workstation/..%5c..%5cwindows%5csystem.ini',
  ])('never leaves the renderer directory for %s', (url) => {
    const path = resolveAppAsset(root, url);
    if (path !== null) expect(path.startsWith(`${root}/`)).toBe(true);
  });
  it.each([
    'app://workstation/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://workstation/%00.js',
    'app://other/index.html',
    'file:///opt/smo/out/renderer/index.html',
    'app://workstation/%E0%A4%A',
  ])('refuses %s', (url) => expect(resolveAppAsset(root, url)).toBeNull());
});

describe('external links', () => {
  it('only https: leaves the app', () => {
    expect(externalLinkTarget('https://www.has-sante.fr/')?.host).toBe('www.has-sante.fr');
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', '']) {
      expect(externalLinkTarget(url), url).toBeNull();
    }
  });
});

describe('eval', () => {
  it('is in no policy of the app: the decoding workers run under the page’s own', () => {
    expect(contentSecurityPolicyHeader()).not.toMatch(/'unsafe-eval'/);
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-eval'/);
    expect(securityHeaders()['Content-Security-Policy']).not.toMatch(/'unsafe-eval'/);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicyHeader()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );
  it('allows no eval, no inline script and no remote origin', () => {
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('is relaxed only for the dev server (npm run dev), which still allows no eval and no remote origin', () => {
    expect(securityHeaders()['Content-Security-Policy']).not.toMatch(/'unsafe-inline'/);
    const dev = securityHeaders({ dev: true })['Content-Security-Policy'];
    expect(dev).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'/);
    expect(dev).not.toMatch(/'unsafe-eval'|https?:/);
    expect(dev).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\* ws:\/\/localhost:\*/);
  });
});
