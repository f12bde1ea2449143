// Imaging uploaded as a zip (a CD export with its DICOMDIR), synced from the real platform: its
// DICOM files are extracted into the vault, byte for byte, and join the case's series; what it
// held besides, and what could not be used, is reported; an unreadable archive says why.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytes, type TestPlatform } from '../support/platform';
import { signedInWorkstation } from '../support/signed-in';
import { mrSeries } from '../../platform/demo/phantoms';
import { dicomdir, type CdImage } from '../../platform/demo/cd-export';
import { writeZip, type ZipMember } from '../../platform/demo/zip-writer';
import { overlappingZip } from '../support/zip-bomb';
import { SOP_CLASS } from '../../platform/demo/dicom-writer';
import type { ArchiveContents, CaseDetail, CaseSummary, DicomSeries } from '../../contract';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const REF = 'SMO-2026-0101';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const setup = () => signedInWorkstation(cleanups);

async function upload(platform: TestPlatform, name: string, zip: Buffer): Promise<string> {
  const { id } = (await platform.dev(`/dev/cases/${REF}/attachments`, {
    name,
    kind: 'other',
    mediaType: 'application/zip',
    base64: zip.toString('base64'),
  })) as { id: string };
  return id;
}

/** A knee MR of `count` slices, as CD images under DICOM/ with ISO 9660 names. */
function cdImages(count: number): CdImage[] {
  return mrSeries('archive-test', count, { id: 'T', name: 'TEST^PATIENT' }).map((instance, i) => ({
    path: `DICOM/IM${String(i + 1).padStart(6, '0')}`,
    instance,
    sopClassUid: SOP_CLASS.mr,
    sopInstanceUid: `1.2.826.0.1.3680043.10.1234.99.${i + 1}`,
  }));
}

describe('a zipped CD of imaging', () => {
  it('extracts the DICOM files the DICOMDIR lists into one series, reports the rest, and keeps the document list as the platform has it', async () => {
    const { platform, core } = await setup();
    const images = cdImages(5);
    const [first, second, third, fourth, missing] = images as [CdImage, CdImage, CdImage, CdImage, CdImage];
    const members: ZipMember[] = [
      // The DICOMDIR lists all five; the fifth is not in the archive (an incomplete copy).
      { name: 'DICOMDIR', bytes: dicomdir('TEST', images) },
      // Extension-less names: DICOM only because the DICOMDIR says so. One stored, not deflated.
      { name: first.path, bytes: first.instance.bytes },
      { name: second.path, bytes: second.instance.bytes, store: true },
      { name: third.path, bytes: third.instance.bytes },
      // Damaged in the archive: its CRC does not match.
      { name: fourth.path, bytes: fourth.instance.bytes, wrongCrc: true },
      // A bomb: it inflates past the size it declares, and is stopped there.
      { name: 'BOMB.dcm', bytes: Buffer.alloc(50 * 1024 * 1024), declaredSize: 1000 },
      { name: 'README.TXT', bytes: Buffer.from('Open DICOMDIR with any viewer.') },
      { name: 'VIEWER/VIEWER.EXE', bytes: bytes(4096, 3) },
    ];
    const archiveId = await upload(platform, 'CD IRM.zip', writeZip(members));
    await core.call('sync.now');

    const detail = await core.call<CaseDetail>('cases.get', { caseId: platform.caseId(REF) });
    expect(detail.documents.find((d) => d.id === archiveId)).toMatchObject({ kind: 'archive', name: 'CD IRM.zip', downloadState: 'available' });
    expect(detail.documents.some((d) => d.id.startsWith(`${archiveId}~`))).toBe(false);
    const summary = (await core.call<CaseSummary[]>('cases.list')).find((c) => c.reference === REF);
    expect(summary?.documents.total).toBe(detail.documents.length);

    const contents = await core.call<ArchiveContents & { firstImage: string | null }>('imaging.archive', {
      caseId: platform.caseId(REF),
      attachmentId: archiveId,
    });
    expect(contents).toMatchObject({
      files: 8,
      dicomFiles: 3,
      hasDicomdir: true,
      otherFiles: 2,
      damaged: [fourth.path, 'BOMB.dcm'],
      missing: [missing.path],
      problem: null,
    });

    // The extracted files are the originals, byte for byte, and the viewer's series holds them in order.
    const rows = core.db().prepare('SELECT id, name, sha256, vault_file, vault_key FROM attachments WHERE archive_id = ? ORDER BY name').all(archiveId) as {
      id: string;
      name: string;
      sha256: string;
      vault_file: string;
      vault_key: Buffer;
    }[];
    expect(rows.map((r) => r.name)).toEqual([first, second, third].map((i) => `CD IRM.zip/${i.path}`));
    for (const [i, row] of rows.entries()) {
      const original = sha256(([first, second, third][i] as CdImage).instance.bytes);
      expect(row.sha256).toBe(original);
      expect(await core.ctx.cache.vault.digest(row.vault_file, row.vault_key)).toBe(original);
    }
    const series = await core.call<DicomSeries[]>('imaging.series', { caseId: platform.caseId(REF) });
    const fromArchive = series.find((s) => s.images.some((i) => i.attachmentId.startsWith(`${archiveId}~`)));
    expect(fromArchive?.images.map((i) => i.instanceNumber)).toEqual([1, 2, 3]);
    expect(contents.firstImage).toBe(fromArchive?.images[0]?.attachmentId);
    // The tag browser and the object description read an extracted file like any other.
    expect(await core.call('imaging.object', { caseId: platform.caseId(REF), attachmentId: contents.firstImage })).toEqual({ kind: 'image' });
  });

  it('reads a DICOMDIR written by dcmtk (dcmmkdir), with its patient, study and series records', async () => {
    const { platform, core, dir } = await setup();
    const cd = join(dir, 'cd');
    mkdirSync(join(cd, 'DICOM'), { recursive: true });
    const images = cdImages(4).map((image, i) => ({ ...image, path: `DICOM/IM${i + 1}` }));
    for (const image of images) writeFileSync(join(cd, image.path), image.instance.bytes);
    execFileSync('dcmmkdir', ['--recurse', '--general-purpose', '--invent', 'DICOM'], { cwd: cd, stdio: 'pipe' });
    const zip = writeZip([
      { name: 'DICOMDIR', bytes: readFileSync(join(cd, 'DICOMDIR')) },
      ...images.map((i) => ({ name: i.path, bytes: readFileSync(join(cd, i.path)) })),
    ]);
    const archiveId = await upload(platform, 'dcmtk CD.zip', zip);
    await core.call('sync.now');
    const contents = await core.call<ArchiveContents>('imaging.archive', { caseId: platform.caseId(REF), attachmentId: archiveId });
    expect(contents).toMatchObject({ files: 5, dicomFiles: 4, hasDicomdir: true, otherFiles: 0, damaged: [], missing: [], problem: null });
  });

  it('says a DICOMDIR uploaded on its own is an index, and opens the files it lists when they are in the case', async () => {
    const { platform, core, dir } = await setup();
    const cd = join(dir, 'cd-loose');
    mkdirSync(join(cd, 'DICOM'), { recursive: true });
    const images = cdImages(3).map((image, i) => ({ ...image, path: `DICOM/IM${i + 1}` }));
    for (const image of images) writeFileSync(join(cd, image.path), image.instance.bytes);
    execFileSync('dcmmkdir', ['--recurse', '--general-purpose', '--invent', 'DICOM'], { cwd: cd, stdio: 'pipe' });
    const caseId = platform.caseId(REF);
    const dicomdir = async () => {
      const { id } = (await platform.dev(`/dev/cases/${REF}/attachments`, {
        name: 'DICOMDIR',
        kind: 'dicom',
        mediaType: 'application/dicom',
        base64: readFileSync(join(cd, 'DICOMDIR')).toString('base64'),
      })) as { id: string };
      return id;
    };
    const alone = await dicomdir();
    await core.call('sync.now');
    expect(await core.call('imaging.object', { caseId, attachmentId: alone })).toEqual({ kind: 'dicomdir', listed: 3, present: 0, firstImage: null });
    // The patient then uploads two of the CD's files, under their own names.
    for (const image of images.slice(0, 2)) {
      await platform.dev(`/dev/cases/${REF}/attachments`, {
        name: image.path.split('/')[1],
        kind: 'dicom',
        mediaType: 'application/dicom',
        base64: image.instance.bytes.toString('base64'),
      });
    }
    await core.call('sync.now');
    const described = await core.call<{ kind: string; listed: number; present: number; firstImage: string | null }>('imaging.object', {
      caseId,
      attachmentId: alone,
    });
    expect(described).toMatchObject({ kind: 'dicomdir', listed: 3, present: 2 });
    const series = await core.call<DicomSeries[]>('imaging.series', { caseId });
    expect(series.flatMap((s) => s.images.map((i) => i.attachmentId))).toContain(described.firstImage);
    // An index is not an image of a study: it is in no series.
    expect(series.flatMap((s) => s.images.map((i) => i.attachmentId))).not.toContain(alone);
  });

  it('without a DICOMDIR, takes the files with the DICOM preamble or a .dcm name, wherever they are', async () => {
    const { platform, core } = await setup();
    const [a, b] = cdImages(2) as [CdImage, CdImage];
    const zip = writeZip([
      { name: 'export/series 1/slice-a', bytes: a.instance.bytes },
      { name: 'export/series 1/slice-b.dcm', bytes: b.instance.bytes },
      { name: 'export/notes.txt', bytes: Buffer.from('DICM is not at byte 128 here') },
    ]);
    const archiveId = await upload(platform, 'folder.zip', zip);
    await core.call('sync.now');
    const contents = await core.call<ArchiveContents>('imaging.archive', { caseId: platform.caseId(REF), attachmentId: archiveId });
    expect(contents).toMatchObject({ files: 3, dicomFiles: 2, hasDicomdir: false, otherFiles: 1, problem: null });
  });

  it('names why an archive cannot be read: not a zip, cut short, or protected by a password', async () => {
    const { platform, core } = await setup();
    const [a] = cdImages(1) as [CdImage];
    const whole = writeZip([{ name: 'IM1.dcm', bytes: a.instance.bytes }]);
    const cases = [
      ['not a zip.zip', bytes(10_000, 5), 'not-zip'],
      ['cut short.zip', whole.subarray(0, whole.length - 40), 'not-zip'],
      ['password.zip', writeZip([{ name: 'IM1.dcm', bytes: a.instance.bytes, encrypted: true }]), 'encrypted'],
    ] as const;
    const ids = [];
    for (const [name, zip] of cases) ids.push(await upload(platform, name, zip));
    await core.call('sync.now');
    for (const [i, [, , problem]] of cases.entries()) {
      const contents = await core.call<ArchiveContents>('imaging.archive', { caseId: platform.caseId(REF), attachmentId: ids[i] });
      expect(contents.problem).toBe(problem);
      expect(contents.dicomFiles).toBe(0);
    }
    // Nothing was extracted from them, and the rest of the case is intact.
    expect(core.db().prepare('SELECT count(*) FROM attachments WHERE archive_id IS NOT NULL').pluck().get()).toBe(0);
    const series = await core.call<DicomSeries[]>('imaging.series', { caseId: platform.caseId(REF) });
    expect(series).toHaveLength(1);
  });

  it('refuses an archive built to fill the disk: members sharing bytes, or inflating far past what images do', async () => {
    const { platform, core } = await setup();
    const [a] = cdImages(1) as [CdImage];
    // 2,000 directory entries over one 100 KB member: 200 MB from an archive of ~100 KB.
    const overlapping = await upload(platform, 'overlapping.zip', overlappingZip(Buffer.concat([a.instance.bytes, bytes(100_000, 9)]), 2000));
    // 300 MB of zeros, honestly declared: they deflate to 300 KB, a thousand times smaller.
    const swollen = await upload(
      platform,
      'swollen.zip',
      writeZip([
        { name: 'IM1.dcm', bytes: a.instance.bytes },
        { name: 'BLANK.dcm', bytes: Buffer.alloc(300 * 1024 * 1024) },
      ]),
    );
    const vaultBefore = core.ctx.cache.vault.sizeOnDisk();
    await core.call('sync.now');
    const caseId = platform.caseId(REF);
    expect(await core.call<ArchiveContents>('imaging.archive', { caseId, attachmentId: overlapping })).toMatchObject({ problem: 'overlapping', dicomFiles: 0 });
    expect(await core.call<ArchiveContents>('imaging.archive', { caseId, attachmentId: swollen })).toMatchObject({
      problem: 'suspicious-ratio',
      dicomFiles: 0,
      detail: expect.stringMatching(/^\d{3,}$/),
    });
    expect(core.db().prepare('SELECT count(*) FROM attachments WHERE archive_id IS NOT NULL').pluck().get()).toBe(0);
    // Only the two archives themselves were stored (a few hundred KB), nothing inflated from them.
    expect(core.ctx.cache.vault.sizeOnDisk() - vaultBefore).toBeLessThan(5 * 1024 * 1024);
  });

  it('unpacks nothing when the disk has no room, says so, and unpacks the archive once there is room', async () => {
    let free = Number.POSITIVE_INFINITY;
    const { platform, core } = await signedInWorkstation(cleanups, { freeDiskBytes: () => free });
    const images = cdImages(3);
    const zip = writeZip(images.map((i) => ({ name: `${i.path}.dcm`, bytes: i.instance.bytes })));
    const archiveId = await upload(platform, 'CD.zip', zip);
    // Room for the archive's download, not for what it holds.
    free = 256 * 1024 * 1024 + zip.length + 1024;
    await core.call('sync.now');
    const caseId = platform.caseId(REF);
    expect(await core.call<ArchiveContents>('imaging.archive', { caseId, attachmentId: archiveId })).toMatchObject({ problem: 'disk-full', dicomFiles: 0 });
    free = Number.POSITIVE_INFINITY;
    expect(await core.call<ArchiveContents>('imaging.archive', { caseId, attachmentId: archiveId })).toMatchObject({ problem: null, dicomFiles: 3 });
  });

  it('refuses to describe a document that is not an archive of the case', async () => {
    const { platform, core } = await setup();
    const pdf = (await core.call<CaseDetail>('cases.get', { caseId: platform.caseId(REF) })).documents.find((d) => d.kind === 'pdf');
    const answer = await core.tryCall('imaging.archive', { caseId: platform.caseId(REF), attachmentId: pdf?.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONTENT_NOT_FOUND' } });
  });
});
