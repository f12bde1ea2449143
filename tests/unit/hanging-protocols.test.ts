// The hanging protocols shipped load and are checked like the report templates (a broken file is
// refused by name), and choose the first arrangement of the viewer: a CT beside its prior, linked;
// an MR's four sequences; a radiograph alone; never an empty 2×2 for a single series.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DicomSeries, ImageGeometry } from '../../contract';
import { loadHangingProtocols } from '../../src-main/core/imaging/hanging-protocols';
import { arrangementFor } from '../../src-renderer/src/features/documents/dicom/hanging';
import { comparisonFor, priorOf } from '../../src-renderer/src/features/documents/dicom/comparison';
import { imagesOf, seriesOf } from '../support/dicom-series';

const shipped = loadHangingProtocols(fileURLToPath(new URL('../../resources/hanging-protocols', import.meta.url)));

const axial = (z: number): ImageGeometry => ({ position: [0, 0, z], orientation: [1, 0, 0, 0, 1, 0], pixelSpacing: [1, 1] });
const sagittal: ImageGeometry = { position: [0, 0, 0], orientation: [0, 1, 0, 0, 0, -1], pixelSpacing: [1, 1] };

const ct2026 = seriesOf({
  seriesUid: 'ct-2026',
  studyUid: 's2026',
  studyDate: '2026-09-15',
  seriesNumber: 2,
  frameOfReferenceUid: 'f1',
  images: imagesOf(10, (i) => axial(i)),
});
const scout2025 = seriesOf({
  seriesUid: 'scout-2025',
  studyUid: 's2025',
  studyDate: '2025-09-10',
  seriesNumber: 1,
  localizer: true,
  images: imagesOf(1, () => sagittal),
});
const ct2025 = seriesOf({
  seriesUid: 'ct-2025',
  studyUid: 's2025',
  studyDate: '2025-09-10',
  seriesNumber: 2,
  frameOfReferenceUid: 'f2',
  images: imagesOf(5, (i) => axial(i * 2)),
});
const dx = seriesOf({ seriesUid: 'dx', studyUid: 'sdx', studyDate: '2026-08-20', modality: 'DX', images: imagesOf(1, () => null) });
const mr = (uid: string, description: string, extra: Partial<DicomSeries> = {}) =>
  seriesOf({
    seriesUid: uid,
    studyUid: 'brain',
    studyDate: '2026-08-28',
    modality: 'MR',
    seriesDescription: description,
    frameOfReferenceUid: 'fb',
    images: imagesOf(3, (i) => axial(i * 5)),
    ...extra,
  });
const brain = [
  mr('loc', 'Localizer sag', { localizer: true, images: imagesOf(1, () => sagittal) }),
  mr('t1', 'Ax T1 SE'),
  mr('t2', 'Ax T2 TSE'),
  mr('flair', 'Ax FLAIR'),
  mr('dwi', 'Ax DWI b1000'),
];

describe('hanging protocols as data', () => {
  it('loads every protocol shipped, without a problem', () => {
    expect(shipped.problems).toEqual([]);
    expect(shipped.protocols.map((p) => p.id).sort()).toEqual(['ct-with-prior', 'mr-sequences', 'mr-with-prior', 'radiograph']);
  });

  it('refuses a broken file by name, and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smo-hanging-'));
    try {
      const good = {
        id: 'ok',
        title: { en: 'OK', fr: 'OK' },
        priority: 1,
        match: { modality: ['CT'] },
        layout: '1x1',
        viewports: [{ role: 'current' }],
        linked: false,
      };
      writeFileSync(join(dir, 'a-good.json'), JSON.stringify(good));
      writeFileSync(join(dir, 'b-layout.json'), JSON.stringify({ ...good, id: 'b', layout: '3x3' }));
      writeFileSync(join(dir, 'c-regex.json'), JSON.stringify({ ...good, id: 'c', viewports: [{ description: '(T1' }] }));
      writeFileSync(join(dir, 'd-crowded.json'), JSON.stringify({ ...good, id: 'd', viewports: [{ role: 'current' }, { role: 'prior' }] }));
      writeFileSync(join(dir, 'e-twice.json'), JSON.stringify(good));
      writeFileSync(join(dir, 'f-text.json'), 'not json');
      const library = loadHangingProtocols(dir);
      expect(library.protocols.map((p) => p.id)).toEqual(['ok']);
      expect(library.problems.map((p) => p.file)).toEqual(['b-layout.json', 'c-regex.json', 'd-crowded.json', 'e-twice.json', 'f-text.json']);
      expect(library.problems[1]?.detail).toMatch(/regular expression/);
      expect(library.problems[2]?.detail).toMatch(/more viewports than the layout 1x1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the first arrangement', () => {
  const all = [scout2025, ct2025, dx, ct2026];

  it('puts a CT beside the previous CT of the same kind (not its scout), linked', () => {
    expect(priorOf(ct2026, all)).toBe(ct2025);
    expect(arrangementFor(shipped.protocols, all, ct2026)).toMatchObject({
      layout: '1x2',
      slots: ['ct-2026', 'ct-2025', 'scout-2025', 'dx'],
      linked: [true, true, false, false],
      active: 0,
      protocolId: 'ct-with-prior',
    });
  });

  it('shows last year’s CT alone (it has no prior), and a radiograph alone', () => {
    expect(arrangementFor(shipped.protocols, all, ct2025)).toMatchObject({ layout: '1x1', protocolId: null, active: 0 });
    expect(arrangementFor(shipped.protocols, all, dx)).toMatchObject({
      layout: '1x1',
      protocolId: 'radiograph',
      slots: ['dx', 'scout-2025', 'ct-2025', 'ct-2026'],
    });
  });

  it('lays an MR out as its four sequences by description, linked, the localizer left out', () => {
    expect(arrangementFor(shipped.protocols, brain, brain[3]!)).toMatchObject({
      layout: '2x2',
      slots: ['t1', 't2', 'flair', 'dwi'],
      linked: [true, true, true, true],
      active: 2,
      protocolId: 'mr-sequences',
    });
    // Opened on the localizer: it is shown, first, beside three of the sequences.
    expect(arrangementFor(shipped.protocols, brain, brain[0]!).slots).toEqual(['loc', 't1', 't2', 'flair']);
  });

  it('does not open an empty 2×2 for an MR of one or two sequences', () => {
    const knee = seriesOf({ seriesUid: 'knee', modality: 'MR', seriesDescription: 'Sag PD FS', images: imagesOf(3, (i) => axial(i)) });
    expect(arrangementFor(shipped.protocols, [knee], knee)).toMatchObject({ layout: '1x1', linked: [false, false, false, false] });
    const two = [mr('t1', 'Ax T1'), mr('t2', 'Ax T2')];
    expect(arrangementFor(shipped.protocols, two, two[0]!)).toMatchObject({ layout: '1x2', slots: ['t1', 't2', '', ''] });
  });

  it('compares from either study: the newer is always first', () => {
    expect(comparisonFor(ct2026, all)).toEqual({ newer: ct2026, older: ct2025 });
    expect(comparisonFor(ct2025, all)).toEqual({ newer: ct2026, older: ct2025 });
    expect(comparisonFor(dx, all)).toBeNull();
  });
});
