// Builds the three parts of the app: the shell and the core process (main), the sandboxed preload,
// and the React renderer. Output in out/{main,preload,renderer}.
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspMetaPlugin } from './build-support/csp-meta-plugin';
import { viewerAssetsPlugin } from './build-support/viewer-assets-plugin';

const require = createRequire(import.meta.url);
/**
 * The 12-bit JPEG baseline decoder the cornerstone team maintains inside their image loader; the
 * package does not export it, so it is named by its path (see decode/codecs.ts).
 */
const jpeg12 = join(dirname(require.resolve('@cornerstonejs/dicom-image-loader/package.json')), 'dist/esm/codecs/jpeg.js');

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src-main/shell/main.ts'),
          core: resolve('src-main/core/process/main.ts'),
          worker: resolve('src-main/core/work/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but electron: bundle the rest in one CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src-preload/electron.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    plugins: [react(), cspMetaPlugin(), viewerAssetsPlugin()],
    resolve: {
      alias: { 'jpeg-baseline-12bit': jpeg12, fs: resolve('build-support/node-builtin-stub.ts'), path: resolve('build-support/node-builtin-stub.ts') },
    },
    // The decoding workers are ES modules, like the page.
    worker: { format: 'es' },
    build: {
      minify: true,
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
