// Serves the renderer from app://workstation instead of file:// (a file:// page may read any
// local file it can name), with the CSP header on every page. Documents will be streamed from
// app://workstation/content/<ref> through the same handler (the content seam).
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, resolveAppAsset } from './policy';
import { securityHeaders } from '../host/csp';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppAsset(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(securityHeaders())) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
