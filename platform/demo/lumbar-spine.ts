// A sagittal T2 MR of the lumbar spine on a zipped CD (with its DICOMDIR), as patients upload the
// CD the imaging centre gave them: five vertebrae and the sacrum, bright discs and canal, and a
// left paramedian L5-S1 disc herniation on the slices left of the midline.
import { SOP_CLASS, demoUid, greyscalePixels, writeDicomFile } from './dicom-writer';
import { cdExport, type CdImage } from './cd-export';
import { common } from './phantoms';

const SIZE = 320;
const SPACING_MM = 0.9;
const SLICE_GAP_MM = 4;

function slicePixels(xMm: number): Uint16Array {
  const pixels = new Uint16Array(SIZE * SIZE);
  const herniated = xMm > 2 && xMm < 14; // left paramedian (patient's left is +x)
  for (let row = 0; row < SIZE; row++) {
    for (let col = 0; col < SIZE; col++) {
      const ap = (col - SIZE / 2) * SPACING_MM; // anterior (−) to posterior (+)
      const cc = (row - SIZE / 2) * SPACING_MM; // head (−) to feet (+)
      // Air in front of the belly and behind the back, bright subcutaneous fat, then muscle and viscera.
      let v = ap < -110 || ap > 80 ? 8 : ap > 66 || ap < -100 ? 950 : 260;
      if (Math.abs(xMm) < 40) {
        // Five lumbar bodies 26 mm high with 9 mm discs, then the sacrum.
        const level = Math.floor((cc + 130) / 35);
        const within = cc + 130 - level * 35;
        if (ap > -22 && ap < 18 && level >= 0 && level <= 5) v = within < 26 || level === 5 ? 520 : 900;
        if (ap >= 22 && ap < 36 && Math.abs(xMm) < 12) v = 1500; // canal CSF
        if (herniated && level === 4 && within >= 26 && ap >= 18 && ap < 29) v = 420; // the hernia, dark on T2
      }
      pixels[row * SIZE + col] = v + ((row * 7 + col * 13) % 23);
    }
  }
  return pixels;
}

export function lumbarSpineCd(caseKey: string, patient: { id: string; name: string }, slices: number): Buffer {
  const study = {
    uid: demoUid(caseKey, 'spine-study'),
    description: 'IRM RACHIS LOMBAIRE',
    date: '20260705',
    patientId: patient.id,
    patientName: patient.name,
  };
  const seriesUid = demoUid(caseKey, 'spine-series');
  const images: CdImage[] = Array.from({ length: slices }, (_, i) => {
    const x = (i - (slices - 1) / 2) * SLICE_GAP_MM;
    const sopUid = demoUid(caseKey, 'spine', i + 1);
    const bytes = writeDicomFile(SOP_CLASS.mr, sopUid, [
      ...common(study, 'MR'),
      { tag: 0x00080016, vr: 'UI', value: SOP_CLASS.mr },
      { tag: 0x00080018, vr: 'UI', value: sopUid },
      { tag: 0x0008103e, vr: 'LO', value: 'Sag T2 TSE' },
      { tag: 0x00180050, vr: 'DS', value: '3.5' },
      { tag: 0x0020000e, vr: 'UI', value: seriesUid },
      { tag: 0x00200011, vr: 'IS', value: '2' },
      { tag: 0x00200013, vr: 'IS', value: String(i + 1) },
      { tag: 0x00200032, vr: 'DS', value: [x.toFixed(1), String(-(SIZE / 2) * SPACING_MM), String((SIZE / 2) * SPACING_MM)] }, // top left: anterior, head
      { tag: 0x00200037, vr: 'DS', value: ['0', '1', '0', '0', '0', '-1'] },
      { tag: 0x00201041, vr: 'DS', value: x.toFixed(1) },
      ...greyscalePixels(SIZE, SIZE, String(SPACING_MM), 16, 12),
      { tag: 0x00281050, vr: 'DS', value: '800' },
      { tag: 0x00281051, vr: 'DS', value: '1600' },
      { tag: 0x7fe00010, vr: 'OW', value: new Uint8Array(slicePixels(x).buffer) },
    ]);
    const path = `DICOM/S0000002/IM${String(i + 1).padStart(6, '0')}`;
    return { path, instance: { name: path, bytes }, sopClassUid: SOP_CLASS.mr, sopInstanceUid: sopUid };
  });
  return cdExport(`SMO${caseKey.slice(-4)}`, images);
}
