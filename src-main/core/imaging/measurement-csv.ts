// The case's measurements as a spreadsheet in the expert's language (export/spreadsheet.ts). One row per measurement,
// every value in its own column with its unit, and where it was drawn (series, image, frame,
// the DICOM instance) so that it can be found again.
import type { Measurement } from '../../../contract';
import { csvNumber, spreadsheet, type CsvLanguage } from '../export/spreadsheet';

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

export function measurementsCsv(measurements: Measurement[], sopUids: Record<string, string>, language: CsvLanguage): Uint8Array {
  const number = (value: number | undefined, digits: number) => csvNumber(language, value, digits);
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
  return spreadsheet(language, HEADERS[language], rows);
}
