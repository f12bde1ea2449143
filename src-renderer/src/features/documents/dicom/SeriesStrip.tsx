// The case's image series as thumbnails (the middle image of each), to switch series.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries } from '../../../../../src-preload/contract';
import { imageIdOf, setUpCornerstone } from './cornerstone-setup';

function Thumbnail({ series, current, onSelect }: { series: DicomSeries; current: boolean; onSelect: () => void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const middle = series.images[Math.floor(series.images.length / 2)];
    if (!middle) return;
    let cancelled = false;
    const cornerstone = setUpCornerstone();
    cornerstone.loadAndCacheImage(imageIdOf(middle.attachmentId)).then(
      (image) => !cancelled && canvas.current && cornerstone.renderToCanvas(canvas.current, image),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [series]);
  return (
    <button type="button" className="series-thumb" aria-current={current ? 'true' : undefined} onClick={onSelect} data-testid="series-thumbnail" title={series.seriesDescription}>
      <canvas ref={canvas} width={96} height={96} />
      <span className="series-thumb__label">
        {series.modality} · {t('documents.images', { count: series.images.length })}
      </span>
    </button>
  );
}

export function SeriesStrip({ all, current, onSelect }: { all: DicomSeries[]; current: string; onSelect: (seriesUid: string) => void }) {
  const { t } = useTranslation();
  if (all.length < 2) return null;
  return (
    <nav className="series-strip" aria-label={t('documents.series')}>
      {all.map((s) => (
        <Thumbnail key={s.seriesUid} series={s} current={s.seriesUid === current} onSelect={() => onSelect(s.seriesUid)} />
      ))}
    </nav>
  );
}
