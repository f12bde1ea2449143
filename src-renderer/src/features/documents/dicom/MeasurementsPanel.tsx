// The case's measurements, as the report will quote them ("Length 23.4 mm — series 3, image 45"):
// a click shows the image it was drawn on; × removes it; the handles on the image move it. The
// whole list is exported as a DICOM SR (TID 1500, for a PACS or another viewer) or as a
// spreadsheet in the expert's language, both made by core from the saved measurements.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../../../contract';
import { contentUrl } from '../content-url';
import { measurementText } from './measurement-text';

/** The content route's measurement exports (the contract's MEASUREMENTS_CONTENT_PREFIX; the renderer imports types only). */
const exportUrl = (caseId: string, format: string, stamp: string) => contentUrl(`measurements/${caseId}/${format}@${stamp}`);

/** A short fingerprint of the list (FNV-1a over its content): it changes whenever a measurement is added, moved or removed. */
function listStamp(measurements: readonly Measurement[]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(measurements)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36);
}

interface Props {
  caseId: string;
  measurements: Measurement[];
  onSelect: (m: Measurement) => void;
  onRemove: (id: string) => void;
}

// Memoised: the viewer re-renders on every image shown while scrolling; this need not.
export const MeasurementsPanel = memo(function MeasurementsPanel({ caseId, measurements, onSelect, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  // A new address whenever the list changes: an export is never a cached copy of an older list.
  const stamp = useMemo(() => listStamp(measurements), [measurements]);
  if (measurements.length === 0) return null;
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const day = new Date().toISOString().slice(0, 10);
  return (
    <section className="measurements" aria-label={t('dicom.measurements')} data-testid="measurements">
      <div className="measurements__actions">
        <span className="muted">{t('dicom.measurementCount', { count: measurements.length })}</span>
        <a
          className="link-button"
          href={exportUrl(caseId, 'sr', stamp)}
          download={`${t('dicom.measurementsFile')}-${day}.dcm`}
          data-testid="export-measurements-sr"
          title={t('dicom.exportSrTitle')}
        >
          {t('dicom.exportSr')}
        </a>
        <a
          className="link-button"
          href={exportUrl(caseId, `csv-${language}`, stamp)}
          download={`${t('dicom.measurementsFile')}-${day}.csv`}
          data-testid="export-measurements-csv"
        >
          {t('dicom.exportCsv')}
        </a>
      </div>
      <ul className="measurements__list">
        {measurements.map((m) => (
          <li key={m.id} data-testid="measurement-row" data-kind={m.kind}>
            <button type="button" className="link-button" onClick={() => onSelect(m)}>
              {measurementText(t, i18n.language, m)}
            </button>
            <button type="button" className="tabs__close" aria-label={t('dicom.remove')} onClick={() => onRemove(m.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
