// `npm run preview:web -- [--port P] [--data-dir D] [--platform-url URL]`: starts core in a child
// process and serves the built app on 127.0.0.1 with a fresh access token, then prints the one
// line to open. The renderer is built by the npm script before this runs.
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { forkCore } from '../host/fork-core';
import { superviseCore } from '../host/core-supervisor';
import type { CoreConfigInput } from '../core/config';
import { coreContent } from '../host/content';
import { createPreviewServer, type PreviewServerOptions } from './server';
import { defaultPreviewDataDir } from './data-dir';
import { startDemoPlatform } from '../host/demo-platform';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = `${root}out/renderer`;
const bridgeFile = `${root}out/web-bridge/web-bridge.js`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'platform-url': { type: 'string' },
      /** Scenario controls on the built-in demo platform (tests and demos). */
      'platform-dev-controls': { type: 'boolean', default: false },
      /** Where the demo platform keeps its generated files (shared between runs). */
      'demo-assets': { type: 'string' },
      /** `npm run dev`: the renderer from Vite's dev server, changes pushed to the page. */
      dev: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${values.port}".`);
  const givenUrl = values['platform-url'] ?? null;
  if (givenUrl !== null && !URL.canParse(givenUrl)) fail(`--platform-url is not a URL: "${givenUrl}".`);
  if ((!values.dev && !existsSync(`${rendererDir}/index.html`)) || !existsSync(bridgeFile)) {
    fail('The app is not built. Run "npm run preview:web" (it builds first) or "npm run build".');
  }

  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
  const dataDir = values['data-dir'] ?? defaultPreviewDataDir();
  // Without a platform address, the built-in demo platform runs beside the preview.
  const demo =
    givenUrl === null
      ? await startDemoPlatform({
          dataDir: `${dataDir}-demo-platform`,
          ...(values['demo-assets'] ? { assetsDir: values['demo-assets'] } : {}),
          devControls: values['platform-dev-controls'],
        }).catch((error: unknown) => fail(error instanceof Error ? error.message : 'The demo platform could not start.'))
      : null;
  process.on('exit', () => demo?.stop());
  const coreConfig: CoreConfigInput = {
    dataDir,
    platformUrl: demo?.url ?? givenUrl,
    demoPlatform: demo !== null,
    runtime: 'preview',
    systemLocale: process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale,
    version,
    sqliteBinding: null,
    // The browser preview never uses the OS keychain: a passphrase protects its cache.
    keychain: false,
  };
  // A core that dies is started again (the page says so); the preview itself stays up.
  const core = await superviseCore(coreConfig, {
    start: (config) => forkCore(config),
    onRestart: (attempt) => process.stderr.write(`The workstation core stopped unexpectedly; starting it again (${attempt}).\n`),
  });
  const token = randomBytes(24).toString('base64url');
  const options: PreviewServerOptions = { core, content: coreContent(core), rendererDir, bridgeFile, token };
  const server = createPreviewServer(options);
  // Vite's page updates travel over this server's own WebSocket upgrade, so it is made first.
  if (values.dev) options.dev = await (await import('./dev-renderer')).startRendererDevServer(server);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    if (demo) process.stdout.write(`Demo platform: ${demo.url} (demo data; its sign-in is pre-filled)\n`);
    process.stdout.write(`Workstation preview: http://127.0.0.1:${actualPort}/?token=${token}\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(error.code === 'EADDRINUSE' ? `Port ${port} is in use; choose another with --port.` : 'The preview server failed.');
  });

  const stop = () => {
    demo?.stop();
    void options.dev?.close();
    core.shutdown();
    server.close();
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(sentence: string): never {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}

void main().catch(() => fail('The workstation core could not start.'));
