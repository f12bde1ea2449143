// The key images of the case, as a strip of thumbnails under the viewports: one click shows the
// image again. Marked with the toolbar's "Key image" button or M.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DicomSeries, KeyImage } from '../../../../../contract';
import { ImageThumbnail } from './ImageThumbnail';
import { imagePlaceText } from './measurement-text';
import { stackIndexOf, stackOf } from './stack';

interface Props {
  keyImages: KeyImage[];
  allSeries: DicomSeries[];
  onSelect: (image: KeyImage) => void;
}

// Memoised: the viewer re-renders on every image shown while scrolling; this need not.
export const KeyImageStrip = memo(function KeyImageStrip({ keyImages, allSeries, onSelect }: Props) {
  const { t } = useTranslation();
  if (keyImages.length === 0) return null;
  return (
    <nav className="key-images" aria-label={t('dicom.keyImages')} data-testid="key-images">
      <span className="key-images__title">{t('dicom.keyImages')}</span>
      {keyImages.map((k) => {
        const series = allSeries.find((s) => s.seriesUid === k.seriesUid);
        const stack = series ? stackOf(series) : [];
        const entry = stack[stackIndexOf(stack, k.attachmentId, k.frame)];
        const place = imagePlaceText(t, k);
        return (
          <button
            key={`${k.attachmentId}:${k.frame}`}
            type="button"
            className="key-images__item"
            onClick={() => onSelect(k)}
            title={place}
            data-testid="key-image"
          >
            <ImageThumbnail imageId={entry?.imageId ?? null} size={64} />
            <span>{place}</span>
          </button>
        );
      })}
    </nav>
  );
});
