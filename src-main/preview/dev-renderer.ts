// `npm run dev`: the renderer from Vite's dev server, inside the preview server (same origin, same
// access token, same bridge to core): pages are built on request from src-renderer and a change is
// pushed to the open page (hot module replacement) without a build. For development only: the
// built app never runs this, and its policy stays the strict one (see devContentSecurityPolicyHeader in host/csp.ts).
import type { Server } from 'node:http';
import { createServer, type ViteDevServer } from 'vite';
import { rendererConfig } from '../../build-support/renderer-config';

export async function startRendererDevServer(httpServer: Server): Promise<ViteDevServer> {
  return createServer({
    ...rendererConfig(),
    configFile: false,
    appType: 'custom',
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: { server: httpServer } },
  });
}
