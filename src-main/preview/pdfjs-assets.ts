// pdf.js's runtime files (character maps, standard fonts, wasm decoders) straight from its package,
// for `npm run dev`, where no build has copied them to out/renderer/pdfjs.
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const require = createRequire(import.meta.url);

/** The file for `/pdfjs/<folder>/<name>`, or null outside those three folders. */
export function pdfjsAssetPath(pathname: string): string | null {
  const base = resolve(dirname(require.resolve('pdfjs-dist/package.json')));
  const path = resolve(base, `.${pathname.slice('/pdfjs'.length)}`);
  const rel = relative(base, path);
  const folder = rel.split(sep)[0];
  if (rel.startsWith('..') || !['cmaps', 'standard_fonts', 'wasm'].includes(folder ?? '')) return null;
  return join(base, rel);
}
