// Where tesseract.js finds its French and English data. It reads `<folder>/<language>.traineddata.gz`
// for every language from one folder, and each language ships in its own npm package: the packaged
// app has them side by side in its resources (electron-builder's extraResources); run from the
// sources (preview, tests), they are put side by side once in node_modules/.cache. Never fetched.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const OCR_LANGUAGES = ['fra', 'eng'] as const;
const require = createRequire(import.meta.url);

/** The LSTM "best_int" data of a language, in its npm package. */
export function packagedLanguageFile(language: (typeof OCR_LANGUAGES)[number]): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int', `${language}.traineddata.gz`);
}

/** The folder holding every language: `configured` (a packaged app's), else one assembled from the packages. */
export function ocrLanguagesDir(configured: string | null): string {
  if (configured) return configured;
  const folder = resolve(dirname(require.resolve('tesseract.js/package.json')), '..', '.cache', 'smo-ocr-languages');
  for (const language of OCR_LANGUAGES) {
    const target = join(folder, `${language}.traineddata.gz`);
    if (existsSync(target)) continue;
    mkdirSync(folder, { recursive: true });
    copyFileSync(packagedLanguageFile(language), target);
  }
  return folder;
}
