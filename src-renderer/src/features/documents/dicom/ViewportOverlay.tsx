// The technical overlay of a viewport, free of patient data: series, image n/N, slice location and
// thickness, window/level, zoom, cine rate, and LOSSY when the pixels went through lossy compression.
import { useTranslation } from 'react-i18next';
import type { DicomSeries } from '../../../../../src-preload/contract';
import type { StackImage } from './stack';

interface Props {
  series: DicomSeries;
  image: StackImage | null;
  index: number;
  count: number;
  voi: { windowWidth: number; windowCenter: number } | null;
  scale: number;
  playing: boolean;
  fps: number;
}

export function ViewportOverlay({ series, image, index, count, voi, scale, playing, fps }: Props) {
  const { t } = useTranslation();
  const frames = series.images.find((i) => i.attachmentId === image?.attachmentId)?.frames ?? 1;
  return (
    <div className="dicom-overlay" data-testid="dicom-overlay" aria-live="polite">
      <div className="dicom-overlay__tl">
        <div>{[series.seriesNumber === null ? null : t('dicom.seriesNumber', { n: series.seriesNumber }), series.modality, series.seriesDescription].filter(Boolean).join(' · ')}</div>
        <div>{series.studyDescription}</div>
      </div>
      <div className="dicom-overlay__tr">{series.lossy ? <span className="dicom-overlay__lossy">{t('dicom.lossy')}</span> : null}</div>
      <div className="dicom-overlay__bl">
        <div data-testid="dicom-image-number">{t('dicom.image', { n: index + 1, count })}</div>
        {frames > 1 && image ? <div>{t('dicom.frame', { n: image.frame + 1, count: frames })}</div> : null}
        {image?.sliceLocation !== null && image?.sliceLocation !== undefined && <div>{t('dicom.location', { mm: image.sliceLocation.toFixed(1) })}</div>}
        {image?.sliceThickness ? <div>{t('dicom.thickness', { mm: image.sliceThickness })}</div> : null}
      </div>
      <div className="dicom-overlay__br">
        {playing ? <div>{t('dicom.cineRate', { fps })}</div> : null}
        <div data-testid="dicom-wl">{voi ? t('dicom.wl', { w: Math.round(voi.windowWidth), l: Math.round(voi.windowCenter) }) : ''}</div>
        <div>{t('dicom.zoom', { percent: Math.round(scale * 100) })}</div>
      </div>
    </div>
  );
}
