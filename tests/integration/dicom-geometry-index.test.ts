// The index keeps what the viewer needs to put series side by side (geometry, frame of reference,
// body part, localizer), read from the real files through the real sync; rows indexed by an older
// version are read again, once, when the case's imaging is next listed.
import { afterEach, describe, expect, it } from 'vitest';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { brainMr } from '../../platform/demo/brain-mr';
import type { DicomSeries } from '../../contract';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const REF = 'SMO-2026-0101';

describe('the DICOM index for viewing geometry', () => {
  it('lists the localizer and an axial sequence of one frame of reference with their planes, and reads old rows again', async () => {
    const { platform, core } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId(REF);
    // The localizer and the first three slices of the axial T1.
    const files = brainMr('index-test', { id: 'GEO-1', name: 'GEOMETRY^PATIENT' }).slice(0, 4);
    for (const [i, file] of files.entries()) {
      await platform.dev(`/dev/cases/${REF}/attachments`, {
        name: `MR-${i}.dcm`,
        kind: 'dicom',
        mediaType: 'application/dicom',
        base64: file.bytes.toString('base64'),
      });
    }
    await core.call('sync.now');
    const list = async () => (await core.call<DicomSeries[]>('imaging.series', { caseId })).filter((s) => s.bodyPart === 'BRAIN');
    const [localizer, axial] = await list();
    expect(localizer).toMatchObject({ seriesDescription: 'Localizer sag', localizer: true });
    expect(localizer!.images[0]!.geometry).toEqual({ position: [0, -128, 128], orientation: [0, 1, 0, 0, 0, -1], pixelSpacing: [1, 1] });
    expect(axial).toMatchObject({ seriesDescription: 'Ax T1 SE', localizer: false, frameOfReferenceUid: localizer!.frameOfReferenceUid });
    expect(axial!.frameOfReferenceUid).not.toBe('');
    // Highest slice first, each with its own position.
    expect(axial!.images.map((i) => i.geometry?.position[2])).toEqual([-45, -50, -55]);

    // A row as an older version wrote it: no geometry, no frame of reference.
    await core.ctx.cache.write((db) =>
      db
        .prepare(`UPDATE dicom_instances SET geometry = NULL, frame_of_reference = '', body_part = '', localizer = 0, header_version = 0 WHERE case_id = ?`)
        .run(caseId),
    );
    const [again] = await list();
    expect(again).toMatchObject({ localizer: true, frameOfReferenceUid: localizer!.frameOfReferenceUid });
    expect(again!.images[0]!.geometry).toEqual(localizer!.images[0]!.geometry);
    const stale = core.db().prepare<[string], { n: number }>('SELECT count(*) AS n FROM dicom_instances WHERE case_id = ? AND header_version = 0').get(caseId);
    expect(stale?.n).toBe(0);
  });
});

describe('the viewer’s state per case', () => {
  it('keeps the expert’s arrangement for a case in the cache, refuses a malformed one and forgets it with the case', async () => {
    const { platform, core } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId(REF);
    expect(await core.call('imaging.viewerState', { caseId })).toBeNull();
    const state = {
      layout: '1x2',
      slots: ['1.2.3.4', '1.2.3.5', '', ''],
      linked: [true, true, false, false],
      linkWindow: true,
      linkZoom: false,
      offsets: { '1.2.3.4>1.2.3.5': -10.6 },
    };
    expect(await core.call('imaging.saveViewerState', { caseId, state })).toEqual({ saved: true });
    expect(await core.call('imaging.viewerState', { caseId })).toEqual(state);
    // What is stored is in the encrypted cache, not beside it.
    const row = core.db().prepare<[string], { state_json: string }>('SELECT state_json FROM viewer_states WHERE case_id = ?').get(caseId);
    expect(JSON.parse(row!.state_json)).toEqual(state);

    const refused = await core.tryCall('imaging.saveViewerState', { caseId, state: { ...state, layout: '3x3' } });
    expect(refused.ok).toBe(false);
    const tooMany = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`a${i}>b`, i]));
    expect((await core.tryCall('imaging.saveViewerState', { caseId, state: { ...state, offsets: tooMany } })).ok).toBe(false);
    expect(await core.call('imaging.viewerState', { caseId })).toEqual(state);

    // Erased with its case.
    await core.ctx.cache.write((db) => db.prepare('DELETE FROM cases WHERE id = ?').run(caseId));
    expect(core.db().prepare<[string], { n: number }>('SELECT count(*) AS n FROM viewer_states WHERE case_id = ?').get(caseId)?.n).toBe(0);
  });
});
