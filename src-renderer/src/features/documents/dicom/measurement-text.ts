// A measurement as one line of text, in the expert's language, the way the list shows it and the
// report quotes it: "Length 23.4 mm — series 3, image 45".
import type { TFunction } from 'i18next';
import type { Measurement } from '../../../../../contract';

// Labels are redrawn with every image and pointer move: build each number format once.
const formats = new Map<string, Intl.NumberFormat>();

function number(locale: string, value: number | undefined, digits = 1): string {
  if (value === undefined) return '–';
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(value);
}

/** The value part: "Length 23.4 mm", "Angle 31.0°", "Ellipse 706.9 mm², mean 40.1 HU, SD 3.2 HU". */
export function measurementValueText(t: TFunction, locale: string, m: Pick<Measurement, 'kind' | 'values' | 'unit' | 'signal'>): string {
  const unit = m.unit === 'mm' ? 'mm' : 'px';
  const signal = m.signal === 'HU' ? ' HU' : '';
  switch (m.kind) {
    case 'length':
      return t('measure.length', { value: number(locale, m.values.length), unit });
    case 'angle':
      return t('measure.angle', { value: number(locale, m.values.angle) });
    case 'ellipse':
      return m.values.mean === undefined
        ? t('measure.ellipseArea', { area: number(locale, m.values.area), unit })
        : t('measure.ellipse', {
            area: number(locale, m.values.area),
            unit,
            mean: number(locale, m.values.mean) + signal,
            sd: number(locale, m.values.sd) + signal,
          });
    case 'probe':
      return t('measure.probe', { value: number(locale, m.values.value, 0) + signal });
  }
}

/** Where it was drawn: "series 3, image 45" (or "image 45" without a series number). */
export function imagePlaceText(t: TFunction, place: Pick<Measurement, 'seriesNumber' | 'imageNumber'>): string {
  return place.seriesNumber === null
    ? t('measure.image', { n: place.imageNumber })
    : t('measure.seriesImage', { series: place.seriesNumber, n: place.imageNumber });
}

export function measurementText(t: TFunction, locale: string, m: Measurement): string {
  return `${measurementValueText(t, locale, m)} — ${imagePlaceText(t, m)}`;
}
