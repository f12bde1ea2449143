// Starts the preview HTTP server in the test process against a real forked core, with a small
// built-looking renderer directory, and gives back its address and token.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { forkCore, type ForkedCore } from '../../src-main/host/fork-core';
import { createPreviewServer } from '../../src-main/preview/server';
import type { ContentSource } from '../../src-main/host/content';
import { noContent } from '../../src-main/host/content';
import { testCoreConfig } from './core-config';

export interface RunningPreview {
  origin: string;
  token: string;
  core: ForkedCore;
  close(): Promise<void>;
}

export async function startTestPreview(dataDir: string, content: ContentSource = noContent): Promise<RunningPreview> {
  const rendererDir = join(dataDir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><script type="module" src="./assets/app.js"></script></head></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  const bridgeFile = join(dataDir, 'bridge.js');
  writeFileSync(bridgeFile, '/* bridge */');
  const core = await forkCore(testCoreConfig(join(dataDir, 'data')), () => {});
  const token = 'test-token-0123456789';
  const server = createPreviewServer({ core: core.connection, content, rendererDir, bridgeFile, token });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    token,
    core,
    async close() {
      core.connection.shutdown();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await core.exited;
    },
  };
}
