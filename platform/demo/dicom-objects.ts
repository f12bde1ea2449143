// The DICOM objects of the demo cases that are not plain image stacks, written by our own writer:
// a multi-frame coronary angiography run (cine), a 12-lead ECG waveform (recognised, not shown), a
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

/** A resting 12-lead ECG: recognised as a waveform; the viewer says it does not display it. */
export function ecgWaveform(caseKey: string, patient: Patient): DicomInstance {
  const samples = 500;
  const data = new Int16Array(samples * 12);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(Math.sin(i / 9) * 300);
  return file('ECG de repos.dcm', [
    ...identity(caseKey, patient, 'ecg', 'ECG', CLASS.ecg, 'ECG 12 dérivations', '20260810'),
    {
      tag: 0x54000100, // Waveform Sequence
      vr: 'SQ',
      value: [[
        { tag: 0x003a0005, vr: 'US', value: 12 }, // channels
        { tag: 0x003a0010, vr: 'UL', value: samples },
        { tag: 0x54001004, vr: 'US', value: 16 },
        { tag: 0x54001006, vr: 'CS', value: 'SS' },
        { tag: 0x54001010, vr: 'OW', value: new Uint8Array(data.buffer) },
      ]],
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
    { tag: 0x0040a300, vr: 'SQ', value: [[{ tag: 0x0040a30a, vr: 'DS', value }, { tag: 0x004008ea, vr: 'SQ', value: [code(unit, 'UCUM', unit)] }]] },
  ]);

/** The radiologist's structured findings on the CT: a nodule with its size and density. */
export function structuredReport(caseKey: string, patient: Patient): DicomInstance {
  const nodule = item('CONTAINS', 'CONTAINER', code('125007', 'DCM', 'Measurement Group'), [{ tag: 0x0040a050, vr: 'CS', value: 'SEPARATE' }], [
    text('Finding', 'Solid nodule, right lower lobe, spiculated margins'),
    num('Long axis', '30', 'mm'),
    num('Mean density', '75', '[hnsf\'U]'),
  ]);
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
