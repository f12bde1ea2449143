// PDFs written by a real PDF writer: Chromium's own (Skia's PDF backend, through Playwright's
// page.pdf), from HTML, with what patients' reports hold and what find must handle: a word split
// across two text runs, ligatures (the font's "ffi", "fl"), accents, an outline from the headings,
// internal links and a link to the web.
import type { Browser } from '@playwright/test';

/** The report's text, also the reference the tests compare find and OCR with. */
export const REPORT_PDF = {
  title: 'Compte rendu scanner thoracique',
  /** "nodule" is written as "nod" + bold "ule": two text runs in the PDF. */
  splitWord: 'nodule',
  /** The page the conclusion (an outline entry, and the target of the internal link) starts on. */
  conclusionPage: 2,
};

const REPORT_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${REPORT_PDF.title}</title>
<style>
  body { font-family: 'DejaVu Serif', serif; font-size: 13pt; line-height: 1.5; margin: 0; font-variant-ligatures: common-ligatures; }
  h1 { font-size: 20pt; } h2 { font-size: 16pt; page-break-before: always; }
</style></head><body>
<h1 id="resultats">Compte rendu scanner thoracique</h1>
<p>Indication : bilan d’un <span>nod</span><b>ule</b> pulmonaire découvert fortuitement.</p>
<p>Résultats : la réperfusion est efficace. Un second temps de reperfusion tardive est noté.</p>
<p>Plusieurs nodules infracentimétriques, sans influence sur la conduite à tenir.</p>
<p>Le Nodule principal mesure 20 mm. Voir la <a href="#conclusion">conclusion</a> ; références sur <a href="https://example.org/guide">le site du guide</a>.</p>
<h2 id="conclusion">Conclusion</h2>
<p>Nodule solide de 20 mm du lobe supérieur droit, à confronter au scanner de 2025.</p>
</body></html>`;

/** The report above as a PDF, printed by Chromium with its outline. */
export async function reportPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(REPORT_HTML);
    return await page.pdf({
      format: 'A4',
      outline: true,
      tagged: true,
      printBackground: false,
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    });
  } finally {
    await page.close();
  }
}
