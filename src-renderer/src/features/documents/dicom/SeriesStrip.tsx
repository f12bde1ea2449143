// The case's image series as thumbnails (the middle image of each), to choose what the active
// viewport shows, grouped by study, newest first, each under its date and description (shown only
// when the case holds more than one study).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries } from '../../../../../contract';
import { ImageThumbnail } from './ImageThumbnail';
import { stackOf } from './stack';
import { studiesOf } from './studies';
import { formatStudyDate } from '../../../ui/format';

function Thumbnail({ series, current, onSelect }: { series: DicomSeries; current: boolean; onSelect: () => void }) {
  const { t } = useTranslation();
  const stack = stackOf(series);
  const middle = stack[Math.floor(stack.length / 2)];
  return (
    <button
      type="button"
      className="series-thumb"
      aria-current={current ? 'true' : undefined}
      onClick={onSelect}
      data-testid="series-thumbnail"
      title={series.seriesDescription}
    >
      <ImageThumbnail imageId={middle?.imageId ?? null} />
      {/* Four sequences of one MR look alike at this size: their names tell them apart. */}
      {series.seriesDescription ? (
        <span className="series-thumb__description" title={series.seriesDescription} data-testid="series-description">
          {series.seriesDescription}
        </span>
      ) : null}
      <span className="series-thumb__label">
        {series.modality} · {t('documents.images', { count: stack.length })}
      </span>
    </button>
  );
}

// Memoised: the viewer re-renders on every image shown while scrolling; this need not.
export const SeriesStrip = memo(function SeriesStrip({
  all,
  current,
  onSelect,
}: {
  all: DicomSeries[];
  current: string;
  onSelect: (seriesUid: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (all.length < 2) return null;
  const studies = studiesOf(all);
  const thumbnails = (series: DicomSeries[]) =>
    series.map((s) => <Thumbnail key={s.seriesUid} series={s} current={s.seriesUid === current} onSelect={() => onSelect(s.seriesUid)} />);
  return (
    <nav className="series-strip" aria-label={t('documents.series')}>
      {studies.length < 2
        ? thumbnails(all)
        : studies.map((study) => (
            <section key={study.studyUid} className="series-strip__study" data-testid="study-group" data-study-date={study.date ?? ''}>
              <h3 className="series-strip__study-title">
                <span data-testid="study-date">
                  {study.date ? formatStudyDate(i18n.language === 'fr' ? 'fr' : 'en', study.date) : t('dicom.studyDateUnknown')}
                </span>
                {study.description ? (
                  <span className="series-strip__study-description" title={study.description}>
                    {study.description}
                  </span>
                ) : null}
              </h3>
              {thumbnails(study.series)}
            </section>
          ))}
    </nav>
  );
});
