// The renderer's Vite configuration, shared by the build (electron.vite.config.ts) and the dev
// server of `npm run dev`, so that both resolve, transform and bundle the page alike.
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { cspMetaPlugin } from './csp-meta-plugin';
import { viewerAssetsPlugin } from './viewer-assets-plugin';

const require = createRequire(import.meta.url);
/**
 * The 12-bit JPEG baseline decoder the cornerstone team maintains inside their image loader; the
 * package does not export it, so it is named by its path (see decode/codecs.ts).
 */
const jpeg12 = join(dirname(require.resolve('@cornerstonejs/dicom-image-loader/package.json')), 'dist/esm/codecs/jpeg.js');

export const rendererRoot = resolve('src-renderer');

export function rendererConfig(): UserConfig {
  return {
    root: rendererRoot,
    plugins: [react(), cspMetaPlugin(), viewerAssetsPlugin()],
    resolve: {
      alias: { 'jpeg-baseline-12bit': jpeg12, fs: resolve('build-support/node-builtin-stub.ts'), path: resolve('build-support/node-builtin-stub.ts') },
    },
    // The decoding workers are ES modules, like the page.
    worker: { format: 'es' },
    build: {
      minify: true,
      // The largest chunk is the PDF viewer's (pdf.js and its viewer components, about 580 kB),
      // loaded only when a PDF is first opened; the app's own first chunk stays near 400 kB.
      chunkSizeWarningLimit: 700,
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  };
}
