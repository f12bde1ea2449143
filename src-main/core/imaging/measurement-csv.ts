// The case's measurements as a spreadsheet, in the expert's language and as their spreadsheet
// expects it: French with ';' between fields and a decimal comma, English with ',' and a point;
// UTF-8 with a byte-order mark (Excel reads accents right only with it). One row per measurement,
// every value in its own column with its unit, and where it was drawn (series, image, frame,
// the DICOM instance) so that it can be found again.
import type { Measurement } from '../../../contract';

export type CsvLanguage = 'fr' | 'en';

const HEADERS: Record<CsvLanguage, string[]> = {
  en: [
    'Measurement',
    'Length',
    'Angle (°)',
    'Area',
    'Mean',
    'SD',
    'Min',
    'Max',
    'Value',
    'Unit',
    'Value unit',
    'Series',
    'Image',
    'Frame',
    'SOP Instance UID',
    'Points (image pixels)',
    'Drawn at',
  ],
  fr: [
    'Mesure',
    'Longueur',
    'Angle (°)',
    'Surface',
    'Moyenne',
    'Écart type',
    'Min',
    'Max',
    'Valeur',
    'Unité',
    'Unité de valeur',
    'Série',
    'Image',
    'Trame',
    'SOP Instance UID',
    'Points (pixels de l’image)',
    'Tracée le',
  ],
};
const KINDS: Record<CsvLanguage, Record<Measurement['kind'], string>> = {
  en: { length: 'Length', angle: 'Angle', ellipse: 'Ellipse', probe: 'Probe' },
  fr: { length: 'Longueur', angle: 'Angle', ellipse: 'Ellipse', probe: 'Sonde' },
};

/** A field, quoted when it holds the separator, a quote or a line break; text that a spreadsheet would run as a formula is defused. */
function field(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function measurementsCsv(measurements: Measurement[], sopUids: Record<string, string>, language: CsvLanguage): Uint8Array {
  const separator = language === 'fr' ? ';' : ',';
  const number = (value: number | undefined, digits: number) => {
    if (value === undefined) return '';
    const text = value.toFixed(digits);
    return language === 'fr' ? text.replace('.', ',') : text;
  };
  const rows = measurements.map((m) => {
    const unit = m.unit === 'mm' ? 'mm' : 'px';
    return [
      KINDS[language][m.kind],
      number(m.values.length, 2),
      number(m.values.angle, 1),
      number(m.values.area, 2),
      number(m.values.mean, 1),
      number(m.values.sd, 1),
      number(m.values.min, 1),
      number(m.values.max, 1),
      number(m.values.value, 1),
      m.kind === 'ellipse' ? `${unit}²` : m.kind === 'length' ? unit : '',
      m.kind === 'ellipse' || m.kind === 'probe' ? (m.signal === 'HU' ? 'HU' : '') : '',
      m.seriesNumber === null ? '' : String(m.seriesNumber),
      String(m.imageNumber),
      String(m.frame + 1),
      sopUids[m.attachmentId] ?? '',
      m.points.map((p) => `${number(p.x, 1)} ${number(p.y, 1)}`).join(' | '),
      m.createdAt,
    ];
  });
  const lines = [HEADERS[language], ...rows].map((cells) => cells.map((c) => field(c, separator)).join(separator));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
