// The case's measurements, as the report will quote them ("Length 23.4 mm — series 3, image 45"):
// a click shows the image it was drawn on; × removes it.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../../../src-preload/contract';
import { measurementText } from './measurement-text';

interface Props {
  measurements: Measurement[];
  onSelect: (m: Measurement) => void;
  onRemove: (id: string) => void;
}

// Memoised: the viewer re-renders on every image shown while scrolling; this need not.
export const MeasurementsPanel = memo(function MeasurementsPanel({ measurements, onSelect, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  if (measurements.length === 0) return null;
  return (
    <ul className="measurements" aria-label={t('dicom.measurements')} data-testid="measurements">
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
  );
});
