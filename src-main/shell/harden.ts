// Session- and contents-wide rules: no permission is ever granted, no navigation leaves the app,
// no window opens, no <webview> attaches; https links go to the system browser after the expert
// confirms (`offerLink`, given by the shell). Electron types only, so the rules are unit-tested
// with stand-ins for a session and a web contents.
import { externalLinkTarget, isAppUrl } from './policy';

/** The part of an Electron session the rules use (Electron's Session has it). */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

interface Preventable {
  preventDefault(): void;
}

/** The part of an Electron web contents the rules use (Electron's WebContents has it). */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function hardenWebContents(contents: HardenableContents, offerLink: (url: URL) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) offerLink(target);
    return { action: 'deny' };
  });
}
