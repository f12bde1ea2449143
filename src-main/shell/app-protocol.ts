// Serves the renderer from app://workstation instead of file:// (a file:// page may read any
// local file it can name), with the CSP header on every page. Documents will be streamed from
// app://workstation/content/<ref> through the same handler (the content seam).
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, resolveAppAsset } from './policy';
import { securityHeaders } from '../host/csp';
import type { ContentSource } from '../host/content';
import { answerContentRequest } from '../host/content-response';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

export function serveAppProtocol(rendererDir: string, content: ContentSource): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/content/')) {
      const ref = decodedRef(url.pathname.slice(9));
      return ref === null ? new Response('Malformed address', { status: 400 }) : serveContent(content, ref, request);
    }
    const path = resolveAppAsset(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(securityHeaders())) headers.set(name, value);
    // Build assets carry a content hash in their name: they never change, so they may be cached.
    if (url.pathname.startsWith('/assets/')) headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    return new Response(response.body, { status: response.status, headers });
  });
}

/** A %-escaped reference, or null when the escape is malformed (answered 400). */
function decodedRef(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function serveContent(content: ContentSource, ref: string, request: Request): Promise<Response> {
  const entity = await content.open(ref);
  const answer = answerContentRequest(entity, request.headers.get('range'), request.headers.get('if-range'));
  const headers = new Headers({ ...answer.headers, ...securityHeaders() });
  if (!entity || !answer.span) return new Response(null, { status: answer.status, headers });
  const pieces = entity.read(answer.span)[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next().catch(() => null);
      if (!next) return controller.error(new Error('document unreadable'));
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  return new Response(body, { status: answer.status, headers });
}
