// The case's measurements exported from the real core: a DICOM SR (TID 1500) that dcmtk's SR
// reader (an independent implementation) reads without error, with each value in its own unit
// (a length in pixels stays in pixels), the patient and study of the images measured, and each
// measurement pointing at the very instance it was drawn on; and a spreadsheet in French and in
// English. Each export is in the audit trail.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { addDicomFiles } from '../support/platform';
import { mrSeries } from '../../platform/demo/phantoms';
import type { DicomSeries, Measurement, MeasurementDraft, SrItem } from '../../contract';
import { readStructuredReport } from '../../src-main/core/imaging/dicom-sr';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const REF = 'SMO-2026-0101';

describe('measurement exports', () => {
  it('writes a TID 1500 SR that dcmtk reads, and a CSV in each language, recorded in the audit trail', async () => {
    const { platform, core, dir } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId(REF);
    const slices = mrSeries('export-test', 2, { id: 'EXP-1', name: 'EXPORT^PATIENT' });
    await addDicomFiles(platform, REF, slices);
    await core.call('sync.now');
    const series = (await core.call<DicomSeries[]>('imaging.series', { caseId })).find((s) => s.images.length === 2)!;
    const image = series.images[1]!;
    const place = { attachmentId: image.attachmentId, frame: 0, seriesUid: series.seriesUid, seriesNumber: series.seriesNumber, imageNumber: 2 };
    const drafts: MeasurementDraft[] = [
      {
        ...place,
        id: crypto.randomUUID(),
        kind: 'length',
        points: [
          { x: 10, y: 10 },
          { x: 40, y: 50 },
        ],
        values: { length: 30.5 },
        unit: 'mm',
        signal: 'value',
      },
      {
        ...place,
        id: crypto.randomUUID(),
        kind: 'length',
        points: [
          { x: 0, y: 0 },
          { x: 30, y: 40 },
        ],
        values: { length: 50 },
        unit: 'px',
        signal: 'value',
      },
      {
        ...place,
        id: crypto.randomUUID(),
        kind: 'angle',
        points: [
          { x: 0, y: 10 },
          { x: 10, y: 10 },
          { x: 10, y: 0 },
        ],
        values: { angle: 90 },
        unit: 'mm',
        signal: 'value',
      },
      {
        ...place,
        id: crypto.randomUUID(),
        kind: 'ellipse',
        points: [
          { x: 20, y: 20 },
          { x: 60, y: 40 },
        ],
        values: { area: 628.3, mean: 41.5, sd: 3.2, min: 30, max: 52 },
        unit: 'mm',
        signal: 'value',
      },
      { ...place, id: crypto.randomUUID(), kind: 'probe', points: [{ x: 5, y: 6 }], values: { value: 117 }, unit: 'mm', signal: 'value' },
    ];
    for (const measurement of drafts) await core.call<Measurement>('measurements.save', { caseId, measurement });

    const read = async (ref: string) => {
      const info = await core.ctx.documents.info(ref);
      return { info, bytes: Buffer.from(await core.ctx.documents.read(ref, 0, info.size - 1)) };
    };
    const sr = await read(`measurements/${caseId}/sr@1`);
    expect(sr.info.mediaType).toBe('application/dicom');
    const path = join(dir, 'measurements.dcm');
    writeFileSync(path, sr.bytes);
    // dsrdump reads the whole content tree and fails on a malformed one; it warns only that it cannot check UTF-8.
    const tree = execFileSync('dsrdump', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(tree).toContain('Imaging Measurement Report');
    expect(tree).toContain('Patient             : EXPORT^PATIENT (#EXP-1)');
    expect(tree).toMatch(/NUM:\(,,"Length"\)="30.5" \(mm,UCUM/);
    expect(tree).toMatch(/NUM:\(,,"Length"\)="50" \(1,UCUM\[1.4\],"px"\)/);
    expect(tree).toMatch(/NUM:\(,,"Cobb angle"\)="90" \(deg,UCUM/);
    expect(tree).toMatch(/NUM:\(,,"Area"\)="628.3" \(mm2,UCUM/);
    expect(tree).toMatch(/NUM:\(,,"Mean"\)="41.5"/);
    expect(tree).toMatch(/NUM:\(,,"Mean"\)="117"/);
    expect(tree.match(/Measurement Group/g)).toHaveLength(5);
    // Our own SR viewer writes units as units (mm, °, mm², px), not as their codes' names.
    const flat = (items: SrItem[]): string[] => items.flatMap((i) => [`${i.concept}: ${i.value}`, ...flat(i.children)]);
    const lines = flat(readStructuredReport(sr.bytes).items);
    expect(lines).toEqual(expect.arrayContaining(['Length: 30.5 mm', 'Length: 50 px', 'Cobb angle: 90 °', 'Area: 628.3 mm²']));
    // Every measurement points at the instance it was drawn on, in its study.
    const dump = execFileSync('dcmdump', ['-Un', '+P', 'ReferencedSOPInstanceUID', '+P', 'StudyInstanceUID', '+P', 'SOPClassUID', path], { encoding: 'utf8' });
    const sourceDump = execFileSync('dcmdump', ['+P', 'SOPInstanceUID', '+P', 'StudyInstanceUID', '-'], { input: slices[1]!.bytes, encoding: 'utf8' });
    const sourceSop = /\[([\d.]+)\]/.exec(sourceDump.split('\n').find((l) => l.includes('SOPInstanceUID')) ?? '')?.[1];
    const sourceStudy = /\[([\d.]+)\]/.exec(sourceDump.split('\n').find((l) => l.includes('StudyInstanceUID')) ?? '')?.[1];
    expect(dump).toContain('1.2.840.10008.5.1.4.1.1.88.22');
    expect(dump).toContain(`[${sourceStudy}]`);
    const referenced = [...dump.matchAll(/\(0008,1155\) UI \[([\d.]+)\]/g)].map((m) => m[1]);
    expect(new Set(referenced)).toEqual(new Set([sourceSop]));

    const fr = (await read(`measurements/${caseId}/csv-fr@1`)).bytes.toString('utf8');
    expect(fr.startsWith('\uFEFFMesure;Longueur;')).toBe(true);
    const frRows = fr.trim().split('\r\n');
    expect(frRows).toHaveLength(6);
    expect(frRows[1]).toMatch(/^Longueur;30,50;;;;;;;;mm;;\d*;2;1;[\d.]+;10,0 10,0 \| 40,0 50,0;/);
    expect(frRows[2]).toMatch(/^Longueur;50,00;;;;;;;;px;/);
    const en = (await read(`measurements/${caseId}/csv-en@1`)).bytes.toString('utf8');
    expect(en.split('\r\n')[4]).toMatch(/^Ellipse,,,628.30,41.5,3.2,30.0,52.0,,mm²,,/);
    expect(en.split('\r\n')[5]).toMatch(/^Probe,,,,,,,,117.0,,,/);

    const entries = core.db().prepare(`SELECT detail_json FROM audit_log WHERE action = 'export.made' AND case_id = ?`).pluck().all(caseId) as string[];
    expect(entries.map((e) => JSON.parse(e) as { format: string })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ format: 'dicom-sr', what: 'measurements' }),
        expect.objectContaining({ format: 'csv', what: 'measurements' }),
      ]),
    );
  });

  it('says there is nothing to export for a case without measurements', async () => {
    const { platform, core } = await signedInWorkstation(cleanups);
    await expect(core.ctx.documents.info(`measurements/${platform.caseId(REF)}/sr@1`)).rejects.toMatchObject({ code: 'CONTENT_NOT_FOUND' });
  });
});
