// What a contract call costs on each transport: in-process dispatch (baseline), the core child
// process's message channel (as the Electron utility process), and the browser preview's loopback
// HTTP. The ratios tell how much the process boundary and HTTP add to every call the UI makes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createCore } from '../src-main/core/core';
import { silentLogger } from '../src-main/core/log/logger';
import { forkCore } from '../src-main/host/fork-core';
import { noContent } from '../src-main/host/content';
import { createPreviewServer } from '../src-main/preview/server';
import type { Benchmark } from './run';
import { testCoreConfig } from '../tests/support/core-config';
import { median, percentile, timeEach } from './stats';

const CALLS = 3000;
const WARMUP = 300;

export const benchmark: Benchmark = {
  description: 'app.info round trip: in-process (baseline) vs core process channel vs preview HTTP',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'smo-bench-transport-'));
    try {
      const config = testCoreConfig(join(dir, 'data'));
      const inProcess = createCore(config, { log: silentLogger, emit: () => {} });
      const forked = await forkCore(config, () => {});
      const rendererDir = join(dir, 'renderer');
      mkdirSync(rendererDir);
      writeFileSync(join(rendererDir, 'index.html'), '<html></html>');
      const token = 'bench-token';
      const server = createPreviewServer({ core: forked.connection, content: noContent, rendererDir, bridgeFile: join(dir, 'b.js'), token });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rpc/app.info`;
      const http = () =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' }).then((r) => r.json());

      await timeEach(WARMUP, () => inProcess.call('app.info', {}));
      const direct = await timeEach(CALLS, () => inProcess.call('app.info', {}));
      await timeEach(WARMUP, () => forked.connection.call('app.info', {}));
      const channel = await timeEach(CALLS, () => forked.connection.call('app.info', {}));
      await timeEach(WARMUP, http);
      const overHttp = await timeEach(CALLS, http);

      forked.connection.shutdown();
      server.closeAllConnections();
      server.close();
      await forked.exited;
      return {
        calls: CALLS,
        in_process_median_ms: median(direct),
        channel_median_ms: median(channel),
        channel_p95_ms: percentile(channel, 95),
        http_median_ms: median(overHttp),
        http_p95_ms: percentile(overHttp, 95),
        channel_vs_in_process_ratio: median(channel) / median(direct),
        http_vs_channel_ratio: median(overHttp) / median(channel),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
