// The report's figures: the key images it shows as pictures (as the expert saw them when marking
// them), in order, each with its place in the study and a caption the expert writes. A figure is
// added from Insert… (a key image); removing one here leaves the key image marked.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrozenFigure, ReportFigure } from '../../../../contract';
import { contentUrl } from '../documents/content-url';
import { imagePlaceText } from '../documents/dicom/measurement-text';

/** Captions are saved this long after the last keystroke, as the report's text. */
const CAPTION_PAUSE_MS = 400;

export const figureOf = ({ attachmentId, frame, caption }: FrozenFigure): ReportFigure => ({ attachmentId, frame, caption });

export function ReportFigures({
  caseId,
  figures,
  readOnly,
  onChange,
}: {
  caseId: string;
  figures: FrozenFigure[];
  readOnly: boolean;
  onChange: (figures: ReportFigure[]) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [captions, setCaptions] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keyOf = (f: Pick<ReportFigure, 'attachmentId' | 'frame'>) => `${f.attachmentId}@${f.frame}`;
  // Captions typed and not yet saved stay as typed; the others follow core.
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  if (figures.length === 0) return null;
  const current = () => figures.map((f) => ({ ...figureOf(f), caption: captions[keyOf(f)] ?? f.caption }));

  return (
    <section className="report-figures" data-testid="report-figures" aria-labelledby="report-figures-title">
      <h3 id="report-figures-title" className="report-figures__title">
        {t('report.figures.title')}
      </h3>
      <ol className="report-figures__list">
        {figures.map((f, n) => (
          <li key={keyOf(f)} className="report-figure" data-testid="report-figure">
            <img
              className="report-figure__picture"
              src={contentUrl(`key-image/${caseId}/${keyOf(f)}`)}
              alt={t('report.figures.alt', { n: n + 1, place: imagePlaceText(t, f) })}
            />
            <div className="report-figure__text">
              <span className="report-figure__place">{t('report.figures.name', { n: n + 1, place: imagePlaceText(t, f) })}</span>
              <label className="field">
                <span className="field__label">{t('report.figures.caption')}</span>
                <input
                  className="field__control"
                  value={captions[keyOf(f)] ?? f.caption}
                  maxLength={1000}
                  readOnly={readOnly}
                  data-testid="report-figure-caption"
                  onChange={(e) => {
                    const next = { ...captions, [keyOf(f)]: e.target.value };
                    setCaptions(next);
                    if (timer.current) clearTimeout(timer.current);
                    const figuresNow = figures.map((g) => ({ ...figureOf(g), caption: next[keyOf(g)] ?? g.caption }));
                    timer.current = setTimeout(() => void onChange(figuresNow), CAPTION_PAUSE_MS);
                  }}
                />
              </label>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-testid="report-figure-remove"
                  onClick={() => void onChange(current().filter((g) => keyOf(g) !== keyOf(f)))}
                >
                  {t('report.figures.remove')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
