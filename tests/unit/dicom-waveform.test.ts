// ECG waveforms read into leads in microvolts: a file written by dcmtk (an independent writer) with
// the channel scaling the standard defines (sensitivity × correction + baseline, mV or µV), in
// explicit and implicit VR; the demo 12-lead ECG, whose limb leads obey Einthoven's law; the
// paper layout and the calipers' arithmetic; and every way a waveform can fail, named.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leadName, readWaveform } from '../../src-main/core/imaging/dicom-waveform';
import { ECG_FIRST_R_SECONDS, ECG_HEART_RATE, ECG_SAMPLING_HZ, ecgWaveform } from '../../platform/demo/dicom-objects';
import { ecgPaper, intervalBetween, MM_PER_SECOND, tracePath } from '../../src-renderer/src/features/documents/dicom/ecg-layout';
import { makeTempDir } from '../support/temp-dir';

const dump = fileURLToPath(new URL('../support/ecg-two-channels.dump', import.meta.url));
const patient = { id: 'P-1', name: 'TEST^PATIENT' };

function dcmtkWaveform(transform: (path: string, dir: string) => string = (p) => p): Buffer {
  const dir = makeTempDir();
  try {
    const path = join(dir.path, 'ecg.dcm');
    execFileSync('dump2dcm', [dump, path]);
    return readFileSync(transform(path, dir.path));
  } finally {
    dir.remove();
  }
}

const waveformOf = (bytes: Uint8Array) => {
  const read = readWaveform(bytes);
  if (!('waveform' in read)) throw new Error(`not drawable: ${read.problem}`);
  return read.waveform;
};

describe('readWaveform', () => {
  it('scales each channel by its sensitivity, correction factor, baseline and units', () => {
    const waveform = waveformOf(dcmtkWaveform());
    expect(waveform).toMatchObject({ samplingHz: 250, seconds: 4 / 250, shownSeconds: 4 / 250 });
    // Channel 1: 0.005 mV × 2 per unit + 0.1 mV; channel 2: 1 µV per unit, named by its source.
    expect(waveform.leads).toEqual([
      { label: 'V1', microvolts: [110, 80, 130, 1100] },
      { label: 'II', microvolts: [0, 50, -50, 7] },
    ]);
  });

  it('reads the same file in implicit VR (dcmconv +ti) the same way', () => {
    const implicit = dcmtkWaveform((path, dir) => {
      execFileSync('dcmconv', ['+ti', path, join(dir, 'implicit.dcm')]);
      return join(dir, 'implicit.dcm');
    });
    expect(waveformOf(implicit).leads).toEqual(waveformOf(dcmtkWaveform()).leads);
  });

  it('reads the demo 12-lead ECG: twelve named leads, and III = II − I, aVF = II − I/2 at every sample', () => {
    const waveform = waveformOf(ecgWaveform('wf', patient).bytes);
    expect(waveform.leads.map((l) => l.label)).toEqual(['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6']);
    const [i, ii, iii, , , avf] = waveform.leads.map((l) => l.microvolts);
    for (let s = 0; s < waveform.samplingHz * 10; s += 7) {
      // Each lead is stored rounded to 2.5 µV: the relation holds within the rounding of three values.
      expect(Math.abs(iii![s]! - (ii![s]! - i![s]!))).toBeLessThanOrEqual(4);
      expect(Math.abs(avf![s]! - (ii![s]! - i![s]! / 2))).toBeLessThanOrEqual(4);
    }
    // The R wave of lead II peaks where the rhythm puts it.
    const peak = ii!.indexOf(Math.max(...ii!.slice(0, ECG_SAMPLING_HZ)));
    expect(peak / ECG_SAMPLING_HZ).toBeCloseTo(ECG_FIRST_R_SECONDS, 2);
  });

  it('names each way a waveform cannot be drawn', () => {
    const good = dcmtkWaveform();
    const cut = Buffer.from(good.subarray(0, good.length - 30)); // inside the samples
    expect(readWaveform(cut)).toEqual({ problem: expect.stringMatching(/incomplete|damaged/) });
    expect(readWaveform(Buffer.from('not a DICOM file'))).toEqual({ problem: 'damaged' });
    const declared = Buffer.from(good);
    // 4 samples declared as 4 000 000: more than the data holds, never read past it.
    const at = declared.indexOf(Buffer.from([0x3a, 0x00, 0x10, 0x00, 0x55, 0x4c, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00]));
    declared.writeUInt32LE(4_000_000, at + 8);
    expect(readWaveform(declared)).toEqual({ problem: 'incomplete' });
    declared.writeUInt32LE(0xffffffff, at + 8);
    expect(readWaveform(declared)).toEqual({ problem: 'too-long' });
  });

  it('reads lead names as carts write them', () => {
    expect(leadName('Lead II (Einthoven)')).toBe('II');
    expect(leadName('Lead aVR')).toBe('aVR');
    expect(leadName('V5')).toBe('V5');
    expect(leadName('Respiration')).toBe('Respiration');
  });
});

describe('the ECG paper', () => {
  it('lays out a 12-lead ECG as 3 × 4 quarters of the recording, with a lead II rhythm strip', () => {
    const waveform = waveformOf(ecgWaveform('wf', patient).bytes);
    const paper = ecgPaper(waveform);
    expect(paper.panels.filter((p) => !p.rhythm).map((p) => `${p.label}@${p.fromSeconds}`)).toEqual([
      'I@0',
      'II@0',
      'III@0',
      'aVR@2.5',
      'aVL@2.5',
      'aVF@2.5',
      'V1@5',
      'V2@5',
      'V3@5',
      'V4@7.5',
      'V5@7.5',
      'V6@7.5',
    ]);
    expect(paper.panels.at(-1)).toMatchObject({ label: 'II', rhythm: true, fromSeconds: 0, toSeconds: 10 });
    // 25 mm per second: ten seconds take 250 mm after the calibration pulse.
    expect(paper.widthMm - (paper.panels[0]?.xMm ?? 0)).toBeCloseTo(250, 6);
    // A quarter panel's trace starts at its own time: aVR's first point is 62.5 mm right of I's.
    const start = (d: string) => Number(/^M([\d.]+)/.exec(d)?.[1]);
    expect(start(tracePath(waveform, paper.panels[3]!)) - start(tracePath(waveform, paper.panels[0]!))).toBeCloseTo(62.5, 1);
  });

  it('draws any other set of channels one full-length row each', () => {
    const paper = ecgPaper(waveformOf(dcmtkWaveform()));
    expect(paper.panels.map((p) => [p.label, p.rhythm])).toEqual([
      ['V1', true],
      ['II', true],
    ]);
  });

  it('measures an RR interval with calipers: milliseconds, rate and height', () => {
    const rr = 60 / ECG_HEART_RATE;
    const interval = intervalBetween({ x: 10, y: 50 }, { x: 10 + rr * MM_PER_SECOND, y: 40 });
    expect(interval.ms).toBeCloseTo(rr * 1000, 6);
    expect(interval.perMinute).toBeCloseTo(ECG_HEART_RATE, 6);
    expect(interval.millivolts).toBeCloseTo(1, 6);
  });
});
