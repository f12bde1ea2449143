// Vite plugin: puts the viewers' runtime files into the renderer build so that documents render
// fully offline with nothing fetched outside: pdf.js's character maps, standard fonts and wasm
// decoders (out/renderer/pdfjs/), and the DICOM loader's decoding worker with its codecs, beside
// the bundle that starts it (the loader looks for them next to its own script, in assets/).
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
      const dicom = join(dirname(require.resolve('cornerstone-wado-image-loader/package.json')), 'dist');
      // The loader's worker, its codec chunks and their wasm, which it loads from beside itself.
      cpSync(join(dicom, 'dynamic-import'), join(outDir, 'assets'), {
        recursive: true,
        filter: (path) => !path.endsWith('.map') && !path.endsWith('cornerstoneWADOImageLoader.min.js'),
      });
    },
  };
}
