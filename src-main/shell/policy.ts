// The security policy of the Electron shell as pure functions (no electron import), so that
// every rule is unit-tested without an Electron binary: window preferences, what the app origin
// is, where navigation may go, which file an app:// URL may serve, which IPC calls are admitted.
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { parseCall, type ParsedCall } from '../../src-preload/parse-call';

import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../../src-preload/channels';

export { APP_HOST, APP_ORIGIN, APP_SCHEME };
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  safeDialogs: true;
  devTools: boolean;
}

/** `packaged`: an installed app opens no developer tools (they would expose the page's memory). */
export function secureWebPreferences(preloadPath: string, packaged: boolean): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // The spellchecker would send report text to the OS dictionary service.
    spellcheck: false,
    safeDialogs: true,
    devTools: !packaged,
  };
}

/** True only for pages of the app itself (parsed, never string-matched). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file under `rendererDir` that an app:// URL names, or null if it names none or tries to
 * escape the directory (encoded `..`, absolute paths, other hosts).
 */
export function resolveAppAsset(rendererDir: string, raw: string): string | null {
  if (!isAppUrl(raw)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(raw).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return target;
}

/** External links leave the app only as https: URLs, after the expert confirms. */
export function externalLinkTarget(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Where an IPC call came from: the sending frame's URL and whether it is the window's top frame. */
export interface CallSender {
  url: string;
  isTopFrame: boolean;
}

/**
 * An IPC call is admitted only from the app's own top frame (not a subframe, not another origin),
 * and only with a payload valid against the contract's schema for that call.
 */
export function admitCall(sender: CallSender | null, method: unknown, input: unknown): ParsedCall {
  if (!sender || !sender.isTopFrame || !isAppUrl(sender.url)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Calls are accepted from the app only.' } };
  }
  return parseCall(method, input);
}
