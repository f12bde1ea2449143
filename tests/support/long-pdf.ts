// A long document as patients send them (a hospital stay's complete file): `pages` pages written
// by pdf-lib, each with its number and a few lines of text; the last page alone holds the word
// LAST_PAGE_WORD, for find to look for across the whole document.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const LAST_PAGE_WORD = 'récapitulatif';

export async function longPdf(pages = 500): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Dossier de séjour (${pages} pages)`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Dossier de séjour - page ${n} sur ${pages}`, { x: 56, y: 780, size: 14, font });
    const lines =
      n === pages
        ? [`Compte rendu ${LAST_PAGE_WORD} du séjour.`, 'Sortie au domicile, suivi en consultation.']
        : [`Surveillance infirmière du jour ${n}.`, 'Constantes stables, douleur évaluée à 2 sur 10.', 'Traitement poursuivi sans modification.'];
    lines.forEach((line, i) => page.drawText(line, { x: 56, y: 740 - i * 20, size: 12, font }));
  }
  return Buffer.from(await doc.save());
}
