// A DICOM waveform (PS3.3 C.10.9: 12-lead and general ECG, Holter, hemodynamic) read into leads
// in microvolts, for the ECG view: the first multiplex group that has channels, each channel named
// by its label or its source's code meaning ("Lead II"), its samples scaled by the channel's
// sensitivity, correction factor and baseline. Untrusted input: the channel and sample counts are
// bounded, and a declared count the data does not hold is refused rather than read past.
import type { DataSet } from 'dicom-parser';
import type { Waveform, WaveformProblem } from '../../../contract';
import { parseDicomFile } from './dicom-parse';
import { numberOf } from './dicom-values';

/** More channels than any clinical recording has; more samples than an hour at 1 kHz on 12 leads. */
export const MAX_CHANNELS = 64;
export const MAX_SAMPLES = 12 * 3600 * 1000;
/** The view draws 10 seconds (a 12-lead ECG's length); a Holter's hours are not drawn here. */
export const MAX_SECONDS_SHOWN = 60;

/** A waveform that cannot be drawn, and why: the viewer says it in the expert's language. */
class NotDrawable extends Error {
  constructor(readonly problem: WaveformProblem) {
    super(problem);
  }
}
const refuse = (problem: WaveformProblem): never => {
  throw new NotDrawable(problem);
};

/** Readers of one sample by Waveform Sample Interpretation (5400,1006); μ-law and A-law are not ECG encodings. */
const SAMPLE: Record<string, { bytes: number; read: (view: DataView, at: number) => number }> = {
  SS: { bytes: 2, read: (v, at) => v.getInt16(at, true) },
  US: { bytes: 2, read: (v, at) => v.getUint16(at, true) },
  SB: { bytes: 1, read: (v, at) => v.getInt8(at) },
  UB: { bytes: 1, read: (v, at) => v.getUint8(at) },
};

/** Microvolts per unit of the channel's sensitivity units (a code sequence of UCUM units). */
function microvoltsPer(unit: string): number {
  switch (unit) {
    case 'uV':
      return 1;
    case 'mV':
      return 1000;
    case 'V':
      return 1e6;
    default:
      return Number.NaN; // not a voltage (mmHg, a respiration): no ECG scale
  }
}

/** "Lead II (Einthoven)", "Lead aVR" → "II", "aVR"; another name is kept as given. */
export function leadName(name: string): string {
  const trimmed = name.replace(/\(.*\)/, '').trim();
  const lead = /^lead\s+(.+)$/i.exec(trimmed);
  return lead?.[1]?.trim() ?? trimmed;
}

function channelsOf(group: DataSet, count: number): { label: string; scale: number; baseline: number }[] {
  const items = group.elements.x003a0200?.items ?? [];
  return Array.from({ length: count }, (_, i) => {
    const channel = items[i]?.dataSet;
    const source = channel?.elements.x003a0208?.items?.[0]?.dataSet;
    const label = channel?.string('x003a0203')?.trim() || source?.string('x00080104')?.trim() || source?.string('x00080100')?.trim() || `${i + 1}`;
    const unit = channel?.elements.x003a0211?.items?.[0]?.dataSet?.string('x00080100')?.trim() ?? 'uV';
    const perUnit = microvoltsPer(unit);
    const sensitivity = (numberOf(channel, 'x003a0210') ?? 1) * (numberOf(channel, 'x003a0212') ?? 1);
    return { label: leadName(label), scale: sensitivity * perUnit, baseline: (numberOf(channel, 'x003a0213') ?? 0) * perUnit };
  });
}

/** The waveform of a file, or why it holds none that can be drawn. */
export function readWaveform(bytes: Uint8Array): { waveform: Waveform } | { problem: WaveformProblem } {
  try {
    return { waveform: waveformOf(bytes) };
  } catch (error) {
    return { problem: error instanceof NotDrawable ? error.problem : 'damaged' };
  }
}

function waveformOf(bytes: Uint8Array): Waveform {
  const ds = parseDicomFile(bytes);
  const groups = (ds.elements.x54000100?.items ?? []).flatMap((item) => (item.dataSet ? [item.dataSet] : []));
  const group = groups.find((g) => (g.uint16('x003a0005') ?? 0) > 0);
  if (!group) return refuse('no-channels');
  const channelCount = group.uint16('x003a0005') ?? 0;
  const samples = group.uint32('x003a0010') ?? 0;
  const frequency = numberOf(group, 'x003a001a') ?? Number.NaN;
  if (channelCount > MAX_CHANNELS || samples * channelCount > MAX_SAMPLES) refuse('too-long');
  if (!(frequency > 0)) refuse('no-frequency');
  const interpretation = (group.string('x54001006') ?? 'SS').trim();
  const reader = SAMPLE[interpretation];
  if (!reader || (group.uint16('x54001004') ?? reader.bytes * 8) !== reader.bytes * 8) refuse('unsupported-encoding');
  const data = group.elements.x54001010;
  if (!data || data.length < samples * channelCount * reader!.bytes) refuse('incomplete');

  const shown = Math.min(samples, Math.round(MAX_SECONDS_SHOWN * frequency));
  const view = new DataView(group.byteArray.buffer, group.byteArray.byteOffset + data!.dataOffset, shown * channelCount * reader!.bytes);
  const channels = channelsOf(group, channelCount);
  const leads = channels.map((channel, c) => {
    const microvolts = new Array<number>(shown);
    for (let s = 0; s < shown; s++) microvolts[s] = Math.round(reader!.read(view, (s * channelCount + c) * reader!.bytes) * channel.scale + channel.baseline);
    return { label: channel.label, microvolts };
  });
  const voltages = leads.filter((_, c) => Number.isFinite(channels[c]?.scale));
  if (voltages.length === 0) refuse('not-voltage');
  return {
    samplingHz: frequency,
    seconds: samples / frequency,
    shownSeconds: shown / frequency,
    groupLabel: group.string('x003a0020')?.trim() ?? '',
    leads: voltages,
  };
}
