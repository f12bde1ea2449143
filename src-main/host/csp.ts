// The Content-Security-Policy of the app's pages, in one place: injected as a <meta> tag at build
// time and sent as a header by both hosts (Electron's app:// protocol and the browser preview).
// No 'unsafe-eval' anywhere (the DICOM codecs, in the app's own decoding workers, need none) and no
// remote origin: the renderer only talks to its own origin; the platform is reached by core, never
// by the page. 'wasm-unsafe-eval' lets image codecs compile WebAssembly. Workers take this policy
// from their own response, which carries the same headers.
const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy for a <meta> tag (frame-ancestors is ignored there). */
export function contentSecurityPolicy(): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy for an HTTP header: the same, plus refusing to be framed. */
export function contentSecurityPolicyHeader(): string {
  return `${contentSecurityPolicy()}; frame-ancestors 'none'`;
}

/**
 * `npm run dev` only: Vite's dev server inserts the styles and React's refresh preamble inline and
 * talks to the page over a WebSocket, which the app's policy refuses. Never in a build.
 */
export function devContentSecurityPolicyHeader(): string {
  const relaxed: Record<string, string[]> = {
    ...directives,
    'script-src': [...(directives['script-src'] ?? []), "'unsafe-inline'"],
    'style-src': [...(directives['style-src'] ?? []), "'unsafe-inline'"],
    'connect-src': [...(directives['connect-src'] ?? []), 'ws://127.0.0.1:*', 'ws://localhost:*'],
  };
  return `${Object.entries(relaxed)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')}; frame-ancestors 'none'`;
}

/** Headers every app response carries, whichever host serves it (`dev`: the dev server's policy). */
export function securityHeaders(options: { dev?: boolean } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': options.dev ? devContentSecurityPolicyHeader() : contentSecurityPolicyHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  };
}
