// The DICOM objects of the demo cases that are not plain image stacks, written by our own writer:
// a multi-frame coronary angiography run (cine), a resting 12-lead ECG waveform (a normal sinus
// rhythm built from the limb-lead relations, so that its intervals are known), a
// radiology report as an encapsulated PDF, and a structured report with findings and measurements.
import { demoUid, greyscalePixels, writeDicomFile, type Element } from './dicom-writer';
import type { DicomInstance } from './phantoms';

const CLASS = {
  xa: '1.2.840.10008.5.1.4.1.1.12.1',
  ecg: '1.2.840.10008.5.1.4.1.1.9.1.1',
  pdf: '1.2.840.10008.5.1.4.1.1.104.1',
  sr: '1.2.840.10008.5.1.4.1.1.88.22', // Enhanced SR
};

type Patient = { id: string; name: string };

function identity(caseKey: string, patient: Patient, what: string, modality: string, sopClass: string, description: string, date: string): Element[] {
  return [
    { tag: 0x00080016, vr: 'UI', value: sopClass },
    { tag: 0x00080018, vr: 'UI', value: demoUid(caseKey, what, 1) },
    { tag: 0x00080020, vr: 'DA', value: date },
    { tag: 0x00080030, vr: 'TM', value: '094500' },
    { tag: 0x00080060, vr: 'CS', value: modality },
    { tag: 0x0008103e, vr: 'LO', value: description },
    { tag: 0x00100010, vr: 'PN', value: patient.name },
    { tag: 0x00100020, vr: 'LO', value: patient.id },
    { tag: 0x0020000d, vr: 'UI', value: demoUid(caseKey, `${what}-study`) },
    { tag: 0x0020000e, vr: 'UI', value: demoUid(caseKey, `${what}-series`) },
    { tag: 0x00200011, vr: 'IS', value: '1' },
    { tag: 0x00200013, vr: 'IS', value: '1' },
  ];
}

const file = (name: string, dataset: Element[]): DicomInstance => {
  const sopClass = dataset.find((e) => e.tag === 0x00080016)?.value as string;
  const sopUid = dataset.find((e) => e.tag === 0x00080018)?.value as string;
  return { name, bytes: writeDicomFile(sopClass, sopUid, dataset) };
};

/** A coronary angiography run: a contrast-filled vessel that beats, 8-bit, `frames` frames at 15/s. */
export function angiographyCine(caseKey: string, patient: Patient, frames: number): DicomInstance {
  const size = 256;
  const pixels = new Uint8Array(size * size * frames);
  for (let f = 0; f < frames; f++) {
    const beat = Math.sin((2 * Math.PI * f) / 15) * 6;
    for (let r = 0; r < size; r++) {
      // A curved vessel whose course moves with the heartbeat.
      const centre = 128 + 50 * Math.sin(r / 40) + beat;
      for (let c = 0; c < size; c++) {
        const d = Math.abs(c - centre);
        pixels[f * size * size + r * size + c] = d < 5 ? 40 : 170 + ((r * 7 + c * 13 + f * 31) % 20);
      }
    }
  }
  return file('Coronarographie (cine)/XA-0001.dcm', [
    ...identity(caseKey, patient, 'xa', 'XA', CLASS.xa, 'Coronaire gauche OAD 30', '20260814'),
    { tag: 0x00181063, vr: 'DS', value: '66.7' }, // frame time, ms
    { tag: 0x00280002, vr: 'US', value: 1 },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
    { tag: 0x00280008, vr: 'IS', value: String(frames) },
    { tag: 0x00280009, vr: 'AT', value: new Uint8Array([0x18, 0x00, 0x63, 0x10]) },
    ...greyscalePixels(size, size, null, 8, 8),
    { tag: 0x7fe00010, vr: 'OB', value: pixels },
  ]);
}

/** The demo ECG's rhythm: sinus at 72/min, so the RR interval is 60 / 72 s. */
export const ECG_HEART_RATE = 72;
export const ECG_SAMPLING_HZ = 500;
export const ECG_SECONDS = 10;
/** Where the first R wave peaks, in seconds; the others follow every RR interval. */
export const ECG_FIRST_R_SECONDS = 0.3;
/** Microvolts per stored unit (Channel Sensitivity, in µV). */
const ECG_SENSITIVITY_UV = 2.5;

const gaussian = (t: number, centre: number, width: number) => Math.exp(-(((t - centre) / width) ** 2));

/** One limb lead's voltage (µV) at time t: P, QRS and T waves of a normal beat, scaled per lead axis. */
function beat(t: number, axis: { p: number; q: number; r: number; s: number; t: number }): number {
  const rr = 60 / ECG_HEART_RATE;
  const phase = (((t - ECG_FIRST_R_SECONDS) % rr) + rr) % rr; // seconds since the last R peak
  const from = phase > rr / 2 ? phase - rr : phase; // −rr/2 … rr/2 around the R peak
  return (
    axis.p * gaussian(from, -0.16, 0.025) +
    axis.q * gaussian(from, -0.025, 0.008) +
    axis.r * gaussian(from, 0, 0.012) +
    axis.s * gaussian(from, 0.028, 0.01) +
    axis.t * gaussian(from, 0.25, 0.05)
  );
}

/** Lead I and II of a normal heart (µV); the other limb leads follow from them (Einthoven, Goldberger). */
const LEAD_I = { p: 80, q: -60, r: 700, s: -100, t: 200 };
const LEAD_II = { p: 150, q: -80, r: 1100, s: -200, t: 300 };
/** The chest leads' R/S progression from V1 to V6. */
const CHEST = [
  { p: 60, q: 0, r: 250, s: -1000, t: -80 },
  { p: 80, q: 0, r: 500, s: -1200, t: 250 },
  { p: 90, q: -40, r: 900, s: -700, t: 400 },
  { p: 100, q: -60, r: 1400, s: -400, t: 450 },
  { p: 100, q: -80, r: 1300, s: -200, t: 350 },
  { p: 90, q: -80, r: 1000, s: -100, t: 250 },
];

/** A resting 12-lead ECG (10 s at 500 Hz), leads named by their standard codes as carts export them. */
export function ecgWaveform(caseKey: string, patient: Patient): DicomInstance {
  const samples = ECG_SAMPLING_HZ * ECG_SECONDS;
  const leads: { name: string; code: string; at: (t: number) => number }[] = [
    { name: 'Lead I', code: '2:1', at: (t) => beat(t, LEAD_I) },
    { name: 'Lead II', code: '2:2', at: (t) => beat(t, LEAD_II) },
    { name: 'Lead III', code: '2:61', at: (t) => beat(t, LEAD_II) - beat(t, LEAD_I) },
    { name: 'Lead aVR', code: '2:62', at: (t) => -(beat(t, LEAD_I) + beat(t, LEAD_II)) / 2 },
    { name: 'Lead aVL', code: '2:63', at: (t) => beat(t, LEAD_I) - beat(t, LEAD_II) / 2 },
    { name: 'Lead aVF', code: '2:64', at: (t) => beat(t, LEAD_II) - beat(t, LEAD_I) / 2 },
    ...CHEST.map((axis, i) => ({ name: `Lead V${i + 1}`, code: `2:${3 + i}`, at: (t: number) => beat(t, axis) })),
  ];
  const data = new Int16Array(samples * leads.length);
  for (let s = 0; s < samples; s++) {
    leads.forEach((lead, c) => (data[s * leads.length + c] = Math.round(lead.at(s / ECG_SAMPLING_HZ) / ECG_SENSITIVITY_UV)));
  }
  const channel = (lead: (typeof leads)[number]): Element[] => [
    {
      tag: 0x003a0208,
      vr: 'SQ',
      value: [
        [
          { tag: 0x00080100, vr: 'SH', value: lead.code },
          { tag: 0x00080102, vr: 'SH', value: 'MDC' },
          { tag: 0x00080104, vr: 'LO', value: lead.name },
        ],
      ],
    },
    { tag: 0x003a0210, vr: 'DS', value: String(ECG_SENSITIVITY_UV) },
    {
      tag: 0x003a0211,
      vr: 'SQ',
      value: [
        [
          { tag: 0x00080100, vr: 'SH', value: 'uV' },
          { tag: 0x00080102, vr: 'SH', value: 'UCUM' },
          { tag: 0x00080104, vr: 'LO', value: 'microvolt' },
        ],
      ],
    },
    { tag: 0x003a0212, vr: 'DS', value: '1' },
    { tag: 0x003a0213, vr: 'DS', value: '0' },
    { tag: 0x003a021a, vr: 'US', value: 16 },
  ];
  return file('ECG de repos.dcm', [
    ...identity(caseKey, patient, 'ecg', 'ECG', CLASS.ecg, 'ECG 12 dérivations', '20260810'),
    {
      tag: 0x54000100, // Waveform Sequence: one multiplex group of 12 channels
      vr: 'SQ',
      value: [
        [
          { tag: 0x003a0005, vr: 'US', value: leads.length },
          { tag: 0x003a0010, vr: 'UL', value: samples },
          { tag: 0x003a001a, vr: 'DS', value: String(ECG_SAMPLING_HZ) },
          { tag: 0x003a0020, vr: 'SH', value: 'RHYTHM' },
          { tag: 0x003a0200, vr: 'SQ', value: leads.map(channel) },
          { tag: 0x54001004, vr: 'US', value: 16 },
          { tag: 0x54001006, vr: 'CS', value: 'SS' },
          { tag: 0x54001010, vr: 'OW', value: new Uint8Array(data.buffer) },
        ],
      ],
    },
  ]);
}

/** A report delivered as DICOM: the PDF `pdf` encapsulated, as PACS export them. */
export function encapsulatedPdf(caseKey: string, patient: Patient, pdf: Buffer, title: string): DicomInstance {
  return file('CT report (DICOM PDF).dcm', [
    ...identity(caseKey, patient, 'pdf', 'DOC', CLASS.pdf, title, '20260915'),
    { tag: 0x00420010, vr: 'ST', value: title },
    { tag: 0x00420011, vr: 'OB', value: pdf },
    { tag: 0x00420012, vr: 'LO', value: 'application/pdf' },
  ]);
}

const code = (value: string, scheme: string, meaning: string): Element[] => [
  { tag: 0x00080100, vr: 'SH', value },
  { tag: 0x00080102, vr: 'SH', value: scheme },
  { tag: 0x00080104, vr: 'LO', value: meaning },
];

const item = (relation: string, type: string, concept: Element[], value: Element[], children: Element[][] = []): Element[] => [
  { tag: 0x0040a010, vr: 'CS', value: relation },
  { tag: 0x0040a040, vr: 'CS', value: type },
  { tag: 0x0040a043, vr: 'SQ', value: [concept] },
  ...value,
  ...(children.length > 0 ? [{ tag: 0x0040a730, vr: 'SQ' as const, value: children }] : []),
];

const text = (concept: string, value: string) => item('CONTAINS', 'TEXT', code('121071', 'DCM', concept), [{ tag: 0x0040a160, vr: 'UT', value }]);
const num = (concept: string, value: string, unit: string) =>
  item('CONTAINS', 'NUM', code('121206', 'DCM', concept), [
    {
      tag: 0x0040a300,
      vr: 'SQ',
      value: [
        [
          { tag: 0x0040a30a, vr: 'DS', value },
          { tag: 0x004008ea, vr: 'SQ', value: [code(unit, 'UCUM', unit)] },
        ],
      ],
    },
  ]);

/** The radiologist's structured findings on the CT: a nodule with its size and density. */
export function structuredReport(caseKey: string, patient: Patient): DicomInstance {
  const nodule = item(
    'CONTAINS',
    'CONTAINER',
    code('125007', 'DCM', 'Measurement Group'),
    [{ tag: 0x0040a050, vr: 'CS', value: 'SEPARATE' }],
    [text('Finding', 'Solid nodule, right lower lobe, spiculated margins'), num('Long axis', '30', 'mm'), num('Mean density', '75', "[hnsf'U]")],
  );
  return file('CT findings (structured report).dcm', [
    ...identity(caseKey, patient, 'sr', 'SR', CLASS.sr, 'CT chest findings', '20260915'),
    { tag: 0x00080023, vr: 'DA', value: '20260915' },
    { tag: 0x00080033, vr: 'TM', value: '101500' },
    { tag: 0x0040a040, vr: 'CS', value: 'CONTAINER' },
    { tag: 0x0040a043, vr: 'SQ', value: [code('18748-4', 'LN', 'Diagnostic Imaging Report')] },
    { tag: 0x0040a050, vr: 'CS', value: 'SEPARATE' },
    { tag: 0x0040a491, vr: 'CS', value: 'COMPLETE' },
    { tag: 0x0040a493, vr: 'CS', value: 'UNVERIFIED' },
    {
      tag: 0x0040a730,
      vr: 'SQ',
      value: [
        text('Clinical information', 'Smoker, 40 pack-years. COPD.'),
        nodule,
        text('Impression', '30 mm suspicious right lower lobe nodule, T1c N0 on CT. PET-CT recommended.'),
      ],
    },
  ]);
}
