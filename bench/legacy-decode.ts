// The baseline for the DICOM decode figures: the loader the viewer used before (cornerstone's
// legacy WADO image loader, 4.x, its own worker and its bundled codecs, kept as a dev dependency for
// this benchmark only) decoding the same files in the same browser. It needs 'unsafe-eval' and
// loads its worker and codecs by address, so it runs in a page of its own, served from
// node_modules by a local server, never in the app.
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { trimmedMean } from './stats';

const require = createRequire(import.meta.url);
const loaderDist = dirname(require.resolve('cornerstone-wado-image-loader/dist/cornerstoneWADOImageLoader.bundle.min.js'));
const SCRIPTS: Record<string, string> = {
  '/cornerstone.min.js': require.resolve('cornerstone-core/dist/cornerstone.min.js'),
  '/dicomParser.min.js': require.resolve('dicom-parser/dist/dicomParser.min.js'),
};
const PAGE = `<!doctype html><meta charset="utf-8"><title>legacy loader</title>
<script src="/cornerstone.min.js"></script><script src="/dicomParser.min.js"></script>
<script src="/cornerstoneWADOImageLoader.bundle.min.js"></script>
<script>
  cornerstoneWADOImageLoader.external.cornerstone = cornerstone;
  cornerstoneWADOImageLoader.external.dicomParser = dicomParser;
  cornerstoneWADOImageLoader.webWorkerManager.initialize({ maxWebWorkers: 1, startWebWorkersOnDemand: false, taskConfiguration: { decodeTask: { initializeCodecsOnStartup: true } } });
</script>`;

/** Serves the legacy loader's page, its bundle, worker and codecs; nothing else. */
async function serveLegacyLoader(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = SCRIPTS[path] ?? join(loaderDist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The legacy loader's decode time (its worker's own measure) for each file, trimmed mean of `runs`; NaN where it fails. */
export async function legacyDecodeMs(browser: Browser, files: Record<string, Buffer>, runs: number): Promise<Record<string, number>> {
  const server = await serveLegacyLoader();
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    const out: Record<string, number> = {};
    for (const [label, file] of Object.entries(files)) {
      const times = (await page.evaluate(
        `(async () => {
          const bytes = Uint8Array.from(atob(${JSON.stringify(file.toString('base64'))}), (c) => c.charCodeAt(0));
          const times = [];
          for (let run = 0; run < ${runs}; run++) {
            // A new file id each run: nothing is served from a cache.
            const id = cornerstoneWADOImageLoader.wadouri.fileManager.add(new Blob([bytes]));
            try {
              const image = await cornerstone.loadImage(id);
              times.push(image.decodeTimeInMS);
            } catch { times.push(NaN); }
          }
          return times;
        })()`,
      )) as number[];
      out[label] = times.some((t) => Number.isNaN(t)) ? Number.NaN : trimmedMean(times);
    }
    return out;
  } finally {
    await page.close();
    await server.close();
  }
}
