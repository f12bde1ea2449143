// The technical overlay of a viewport, free of patient data: series, image n/N, slice location and
// thickness, window/level (and a SIGMOID VOI function), zoom, cine rate, LOSSY when the pixels went
// through lossy compression, and where the measurements' millimetres come from when it is not the
// patient's plane (at the detector, an ultrasound region) or when nothing calibrates the image.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DicomSeries } from '../../../../../contract';
import type { StackImage } from './stack';
import type { OrientationMarkers } from './orientation-markers';
import type { LinkState } from './DicomViewport';

const LETTERS = ['L', 'R', 'A', 'P', 'H', 'F'] as const;

/** "Left, posterior" for "LP": the marker's letters spelt out, in the expert's language. */
function directionTitle(t: TFunction, letters: string): string {
  return [...letters]
    .flatMap((letter) => LETTERS.filter((known) => known === letter))
    .map((letter) => t(`dicom.directions.${letter}`))
    .join(', ');
}

interface Props {
  series: DicomSeries;
  image: StackImage | null;
  index: number;
  count: number;
  voi: { windowWidth: number; windowCenter: number } | null;
  scale: number;
  playing: boolean;
  fps: number;
  /** Where the image's millimetres come from, or 'pixels' when nothing calibrates it; null before an image is shown. */
  calibration: 'patient' | 'detector' | 'ultrasound' | 'pixels' | null;
  /** The file's VOI LUT Function; said when it is not the ordinary linear window. */
  voiFunction: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID' | null;
  /** The patient's directions at the edges, null without an orientation. */
  markers: OrientationMarkers | null;
  link: LinkState;
}

export function ViewportOverlay({ series, image, index, count, voi, scale, playing, fps, calibration, voiFunction, markers, link }: Props) {
  const { t } = useTranslation();
  const frames = series.images.find((i) => i.attachmentId === image?.attachmentId)?.frames ?? 1;
  return (
    <div className="dicom-overlay" data-testid="dicom-overlay" aria-live="polite">
      <div className="dicom-overlay__tl">
        <div>
          {[series.seriesNumber === null ? null : t('dicom.seriesNumber', { n: series.seriesNumber }), series.modality, series.seriesDescription]
            .filter(Boolean)
            .join(' · ')}
        </div>
        <div>{series.studyDescription}</div>
      </div>
      <div className="dicom-overlay__tr">
        {series.lossy ? <span className="dicom-overlay__lossy">{t('dicom.lossy')}</span> : null}
        {link ? (
          <div
            className="dicom-overlay__link"
            data-testid="viewport-link"
            data-link={link.kind}
            data-offset={link.kind === 'linked' ? link.offsetMm : undefined}
          >
            {link.kind === 'crossing'
              ? t('dicom.linkNone')
              : Math.abs(link.offsetMm) >= 0.05
                ? t('dicom.linkedOffset', { mm: (link.offsetMm > 0 ? '+' : '') + link.offsetMm.toFixed(1) })
                : t('dicom.linked')}
          </div>
        ) : null}
      </div>
      <div className="dicom-overlay__bl">
        <div data-testid="dicom-image-number">{t('dicom.image', { n: index + 1, count })}</div>
        {frames > 1 && image ? <div>{t('dicom.frame', { n: image.frame + 1, count: frames })}</div> : null}
        {image?.sliceLocation !== null && image?.sliceLocation !== undefined && <div>{t('dicom.location', { mm: image.sliceLocation.toFixed(1) })}</div>}
        {image?.sliceThickness ? <div>{t('dicom.thickness', { mm: image.sliceThickness })}</div> : null}
      </div>
      {markers
        ? (['top', 'right', 'bottom', 'left'] as const).map((edge) => (
            <span
              key={edge}
              className={`dicom-overlay__marker dicom-overlay__marker--${edge}`}
              data-testid={`orientation-${edge}`}
              title={directionTitle(t, markers[edge])}
            >
              {markers[edge]}
            </span>
          ))
        : null}
      <div className="dicom-overlay__br">
        {playing ? <div>{t('dicom.cineRate', { fps })}</div> : null}
        <div data-testid="dicom-wl">{voi ? t('dicom.wl', { w: Math.round(voi.windowWidth), l: Math.round(voi.windowCenter) }) : ''}</div>
        {voiFunction === 'SIGMOID' ? <div data-testid="dicom-voi-function">{t('dicom.voiSigmoid')}</div> : null}
        <div>{t('dicom.zoom', { percent: Math.round(scale * 100) })}</div>
        {calibration && calibration !== 'patient' ? (
          <div data-testid="dicom-calibration" data-calibration={calibration}>
            {t(`dicom.calibration.${calibration}`)}
          </div>
        ) : null}
      </div>
    </div>
  );
}
