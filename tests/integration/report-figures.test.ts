// Key images in the report as pictures: a key image marked with its picture (the JPEG the viewer
// drew) becomes a figure of the report, with its caption; the PDF holds the picture itself
// (poppler's pdfimages lists it, the same size) and pdftotext reads the caption. A picture that is
// not a JPEG is refused; a key image unmarked leaves the draft; a figure of an image that is not a
// key image of the case is refused; a report sent freezes its figures.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signedInWorkstation, type Cleanups } from '../support/signed-in';
import { addDicomFiles } from '../support/platform';
import { mrSeries } from '../../platform/demo/phantoms';
import type { DicomSeries, KeyImage, ReportState } from '../../contract';
import { writeReport } from '../support/report-draft';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const REF = 'SMO-2026-0101';

describe('key images in the report', () => {
  it('are pictures in the PDF with their captions, follow the key images, and are frozen when the report is signed', async () => {
    const { platform, core, dir } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId(REF);
    const slices = mrSeries('figures', 2, { id: 'FIG-1', name: 'FIGURE^PATIENT' });
    await addDicomFiles(platform, REF, slices);
    await core.call('sync.now');
    const series = (await core.call<DicomSeries[]>('imaging.series', { caseId })).find((s) => s.images.length === 2)!;
    // The picture as the viewer makes it: a JPEG of the image (dcmtk draws it here).
    writeFileSync(join(dir, 'slice.dcm'), slices[1]!.bytes);
    execFileSync('dcmj2pnm', ['+oj', join(dir, 'slice.dcm'), join(dir, 'slice.jpg')]);
    const jpeg = readFileSync(join(dir, 'slice.jpg'));
    const place = (n: number) => ({
      attachmentId: series.images[n]!.attachmentId,
      frame: 0,
      seriesUid: series.seriesUid,
      seriesNumber: series.seriesNumber,
      imageNumber: n + 1,
    });

    // Not a JPEG: refused, nothing marked.
    expect(
      await core.tryCall('keyImages.set', { caseId, image: place(1), key: true, picture: Buffer.from('%PDF-1.7 not a picture').toString('base64') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await core.call<KeyImage[]>('keyImages.list', { caseId })).toEqual([]);
    const keys = await core.call<KeyImage[]>('keyImages.set', { caseId, image: place(1), key: true, picture: jpeg.toString('base64') });
    expect(keys).toMatchObject([{ attachmentId: place(1).attachmentId, hasPicture: true }]);
    // The content route serves the same bytes.
    const served = await core.ctx.documents.read(`key-image/${caseId}/${place(1).attachmentId}@0`, 0, jpeg.length - 1);
    expect(Buffer.from(served).equals(jpeg)).toBe(true);

    let state = await writeReport(core, caseId, { diagnosis: 'Fissure horizontale de la corne postérieure (figure 1).' });
    // An image that is not a key image cannot be a figure.
    expect(await core.tryCall('reports.setFigures', { caseId, figures: [{ attachmentId: place(0).attachmentId, frame: 0, caption: '' }] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    state = await core.call<ReportState>('reports.setFigures', {
      caseId,
      figures: [{ attachmentId: place(1).attachmentId, frame: 0, caption: 'Fissure de la corne postérieure, ≥ 5 mm' }],
    });
    expect(state.draft?.figures).toEqual([
      { attachmentId: place(1).attachmentId, frame: 0, caption: 'Fissure de la corne postérieure, ≥ 5 mm', seriesNumber: series.seriesNumber, imageNumber: 2 },
    ]);

    const pdfPath = join(dir, 'report.pdf');
    writeFileSync(pdfPath, await core.ctx.reports.exports.pdf(caseId, 'draft'));
    const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    // pdfimages -list: page, num, type, width, height, color, comp, bpc, enc…: the picture as drawn, not re-encoded.
    const [width, height] = images[0]!.trim().split(/\s+/).slice(3, 5).map(Number);
    const header = readJpegSize(jpeg);
    expect([width, height]).toEqual([header.width, header.height]);
    expect(images[0]).toMatch(/\bjpeg\b/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Images clés');
    expect(text).toContain(`Figure 1 — série ${series.seriesNumber}, image 2 : Fissure de la corne postérieure, ≥ 5 mm`);

    // Signed: the figures are frozen with the report, and its PDF keeps the picture.
    const signed = await core.call<ReportState>('reports.finalize', { caseId, revision: state.draft?.revision });
    expect(signed.submissions[0]?.figures).toEqual(state.draft?.figures);
    writeFileSync(pdfPath, await core.ctx.reports.exports.pdf(caseId, signed.submissions[0]!.id));
    expect(execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2)).toHaveLength(1);
  }, 60_000);

  it('leave the draft when their key image is unmarked', async () => {
    const { platform, core, dir } = await signedInWorkstation(cleanups);
    const caseId = platform.caseId(REF);
    const slice = mrSeries('unmark', 1, { id: 'UNM-1', name: 'UNMARK^PATIENT' })[0]!;
    await addDicomFiles(platform, REF, [slice]);
    await core.call('sync.now');
    const series = (await core.call<DicomSeries[]>('imaging.series', { caseId })).find((s) => s.seriesUid.length > 0 && s.images.length === 1)!;
    writeFileSync(join(dir, 'slice.dcm'), slice.bytes);
    execFileSync('dcmj2pnm', ['+oj', join(dir, 'slice.dcm'), join(dir, 'slice.jpg')]);
    const image = { attachmentId: series.images[0]!.attachmentId, frame: 0, seriesUid: series.seriesUid, seriesNumber: series.seriesNumber, imageNumber: 1 };
    await core.call('keyImages.set', { caseId, image, key: true, picture: readFileSync(join(dir, 'slice.jpg')).toString('base64') });
    await core.call('reports.save', {
      caseId,
      templateId: (await core.call<ReportState>('reports.get', { caseId })).draft?.template.id,
      answers: { diagnosis: 'x' },
    });
    let state = await core.call<ReportState>('reports.setFigures', { caseId, figures: [{ attachmentId: image.attachmentId, frame: 0, caption: 'À voir' }] });
    const revision = state.draft!.revision;
    await core.call('keyImages.set', { caseId, image, key: false });
    state = await core.call<ReportState>('reports.get', { caseId });
    expect(state.draft?.figures).toEqual([]);
    // The preview the expert saw had the figure: it must be looked at again before signing.
    expect(state.draft!.revision).toBeGreaterThan(revision);
  }, 60_000);
});

/** A JPEG's size from its frame header (SOF0–SOF2). */
function readJpegSize(jpeg: Buffer): { width: number; height: number } {
  for (let i = 2; i < jpeg.length;) {
    const marker = jpeg[i + 1]!;
    const length = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  throw new Error('no frame header');
}
