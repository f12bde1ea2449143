// The Content-Security-Policy of the app's pages, in one place: injected as a <meta> tag at build
// time and sent as a header by both hosts (Electron's app:// protocol and the browser preview).
// No 'unsafe-eval' and no remote origin: the renderer only talks to its own origin; the platform
// is reached by core, never by the page. 'wasm-unsafe-eval' lets image codecs compile WebAssembly.
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

/** Headers every app response carries, whichever host serves it. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  };
}

/**
 * The DICOM decoding worker and its codec chunks (assets/index.worker.min.worker.js, assets/<n>.min.worker.js).
 * Their Emscripten glue (CharLS for JPEG-LS, OpenJPEG for JPEG 2000) builds functions from strings,
 * so these files alone are served with 'unsafe-eval'. A dedicated worker takes its policy from its
 * own response: the page keeps its strict policy, and the exception stays inside a worker that has
 * no DOM, no storage of ours, and sees nothing but pixel data.
 */
export function isDecoderWorkerScript(pathname: string): boolean {
  return /^\/assets\/(index\.worker|\d+)\.min\.worker\.js$/.test(pathname);
}

export function decoderWorkerSecurityHeaders(): Record<string, string> {
  return {
    ...securityHeaders(),
    'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'",
  };
}
