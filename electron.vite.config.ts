// Builds the three parts of the app: the shell and the core process (main), the sandboxed preload,
// and the React renderer. Output in out/{main,preload,renderer}.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './build-support/renderer-config';

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
  renderer: rendererConfig(),
});
