// Vite plugin: puts pdf.js's character maps, standard fonts and wasm image decoders into the
// renderer build (out/renderer/pdfjs/), so PDFs render fully offline with nothing fetched outside.
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

export function pdfjsAssetsPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'smo-pdfjs-assets',
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
