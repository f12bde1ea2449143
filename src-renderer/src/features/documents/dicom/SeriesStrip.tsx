// The case's image series as thumbnails (the middle image of each), to choose what the active
// viewport shows.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries } from '../../../../../contract';
import { ImageThumbnail } from './ImageThumbnail';
import { stackOf } from './stack';

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
  const { t } = useTranslation();
  if (all.length < 2) return null;
  return (
    <nav className="series-strip" aria-label={t('documents.series')}>
      {all.map((s) => (
        <Thumbnail key={s.seriesUid} series={s} current={s.seriesUid === current} onSelect={() => onSelect(s.seriesUid)} />
      ))}
    </nav>
  );
});
