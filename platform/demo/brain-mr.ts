// A brain MR as an epilepsy centre does it: a sagittal localizer and four axial sequences (T1, T2,
// FLAIR, diffusion) of one frame of reference, over a head phantom of known geometry, with a left
// hippocampal sclerosis bright on T2 and FLAIR. The localizer and the axial slices cross, so the
// viewer's reference lines and 3D cursor can be checked against where the slices really are.
import { SOP_CLASS, demoUid, greyscalePixels, writeDicomFile, type Element } from './dicom-writer';
import { common, type DicomInstance } from './phantoms';

type Tissue = 'air' | 'scalp' | 'bone' | 'grey' | 'white' | 'csf' | 'lesion';

/** The head in patient millimetres (x towards the patient's left, y posterior, z towards the head). */
const inside = (x: number, y: number, z: number, c: [number, number, number], r: [number, number, number]) =>
  ((x - c[0]) / r[0]) ** 2 + ((y - c[1]) / r[1]) ** 2 + ((z - c[2]) / r[2]) ** 2 <= 1;

/** The left hippocampal lesion: centre and semi-axes (mm), for checks in patient coordinates. */
export const BRAIN_LESION = { center: [26, 5, -18] as [number, number, number], radii: [5, 12, 5] as [number, number, number] };

function tissueAt(x: number, y: number, z: number): Tissue {
  if (!inside(x, y, z, [0, 0, 0], [75, 95, 90])) return 'air';
  if (!inside(x, y, z, [0, 0, 0], [69, 89, 84])) return 'scalp';
  if (!inside(x, y, z, [0, 0, 0], [64, 84, 79])) return 'bone';
  if (inside(x, y, z, BRAIN_LESION.center, BRAIN_LESION.radii)) return 'lesion';
  if (inside(x, y, z, [-12, -5, 15], [6, 25, 10]) || inside(x, y, z, [12, -5, 15], [6, 25, 10])) return 'csf';
  if (!inside(x, y, z, [0, 0, 0], [58, 78, 73])) return 'grey';
  return 'white';
}

/** Each sequence's signal per tissue, as a neuroradiologist expects to see them. */
const SEQUENCES = [
  { number: 2, description: 'Ax T1 SE', signal: { air: 0, scalp: 900, bone: 50, grey: 450, white: 600, csf: 150, lesion: 420 } },
  { number: 3, description: 'Ax T2 TSE', signal: { air: 0, scalp: 600, bone: 50, grey: 700, white: 500, csf: 1800, lesion: 1300 } },
  { number: 4, description: 'Ax FLAIR', signal: { air: 0, scalp: 700, bone: 50, grey: 650, white: 450, csf: 100, lesion: 1200 } },
  { number: 5, description: 'Ax DWI b1000', signal: { air: 0, scalp: 100, bone: 20, grey: 400, white: 350, csf: 80, lesion: 450 } },
] as const;

export const BRAIN_AXIAL = { size: 192, spacingMm: 1.2, slices: 24, firstZ: -55, gapMm: 5 };
export const BRAIN_LOCALIZER = { size: 256, spacingMm: 1, x: 0 };

/** Deterministic texture, so that the files are the same byte for byte on every machine. */
const texture = (row: number, col: number, k: number) => (row * 7 + col * 13 + k * 5) % 17;

export function brainMr(caseKey: string, patient: { id: string; name: string }): DicomInstance[] {
  const study = { uid: demoUid(caseKey, 'brain-study'), description: 'MR BRAIN EPILEPSY', date: '20260828', patientId: patient.id, patientName: patient.name };
  const frameOfReference = demoUid(caseKey, 'brain-frame');
  const instance = (
    what: string,
    series: { number: number; description: string },
    i: number,
    geometry: Element[],
    size: number,
    spacing: number,
    pixels: Uint16Array,
  ) => {
    const sopUid = demoUid(caseKey, what, i + 1);
    return {
      name: `MR brain/${series.description}/IM-${String(i + 1).padStart(4, '0')}.dcm`,
      bytes: writeDicomFile(SOP_CLASS.mr, sopUid, [
        ...common(study, 'MR'),
        { tag: 0x00080016, vr: 'UI', value: SOP_CLASS.mr },
        { tag: 0x00080018, vr: 'UI', value: sopUid },
        { tag: 0x0008103e, vr: 'LO', value: series.description },
        { tag: 0x00180015, vr: 'CS', value: 'BRAIN' },
        { tag: 0x0020000e, vr: 'UI', value: demoUid(caseKey, `${what}-series`) },
        { tag: 0x00200011, vr: 'IS', value: String(series.number) },
        { tag: 0x00200013, vr: 'IS', value: String(i + 1) },
        { tag: 0x00200052, vr: 'UI', value: frameOfReference },
        ...geometry,
        ...greyscalePixels(size, size, String(spacing), 16, 12),
        { tag: 0x00281050, vr: 'DS', value: '700' },
        { tag: 0x00281051, vr: 'DS', value: '1400' },
        { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(pixels.buffer) },
      ]),
    };
  };

  // The localizer: one sagittal image through the midline, top left at anterior and head.
  const loc = BRAIN_LOCALIZER;
  const half = (loc.size / 2) * loc.spacingMm;
  const sagittal = new Uint16Array(loc.size * loc.size);
  for (let row = 0; row < loc.size; row++) {
    for (let col = 0; col < loc.size; col++) {
      const tissue = tissueAt(loc.x, -half + col * loc.spacingMm, half - row * loc.spacingMm);
      sagittal[row * loc.size + col] = SEQUENCES[0].signal[tissue] + texture(row, col, 0);
    }
  }
  const out: DicomInstance[] = [
    instance(
      'brain-loc',
      { number: 1, description: 'Localizer sag' },
      0,
      [
        { tag: 0x00080008, vr: 'CS', value: ['ORIGINAL', 'PRIMARY', 'LOCALIZER'] },
        { tag: 0x00180050, vr: 'DS', value: '5' },
        { tag: 0x00200032, vr: 'DS', value: [String(loc.x), String(-half), String(half)] },
        { tag: 0x00200037, vr: 'DS', value: ['0', '1', '0', '0', '0', '-1'] },
      ],
      loc.size,
      loc.spacingMm,
      sagittal,
    ),
  ];

  // The axial sequences: the same slices, each with its own contrast.
  const ax = BRAIN_AXIAL;
  const origin = -(ax.size / 2) * ax.spacingMm;
  for (const [k, sequence] of SEQUENCES.entries()) {
    for (let i = 0; i < ax.slices; i++) {
      const z = ax.firstZ + i * ax.gapMm;
      const pixels = new Uint16Array(ax.size * ax.size);
      for (let row = 0; row < ax.size; row++) {
        for (let col = 0; col < ax.size; col++) {
          const tissue = tissueAt(origin + col * ax.spacingMm, origin + row * ax.spacingMm, z);
          pixels[row * ax.size + col] = sequence.signal[tissue] + texture(row, col, k + i);
        }
      }
      out.push(
        instance(
          `brain-${sequence.number}`,
          sequence,
          i,
          [
            { tag: 0x00180050, vr: 'DS', value: '4' },
            { tag: 0x00200032, vr: 'DS', value: [origin.toFixed(1), origin.toFixed(1), z.toFixed(1)] },
            { tag: 0x00200037, vr: 'DS', value: ['1', '0', '0', '0', '1', '0'] },
            { tag: 0x00201041, vr: 'DS', value: z.toFixed(1) },
          ],
          ax.size,
          ax.spacingMm,
          pixels,
        ),
      );
    }
  }
  return out;
}
