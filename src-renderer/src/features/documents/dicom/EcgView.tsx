// A DICOM ECG drawn on its paper (ecg-layout.ts): the millimetre grid, the 1 mV calibration pulses,
// each lead labelled, and calipers: drag across the trace to measure an interval (RR, PR, QT) in
// milliseconds, the rate it makes, and the height between its ends. Zoom enlarges the paper; the
// scale printed in the header (25 mm/s, 10 mm/mV) is that of the paper, whatever the zoom.
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Waveform } from '../../../../../contract';
import { ZoomControls } from '../ViewerControls';
import { ecgPaper, intervalBetween, LEFT_MM, MM_PER_MILLIVOLT, PULSE_MM, tracePath } from './ecg-layout';

type Point = { x: number; y: number };

const ZOOMS = [1, 1.5, 2, 3, 4];

export function EcgView({ waveform }: { waveform: Waveform }) {
  const { t, i18n } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const paper = useMemo(() => ecgPaper(waveform), [waveform]);
  const paths = useMemo(() => paper.panels.map((panel) => tracePath(waveform, panel)), [paper, waveform]);
  const [zoom, setZoom] = useState(0);
  const [caliper, setCaliper] = useState<{ from: Point; to: Point } | null>(null);
  const dragging = useRef(false);

  /** The pointer's place on the paper, in millimetres. */
  const onPaper = (e: PointerEvent): Point | null => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  };
  const interval = caliper ? intervalBetween(caliper.from, caliper.to) : null;
  const number = (value: number, digits: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lead = waveform.leads.length === 12 ? t('ecg.twelveLead') : t('ecg.leads', { count: waveform.leads.length });

  return (
    <div className="ecg-view" data-testid="ecg-view" data-leads={waveform.leads.length}>
      <div className="viewer-toolbar" role="toolbar" aria-label={t('ecg.toolbar')}>
        <ZoomControls
          percent={ZOOMS[zoom]! * 100}
          onZoomIn={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
          onZoomOut={() => setZoom((z) => Math.max(0, z - 1))}
          testId="ecg-zoom"
        />
        {caliper ? (
          <button type="button" className="button button--secondary button--small" onClick={() => setCaliper(null)} data-testid="ecg-clear-caliper">
            {t('ecg.clearCaliper')}
          </button>
        ) : null}
      </div>
      <p className="ecg-view__title">
        {[lead, t('ecg.rate', { hz: number(waveform.samplingHz, 0) }), t('ecg.length', { seconds: number(waveform.seconds, 1) }), t('ecg.paperScale')].join(
          ' · ',
        )}
      </p>
      <p className="muted ecg-view__hint" role="status" data-testid="ecg-readout" data-ms={interval ? interval.ms.toFixed(1) : undefined}>
        {interval
          ? t('ecg.caliper', { ms: number(interval.ms, 0), rate: number(interval.perMinute, 0), mv: number(interval.millivolts, 2) })
          : waveform.shownSeconds < waveform.seconds
            ? t('ecg.partShown', { shown: number(waveform.shownSeconds, 0), seconds: number(waveform.seconds, 0) })
            : t('ecg.hint')}
      </p>
      <div className="ecg-view__paper">
        <svg
          ref={svg}
          role="img"
          aria-label={t('ecg.paperLabel', { leads: waveform.leads.map((l) => l.label).join(', ') })}
          viewBox={`0 0 ${paper.widthMm} ${paper.heightMm}`}
          style={{ width: `${ZOOMS[zoom]! * 100}%` }}
          data-testid="ecg-paper"
          data-width-mm={paper.widthMm}
          onPointerDown={(e) => {
            const at = onPaper(e);
            if (!at || e.button !== 0) return;
            dragging.current = true;
            e.currentTarget.setPointerCapture(e.pointerId);
            setCaliper({ from: at, to: at });
          }}
          onPointerMove={(e) => {
            const at = dragging.current ? onPaper(e) : null;
            if (at) setCaliper((c) => (c ? { ...c, to: at } : c));
          }}
          onPointerUp={() => {
            dragging.current = false;
          }}
          onKeyDown={(e) => e.key === 'Escape' && setCaliper(null)}
          tabIndex={0}
        >
          <defs>
            <pattern id="ecg-minor" width="1" height="1" patternUnits="userSpaceOnUse">
              <path d="M1 0H0V1" className="ecg-grid__minor" />
            </pattern>
            <pattern id="ecg-major" width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" fill="url(#ecg-minor)" />
              <path d="M5 0H0V5" className="ecg-grid__major" />
            </pattern>
          </defs>
          <rect width={paper.widthMm} height={paper.heightMm} className="ecg-grid__paper" />
          <rect width={paper.widthMm} height={paper.heightMm} fill="url(#ecg-major)" />
          {paper.rows.map((y) => (
            <path key={y} className="ecg-trace" d={`M0.5 ${y}H1.5V${y - MM_PER_MILLIVOLT}H${1.5 + PULSE_MM}V${y}H${LEFT_MM}`} />
          ))}
          {paper.panels.map((panel, i) => (
            <g
              key={`${panel.label}-${panel.rhythm}-${i}`}
              data-testid={panel.rhythm ? 'ecg-rhythm' : 'ecg-panel'}
              data-lead={panel.label}
              data-from={panel.fromSeconds}
              data-x-mm={panel.xMm}
            >
              <path className="ecg-trace" d={paths[i]} />
              <text x={panel.xMm + 1} y={panel.baselineMm - 10.5} className="ecg-lead-label">
                {panel.label}
              </text>
            </g>
          ))}
          {paper.panels
            .filter((panel) => !panel.rhythm && panel.fromSeconds > 0)
            .map((panel) => (
              <path key={`sep-${panel.label}`} className="ecg-trace" d={`M${panel.xMm} ${panel.baselineMm - 3}V${panel.baselineMm + 3}`} />
            ))}
          {caliper ? (
            <g className="ecg-caliper" data-testid="ecg-caliper">
              <line x1={caliper.from.x} x2={caliper.from.x} y1={0} y2={paper.heightMm} />
              <line x1={caliper.to.x} x2={caliper.to.x} y1={0} y2={paper.heightMm} />
              <line x1={caliper.from.x} x2={caliper.to.x} y1={caliper.from.y} y2={caliper.from.y} />
            </g>
          ) : null}
        </svg>
      </div>
    </div>
  );
}
