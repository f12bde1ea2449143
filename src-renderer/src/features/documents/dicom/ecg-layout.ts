// The ECG's paper, in millimetres, as a cardiologist reads it (and as Weasis and the carts print
// it): 25 mm per second, 10 mm per millivolt, a 1 mV calibration pulse at the start of each row.
// A standard 12-lead recording is laid out 3 × 4 (I II III | aVR aVL aVF | V1 V2 V3 | V4 V5 V6),
// each column a quarter of the recording, over a full-length rhythm strip of lead II; any other
// set of channels is drawn one full-length row per channel. Pure functions, for the view and tests.
import type { Waveform } from '../../../../../contract';

export const MM_PER_SECOND = 25;
export const MM_PER_MILLIVOLT = 10;
/** The calibration pulse's width before each row (0.2 s) and the gap after it. */
export const PULSE_MM = 5;
export const LEFT_MM = PULSE_MM + 3;
export const ROW_MM = 30;
const TOP_MM = 4;
/** The 12-lead layout covers at most 10 s, the standard's recording; longer ones show their first 10 s there. */
const STANDARD_SECONDS = 10;

const STANDARD_COLUMNS = [
  ['I', 'II', 'III'],
  ['aVR', 'aVL', 'aVF'],
  ['V1', 'V2', 'V3'],
  ['V4', 'V5', 'V6'],
];

export interface Panel {
  /** The lead's index in the waveform. */
  lead: number;
  label: string;
  /** The part of the recording drawn, in seconds. */
  fromSeconds: number;
  toSeconds: number;
  /** Where the panel's time starts on the paper, and its baseline (0 mV). */
  xMm: number;
  baselineMm: number;
  /** A rhythm strip (the full recording's length), drawn under the grid of panels. */
  rhythm: boolean;
}

export interface EcgPaper {
  widthMm: number;
  heightMm: number;
  /** The rows' baselines, for the calibration pulses. */
  rows: number[];
  panels: Panel[];
}

const key = (label: string) => label.trim().toLowerCase();

/** The paper for a waveform: the 12-lead layout when every standard lead is there, else one row per lead. */
export function ecgPaper(waveform: Waveform): EcgPaper {
  const index = new Map(waveform.leads.map((lead, i) => [key(lead.label), i]));
  const standard = STANDARD_COLUMNS.flat().every((label) => index.has(key(label)));
  const seconds = waveform.shownSeconds;
  const baseline = (row: number) => TOP_MM + ROW_MM * row + ROW_MM / 2;
  if (!standard) {
    const widthMm = LEFT_MM + seconds * MM_PER_SECOND;
    const panels = waveform.leads.map((lead, i) => ({
      lead: i,
      label: lead.label,
      fromSeconds: 0,
      toSeconds: seconds,
      xMm: LEFT_MM,
      baselineMm: baseline(i),
      rhythm: true,
    }));
    return { widthMm, heightMm: TOP_MM * 2 + ROW_MM * panels.length, rows: panels.map((p) => p.baselineMm), panels };
  }
  const span = Math.min(seconds, STANDARD_SECONDS);
  const column = span / STANDARD_COLUMNS.length;
  const panels: Panel[] = STANDARD_COLUMNS.flatMap((labels, c) =>
    labels.map((label, row) => ({
      lead: index.get(key(label)) ?? 0,
      label,
      fromSeconds: c * column,
      toSeconds: (c + 1) * column,
      xMm: LEFT_MM + c * column * MM_PER_SECOND,
      baselineMm: baseline(row),
      rhythm: false,
    })),
  );
  panels.push({ lead: index.get('ii') ?? 0, label: 'II', fromSeconds: 0, toSeconds: span, xMm: LEFT_MM, baselineMm: baseline(3), rhythm: true });
  return { widthMm: LEFT_MM + span * MM_PER_SECOND, heightMm: TOP_MM * 2 + ROW_MM * 4, rows: [0, 1, 2, 3].map(baseline), panels };
}

/** The SVG path of a panel's trace, in paper millimetres. */
export function tracePath(waveform: Waveform, panel: Panel): string {
  const samples = waveform.leads[panel.lead]?.microvolts ?? [];
  const first = Math.max(0, Math.floor(panel.fromSeconds * waveform.samplingHz));
  const last = Math.min(samples.length - 1, Math.ceil(panel.toSeconds * waveform.samplingHz) - 1);
  const parts: string[] = [];
  for (let s = first; s <= last; s++) {
    const x = panel.xMm + (s / waveform.samplingHz - panel.fromSeconds) * MM_PER_SECOND;
    const y = panel.baselineMm - ((samples[s] ?? 0) / 1000) * MM_PER_MILLIVOLT;
    parts.push(`${s === first ? 'M' : 'L'}${x.toFixed(2)} ${y.toFixed(2)}`);
  }
  return parts.join('');
}

export interface Interval {
  ms: number;
  /** The rate if the interval is one cardiac cycle (RR): 60 000 / ms. */
  perMinute: number;
  /** The height between the two ends, in millivolts (positive: the second end is higher). */
  millivolts: number;
}

/** What calipers set on the paper from (x1, y1) to (x2, y2) measure. */
export function intervalBetween(a: { x: number; y: number }, b: { x: number; y: number }): Interval {
  const ms = (Math.abs(b.x - a.x) / MM_PER_SECOND) * 1000;
  return { ms, perMinute: ms > 0 ? 60_000 / ms : 0, millivolts: (a.y - b.y) / MM_PER_MILLIVOLT };
}
