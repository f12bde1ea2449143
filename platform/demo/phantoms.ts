// Synthetic imaging studies with known geometry, written as DICOM by our own writer: a CT of the
// chest/abdomen (512×512, 16-bit, any number of slices), an MR of the knee and a chest X-ray.
// The CT has a spherical lesion of known diameter, so measurements can be checked in millimetres.
import { SOP_CLASS, demoUid, greyscalePixels, writeDicomFile, type Element } from './dicom-writer';

export interface DicomInstance {
  name: string;
  bytes: Buffer;
}

/** Deterministic noise so that the same study is written byte for byte on every machine. */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

export function common(study: { uid: string; description: string; date: string; patientId: string; patientName: string }, modality: string): Element[] {
  return [
    { tag: 0x00080020, vr: 'DA', value: study.date },
    { tag: 0x00080030, vr: 'TM', value: '101500' },
    { tag: 0x00080060, vr: 'CS', value: modality },
    { tag: 0x00081030, vr: 'LO', value: study.description },
    { tag: 0x00100010, vr: 'PN', value: study.patientName },
    { tag: 0x00100020, vr: 'LO', value: study.patientId },
    { tag: 0x0020000d, vr: 'UI', value: study.uid },
    { tag: 0x00200010, vr: 'SH', value: '1' },
    { tag: 0x00280002, vr: 'US', value: 1 },
    { tag: 0x00280004, vr: 'CS', value: 'MONOCHROME2' },
  ];
}

/** The CT lesion: centre (mm, patient coordinates) and diameter, for measurement checks. */
// At -x: the patient's right, as the case's first opinion says (right lower lobe).
export const CT_LESION = { centerX: -60, centerY: 20, centerZ: 0, diameterMm: 30 };
export const CT_PIXEL_SPACING_MM = 0.7;
export const CT_SLICE_THICKNESS_MM = 1.25;

/** One CT study of the phantom: when it was made, how it was sliced and how big the lesion was then. */
export interface CtStudy {
  /** Names the study's UIDs and files, so that two studies of one case differ. */
  key: string;
  date: string;
  folder: string;
  seriesDescription: string;
  sliceSpacingMm: number;
  /** Where the first slice lies along z (mm); the others follow every `sliceSpacingMm` towards the head. */
  firstZ: number;
  lesionDiameterMm: number;
}

/** This year's CT: 1.25 mm slices, the lesion at 30 mm. */
export const CT_CURRENT: CtStudy = {
  key: 'ct',
  date: '20260915',
  folder: 'CT thorax-abdomen',
  seriesDescription: 'Axial 1.25 mm',
  sliceSpacingMm: CT_SLICE_THICKNESS_MM,
  firstZ: Number.NaN, // centred on the lesion: set from the number of slices
  lesionDiameterMm: CT_LESION.diameterMm,
};

/**
 * Last year's CT of the same patient: 5 mm slices that fall between this year's (a linked viewer
 * must match them by position, not by index), and the lesion 10 mm smaller.
 */
export const CT_PRIOR: CtStudy = {
  key: 'ct-prior',
  date: '20250910',
  folder: 'CT thorax 2025',
  seriesDescription: 'Axial 5 mm',
  sliceSpacingMm: 5,
  firstZ: -128.1,
  lesionDiameterMm: 20,
};

/** Where slice `i` of a study of `slices` lies along z (mm). */
export function ctSliceZ(study: CtStudy, slices: number, i: number): number {
  const first = Number.isNaN(study.firstZ) ? -(slices / 2) * study.sliceSpacingMm : study.firstZ;
  return first + i * study.sliceSpacingMm;
}

export function ctSeries(caseKey: string, slices: number, patient: { id: string; name: string }, ct: CtStudy = CT_CURRENT): DicomInstance[] {
  const size = 512;
  const spacing = CT_PIXEL_SPACING_MM;
  const study = { uid: demoUid(caseKey, `${ct.key}-study`), description: 'CT THORAX ABDOMEN', date: ct.date, patientId: patient.id, patientName: patient.name };
  const seriesUid = demoUid(caseKey, `${ct.key}-series`);
  const frameOfReference = demoUid(caseKey, `${ct.key}-frame`);
  const origin = -(size / 2) * spacing;
  // Body, lungs and spine are the same on every slice: draw them once.
  const anatomy = new Int16Array(size * size);
  for (let row = 0; row < size; row++) {
    const y = origin + row * spacing;
    for (let col = 0; col < size; col++) {
      const x = origin + col * spacing;
      let hu = -1000;
      if ((x / 160) ** 2 + (y / 115) ** 2 <= 1) {
        hu = 40; // soft tissue
        if (((x + 75) / 55) ** 2 + ((y + 10) / 70) ** 2 <= 1 || ((x - 75) / 55) ** 2 + ((y + 10) / 70) ** 2 <= 1) hu = -820; // lungs
        if (x ** 2 + (y - 80) ** 2 <= 18 ** 2) hu = 650; // vertebral body
      }
      anatomy[row * size + col] = hu;
    }
  }
  const instances: DicomInstance[] = [];
  for (let i = 0; i < slices; i++) {
    const z = ctSliceZ(ct, slices, i);
    const pixels = new Uint16Array(size * size);
    const rand = noise(i + 1);
    const lesionR2 = (ct.lesionDiameterMm / 2) ** 2 - (z - CT_LESION.centerZ) ** 2;
    for (let p = 0; p < pixels.length; p++) {
      const hu = anatomy[p] ?? -1000;
      pixels[p] = hu + 1024 + (hu > -900 ? Math.round(rand() * 24) : 0);
    }
    if (lesionR2 > 0) {
      for (let row = 0; row < size; row++) {
        const y = origin + row * spacing;
        for (let col = 0; col < size; col++) {
          const x = origin + col * spacing;
          if ((x - CT_LESION.centerX) ** 2 + (y - CT_LESION.centerY) ** 2 <= lesionR2) {
            pixels[row * size + col] = 75 + 1024 + Math.round(rand() * 24);
          }
        }
      }
    }
    const sopUid = demoUid(caseKey, ct.key, i + 1);
    const dataset: Element[] = [
      ...common(study, 'CT'),
      { tag: 0x00080016, vr: 'UI', value: SOP_CLASS.ct },
      { tag: 0x00080018, vr: 'UI', value: sopUid },
      { tag: 0x0008103e, vr: 'LO', value: ct.seriesDescription },
      { tag: 0x00180015, vr: 'CS', value: 'CHEST' },
      { tag: 0x00180050, vr: 'DS', value: ct.sliceSpacingMm.toFixed(2) },
      { tag: 0x0020000e, vr: 'UI', value: seriesUid },
      { tag: 0x00200011, vr: 'IS', value: '2' },
      { tag: 0x00200013, vr: 'IS', value: String(i + 1) },
      { tag: 0x00200032, vr: 'DS', value: [origin.toFixed(2), origin.toFixed(2), z.toFixed(2)] },
      { tag: 0x00200052, vr: 'UI', value: frameOfReference },
      { tag: 0x00200037, vr: 'DS', value: ['1', '0', '0', '0', '1', '0'] },
      { tag: 0x00201041, vr: 'DS', value: z.toFixed(2) },
      ...greyscalePixels(size, size, spacing.toFixed(2), 16, 12),
      { tag: 0x00281050, vr: 'DS', value: '40' },
      { tag: 0x00281051, vr: 'DS', value: '400' },
      { tag: 0x00281052, vr: 'DS', value: '-1024' },
      { tag: 0x00281053, vr: 'DS', value: '1' },
      { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(pixels.buffer) },
    ];
    instances.push({ name: `${ct.folder}/IM-${String(i + 1).padStart(4, '0')}.dcm`, bytes: writeDicomFile(SOP_CLASS.ct, sopUid, dataset) });
  }
  return instances;
}

export function mrSeries(caseKey: string, slices: number, patient: { id: string; name: string }): DicomInstance[] {
  const size = 256;
  const spacing = 0.6;
  const study = { uid: demoUid(caseKey, 'mr-study'), description: 'MR KNEE RIGHT', date: '20260902', patientId: patient.id, patientName: patient.name };
  const seriesUid = demoUid(caseKey, 'mr-series');
  const out: DicomInstance[] = [];
  for (let i = 0; i < slices; i++) {
    const pixels = new Uint16Array(size * size);
    const rand = noise(1000 + i);
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const x = (col - size / 2) * spacing;
        const y = (row - size / 2) * spacing;
        let v = 20;
        if ((x / 60) ** 2 + (y / 70) ** 2 <= 1) v = 600; // soft tissue
        if ((x / 28) ** 2 + ((y + 30) / 30) ** 2 <= 1 || (x / 26) ** 2 + ((y - 32) / 28) ** 2 <= 1) v = 1400; // femur, tibia (fat-rich marrow)
        if (Math.abs(y) < 3 && Math.abs(x) < 30) v = 150; // meniscus / joint space
        pixels[row * size + col] = Math.max(0, Math.round(v + rand() * 60));
      }
    }
    const sopUid = demoUid(caseKey, 'mr', i + 1);
    out.push({
      name: `MR knee/IM-${String(i + 1).padStart(4, '0')}.dcm`,
      bytes: writeDicomFile(SOP_CLASS.mr, sopUid, [
        ...common(study, 'MR'),
        { tag: 0x00080016, vr: 'UI', value: SOP_CLASS.mr },
        { tag: 0x00080018, vr: 'UI', value: sopUid },
        { tag: 0x0008103e, vr: 'LO', value: 'Sag PD FS' },
        { tag: 0x00180050, vr: 'DS', value: '3.0' },
        { tag: 0x0020000e, vr: 'UI', value: seriesUid },
        { tag: 0x00200011, vr: 'IS', value: '3' },
        { tag: 0x00200013, vr: 'IS', value: String(i + 1) },
        { tag: 0x00200032, vr: 'DS', value: [String(-40 + i * 3.3), '-76.8', '76.8'] },
        { tag: 0x00200037, vr: 'DS', value: ['0', '1', '0', '0', '0', '-1'] },
        ...greyscalePixels(size, size, String(spacing), 16, 16),
        { tag: 0x00281050, vr: 'DS', value: '700' },
        { tag: 0x00281051, vr: 'DS', value: '1400' },
        { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(pixels.buffer) },
      ]),
    });
  }
  return out;
}

export function chestXray(caseKey: string, patient: { id: string; name: string }): DicomInstance {
  const rows = 1400;
  const cols = 1200;
  const spacing = 0.3;
  const pixels = new Uint16Array(rows * cols);
  const rand = noise(77);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = (c - cols / 2) * spacing;
      const y = (r - rows / 2) * spacing;
      let v = 3800; // direct exposure: dark once inverted by MONOCHROME1-like display
      if ((x / 170) ** 2 + (y / 200) ** 2 <= 1) v = 1900;
      if (((x + 75) / 60) ** 2 + ((y + 10) / 130) ** 2 <= 1 || ((x - 75) / 60) ** 2 + ((y + 10) / 130) ** 2 <= 1) v = 3100;
      if (Math.abs(x) < 14) v = 900; // spine and mediastinum
      pixels[r * cols + c] = Math.max(0, Math.min(4095, Math.round(v + rand() * 80)));
    }
  }
  const sopUid = demoUid(caseKey, 'dx', 1);
  const study = { uid: demoUid(caseKey, 'dx-study'), description: 'CHEST PA', date: '20260820', patientId: patient.id, patientName: patient.name };
  return {
    name: 'X-ray chest/IM-0001.dcm',
    bytes: writeDicomFile(SOP_CLASS.dx, sopUid, [
      ...common(study, 'DX'),
      { tag: 0x00080016, vr: 'UI', value: SOP_CLASS.dx },
      { tag: 0x00080018, vr: 'UI', value: sopUid },
      { tag: 0x0008103e, vr: 'LO', value: 'PA' },
      { tag: 0x0020000e, vr: 'UI', value: demoUid(caseKey, 'dx-series') },
      { tag: 0x00200011, vr: 'IS', value: '1' },
      { tag: 0x00200013, vr: 'IS', value: '1' },
      { tag: 0x00181164, vr: 'DS', value: [String(spacing), String(spacing)] },
      ...greyscalePixels(rows, cols, String(spacing), 16, 12),
      { tag: 0x00281050, vr: 'DS', value: '2048' },
      { tag: 0x00281051, vr: 'DS', value: '4096' },
      { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(pixels.buffer) },
    ]),
  };
}

/**
 * A long, light series for memory tests: `slices` images of `size`² 16-bit pixels, each a ramp
 * whose level follows the slice, with geometry so that it stacks along z.
 */
export function longSeries(caseKey: string, slices: number, size: number): DicomInstance[] {
  const study = { uid: demoUid(caseKey, 'long-study'), description: 'CT LONG SERIES', date: '20260901', patientId: 'LONG', patientName: 'LONG^SERIES' };
  const seriesUid = demoUid(caseKey, 'long-series');
  return Array.from({ length: slices }, (_, i) => {
    const pixels = new Uint16Array(size * size);
    for (let p = 0; p < pixels.length; p++) pixels[p] = ((p % size) * 4 + i) % 4096;
    const sopUid = demoUid(caseKey, 'long', i + 1);
    const dataset: Element[] = [
      ...common(study, 'CT'),
      { tag: 0x00080016, vr: 'UI', value: SOP_CLASS.ct },
      { tag: 0x00080018, vr: 'UI', value: sopUid },
      { tag: 0x0008103e, vr: 'LO', value: `Long series ${slices}` },
      { tag: 0x0020000e, vr: 'UI', value: seriesUid },
      { tag: 0x00200011, vr: 'IS', value: '9' },
      { tag: 0x00200013, vr: 'IS', value: String(i + 1) },
      { tag: 0x00200032, vr: 'DS', value: ['0', '0', String(-i)] },
      { tag: 0x00200037, vr: 'DS', value: ['1', '0', '0', '0', '1', '0'] },
      ...greyscalePixels(size, size, '1', 16, 12),
      { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(pixels.buffer) },
    ];
    return { name: `Long series/IM-${String(i + 1).padStart(4, '0')}.dcm`, bytes: writeDicomFile(SOP_CLASS.ct, sopUid, dataset) };
  });
}
