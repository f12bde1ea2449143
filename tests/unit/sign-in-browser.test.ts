// The desktop app's side of a sign-in in the system browser (the Electron glue is in ipc.ts; its
// decisions are here): which page opens, and when the window comes back to the front.
import { describe, expect, it } from 'vitest';
import { SignInReturn, providerPageToOpen } from '../../src-main/shell/sign-in-browser';

describe('the page the system browser opens', () => {
  const begun = (authorizationUrl: string) => ({ ok: true as const, value: { authorizationUrl } });
  it('is the provider’s page core returned, over https or on this computer', () => {
    expect(providerPageToOpen('session.beginSignIn', begun('https://idp.example/auth?x=1'))).toBe('https://idp.example/auth?x=1');
    expect(providerPageToOpen('session.beginSignIn', begun('http://127.0.0.1:4000/oidc/auth'))).toBe('http://127.0.0.1:4000/oidc/auth');
  });
  it('is the provider’s sign-out page after a sign-out, when it has one', () => {
    const signedOut = (endSessionUrl: string | null) => ({ ok: true as const, value: { state: 'uninitialized', endSessionUrl } });
    expect(providerPageToOpen('session.signOut', signedOut('https://idp.example/session/end?client_id=w'))).toBe('https://idp.example/session/end?client_id=w');
    expect(providerPageToOpen('session.signOut', signedOut(null))).toBeNull();
  });
  it('is nothing for another call, a failure, plain http elsewhere or another scheme', () => {
    expect(providerPageToOpen('session.status', begun('https://idp.example/auth'))).toBeNull();
    expect(providerPageToOpen('session.beginSignIn', { ok: false, error: { code: 'OFFLINE', message: 'x' } })).toBeNull();
    expect(providerPageToOpen('session.beginSignIn', begun('http://idp.example/auth'))).toBeNull();
    expect(providerPageToOpen('session.beginSignIn', begun('file:///etc/passwd'))).toBeNull();
    expect(providerPageToOpen('session.beginSignIn', begun('not a url'))).toBeNull();
  });
});

describe('the window comes back to the front', () => {
  const status = (signedIn: boolean, browserSignIn: { state: string } | null) => ({ signedIn, browserSignIn });
  it('once, when a sign-in that waited for the browser ends (signed in, or failed)', () => {
    const back = new SignInReturn();
    expect(back.raises('session.changed', status(false, { state: 'waiting' }))).toBe(false);
    expect(back.raises('session.changed', status(true, null))).toBe(true);
    expect(back.raises('session.changed', status(true, null))).toBe(false);
    expect(back.raises('session.changed', status(false, { state: 'waiting' }))).toBe(false);
    expect(back.raises('session.changed', status(false, { state: 'failed' }))).toBe(true);
  });
  it('not for a session change nobody waited for, nor for other events', () => {
    const back = new SignInReturn();
    expect(back.raises('session.changed', status(true, null))).toBe(false);
    expect(back.raises('sync.changed', status(true, null))).toBe(false);
    expect(back.raises('session.changed', null)).toBe(false);
  });
});
