// The Electron shell's hardening, tested without Electron: every IPC call refused from a subframe
// or another origin and refused with malformed payloads (INVALID_INPUT for every call of the
// contract); every permission denied; navigation, redirects, <webview> and new windows refused;
// only https links offered to the system browser.
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../contract';
import { APP_ENTRY_URL, admitCall } from '../../src-main/shell/policy';
import { denyAllPermissions, hardenWebContents, type HardenableContents, type PermissionSession } from '../../src-main/shell/harden';

const app = { url: APP_ENTRY_URL, isTopFrame: true };
/** Payloads no call accepts: not an object, an array, null, unknown keys, a prototype pollution attempt. */
const MALFORMED: unknown[] = [42, 'cases.list', null, [], { __unexpected: true }, JSON.parse('{"__proto__": {"admin": true}, "caseId": {"$gt": ""}}')];

describe('IPC admission', () => {
  it('refuses every call of the contract with each malformed payload, with INVALID_INPUT', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(40);
    for (const method of METHOD_NAMES) {
      for (const payload of MALFORMED) {
        const admitted = admitCall(app, method, payload);
        expect(admitted, `${method} with ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
    }
  });

  it('names the fields, never echoes the values', () => {
    const admitted = admitCall(app, 'reports.save', { caseId: 'Dupont Jean, né le 02/03/1961', templateId: 7, answers: {} });
    expect(admitted.ok).toBe(false);
    if (!admitted.ok) expect(admitted.error.message).not.toContain('Dupont');
  });

  it('accepts a valid call from the app top frame only', () => {
    expect(admitCall(app, 'cases.list', {})).toMatchObject({ ok: true, method: 'cases.list' });
    for (const sender of [
      null,
      { url: APP_ENTRY_URL, isTopFrame: false },
      { url: 'https://evil.example/', isTopFrame: true },
      { url: 'file:///etc/passwd', isTopFrame: true },
    ]) {
      expect(admitCall(sender, 'cases.list', {})).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Calls are accepted from the app only.' },
      });
    }
    expect(admitCall(app, 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});

describe('permissions', () => {
  it('denies every request and every check', () => {
    const answers: boolean[] = [];
    const handlers: { request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0]; check?: () => boolean; device?: () => boolean } = {};
    const session: PermissionSession = {
      setPermissionRequestHandler: (h) => (handlers.request = h),
      setPermissionCheckHandler: (h) => (handlers.check = h),
      setDevicePermissionHandler: (h) => (handlers.device = h),
    };
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      handlers.request?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });
});

describe('navigation and windows', () => {
  function harden() {
    type Listener = (event: { preventDefault(): void }, url: string) => void;
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const offered: string[] = [];
    const contents: HardenableContents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler) => (openHandler = handler),
    };
    hardenWebContents(contents, (url) => offered.push(url.toString()));
    const prevented = (name: string, url?: string) => {
      let stopped = false;
      listeners.get(name)?.({ preventDefault: () => (stopped = true) }, url ?? '');
      return stopped;
    };
    return { prevented, open: (url: string) => openHandler?.({ url }), offered };
  }

  it('keeps navigation and redirects inside the app and refuses webviews', () => {
    const { prevented } = harden();
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://workstation.evil.example/index.html')).toBe(true);
    expect(prevented('will-navigate', `${APP_ENTRY_URL}#/inbox`)).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
  });

  it('opens no window; offers https links to the system browser, nothing else', () => {
    const { open, offered } = harden();
    for (const url of ['https://has.sante.fr/guide', 'http://plain.example/', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://share/x', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(offered).toEqual(['https://has.sante.fr/guide']);
  });
});
