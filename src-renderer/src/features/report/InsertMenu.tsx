// Insert helpers: the first opinion's text, a measurement or a key image from the viewer, written
// in the report's language, at the cursor of the text field the expert was last in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, KeyImage, Locale, Measurement } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { imagePlaceText, measurementText } from '../documents/dicom/measurement-text';

interface Choice {
  key: string;
  label: string;
  text: string;
  keyImage?: KeyImage;
}

export function InsertMenu({
  caseId,
  firstOpinion,
  lang,
  target,
  onInsert,
  onFigure,
}: {
  caseId: string;
  firstOpinion: CaseDetail['firstOpinion'];
  lang: Locale;
  target: string | null;
  onInsert: (text: string) => void;
  /** A key image with its picture chosen: it becomes a figure of the report; answers its number. */
  onFigure: (keyImage: KeyImage) => number;
}) {
  const { t, i18n } = useTranslation();
  const backend = useBackend();
  const [images, setImages] = useState<{ measurements: Measurement[]; keyImages: KeyImage[] }>({ measurements: [], keyImages: [] });
  const tr = i18n.getFixedT(lang);
  // Measurements and key images change in the viewer: read them when the menu is opened.
  const refresh = () => {
    Promise.all([backend.measurements.list({ caseId }), backend.keyImages.list({ caseId })]).then(
      ([measurements, keyImages]) => setImages({ measurements, keyImages }),
      () => {},
    );
  };
  const choices: Choice[] = [
    ...(firstOpinion
      ? [
          { key: 'fo-diagnosis', label: t('report.insert.firstDiagnosis'), text: tr('report.insert.firstDiagnosisQuote', { text: firstOpinion.diagnosis }) },
          {
            key: 'fo-treatment',
            label: t('report.insert.firstTreatment'),
            text: tr('report.insert.firstTreatmentQuote', { text: firstOpinion.proposedTreatment }),
          },
        ]
      : []),
    ...images.measurements.map((m) => ({ key: `m-${m.id}`, label: measurementText(t, i18n.language, m), text: measurementText(tr, lang, m) })),
    ...images.keyImages.map((k) => ({
      key: `k-${k.attachmentId}-${k.frame}`,
      label: `${t(k.hasPicture ? 'report.insert.keyImageFigure' : 'report.insert.keyImage')} — ${imagePlaceText(t, k)}`,
      text: `${tr('report.insert.keyImage')} — ${imagePlaceText(tr, k)}`,
      keyImage: k,
    })),
  ];
  return (
    <label className="report-insert">
      <span className="visually-hidden">{t('report.insert.label')}</span>
      <select
        value=""
        disabled={target === null}
        title={target === null ? t('report.insert.pickField') : t('report.insert.label')}
        onFocus={refresh}
        onMouseDown={refresh}
        onChange={(e) => {
          const choice = choices.find((c) => c.key === e.target.value);
          if (!choice) return;
          // A key image with its picture: shown as a figure, and the text refers to it.
          if (choice.keyImage?.hasPicture)
            onInsert(tr('report.insert.figureRef', { n: onFigure(choice.keyImage), place: imagePlaceText(tr, choice.keyImage) }));
          else onInsert(choice.text);
        }}
        data-testid="report-insert"
      >
        <option value="">{target === null ? t('report.insert.pickField') : t('report.insert.label')}</option>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
