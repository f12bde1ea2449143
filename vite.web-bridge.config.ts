// Builds the browser-preview bridge (src-preload/web-bridge.ts) as one classic script that the
// preview server injects before the app, the counterpart of the Electron preload.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: resolve('out/web-bridge'),
    emptyOutDir: true,
    lib: {
      entry: resolve('src-preload/web-bridge.ts'),
      formats: ['iife'],
      name: 'workstationBridge',
      fileName: () => 'web-bridge.js',
    },
  },
});
