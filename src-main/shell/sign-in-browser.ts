// The desktop app's part of a sign-in on the platform's OpenID provider (RFC 8252), as pure
// functions: which page the system browser opens when core has started a sign-in or a sign-out
// (the provider's, over https or on this computer, nothing else), and when the window comes back to the front (the
// browser handed the answer to core's loopback listener and the expert is signed in).
import type { Result } from '../../contract';

/** The provider's page to open in the system browser: its sign-in after `session.beginSignIn`, its sign-out after `session.signOut`; or null. */
export function providerPageToOpen(method: string, result: Result<unknown>): string | null {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return null;
  const value = result.value as { authorizationUrl?: unknown; endSessionUrl?: unknown };
  const page = method === 'session.beginSignIn' ? value.authorizationUrl : method === 'session.signOut' ? value.endSessionUrl : null;
  if (typeof page !== 'string') return null;
  try {
    const url = new URL(page);
    const local = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    return url.protocol === 'https:' || local ? url.href : null;
  } catch {
    return null;
  }
}

/** Follows `session.changed`: true once, when a sign-in that waited for the browser has signed in. */
export class SignInReturn {
  private waiting = false;

  /** Whether this status brings the window back to the front. */
  raises(name: string, payload: unknown): boolean {
    if (name !== 'session.changed' || typeof payload !== 'object' || payload === null) return false;
    const status = payload as { signedIn?: unknown; browserSignIn?: { state?: unknown } | null };
    if (status.browserSignIn?.state === 'waiting') {
      this.waiting = true;
      return false;
    }
    const raise = this.waiting && status.signedIn === true;
    if (raise || status.browserSignIn?.state === 'failed' || status.browserSignIn === null) {
      const failed = this.waiting && status.browserSignIn?.state === 'failed';
      this.waiting = false;
      return raise || failed;
    }
    return false;
  }
}
