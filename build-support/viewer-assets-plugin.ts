// Vite plugin: puts pdf.js's runtime files into the renderer build so that PDFs render fully
// offline with nothing fetched outside: its character maps, standard fonts and wasm decoders
// (out/renderer/pdfjs/). The DICOM codecs need nothing here: the decoding worker imports their
// wasm, and Vite emits it beside the worker.
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

export function viewerAssetsPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'smo-viewer-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const root = dirname(require.resolve('pdfjs-dist/package.json'));
      for (const folder of ['cmaps', 'standard_fonts', 'wasm']) {
        cpSync(join(root, folder), join(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}
