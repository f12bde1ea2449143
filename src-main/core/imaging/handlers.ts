// The `imaging.*` and `measurements.*` calls: a case's DICOM series (indexed when their files
// were downloaded), the measurements drawn on them and the images marked as key.
import type { HandlerTable } from '../rpc/registry';
import { listDicomSeries } from './dicom-index';
import { readDicomTags } from './dicom-tags';
import { assertImageOfCase, listMeasurements, removeMeasurement, saveMeasurement } from './measurements';
import { listKeyImages, setKeyImage } from './key-images';
import { describeDicomObject } from './dicom-object';
import { describeArchive } from './dicom-archive';

export const imagingHandlers = {
  'imaging.series': (ctx, { caseId }) => listDicomSeries(ctx.cache.database(), caseId),
  'imaging.tags': (ctx, { caseId, attachmentId }) => {
    assertImageOfCase(ctx.cache.database(), caseId, attachmentId);
    return readDicomTags(ctx.cache, attachmentId);
  },
  'imaging.object': (ctx, { caseId, attachmentId }) => {
    assertImageOfCase(ctx.cache.database(), caseId, attachmentId);
    return describeDicomObject(ctx.cache, attachmentId);
  },
  'imaging.archive': (ctx, { caseId, attachmentId }) => describeArchive(ctx.cache, caseId, attachmentId),
  'measurements.list': (ctx, { caseId }) => listMeasurements(ctx.cache.database(), caseId),
  'measurements.save': (ctx, { caseId, measurement }) => ctx.cache.write((db) => saveMeasurement(db, caseId, measurement, ctx.clock.now())),
  'measurements.remove': async (ctx, { caseId, id }) => ({ removed: await ctx.cache.write((db) => removeMeasurement(db, caseId, id)) }),
  'keyImages.list': (ctx, { caseId }) => listKeyImages(ctx.cache.database(), caseId),
  'keyImages.set': (ctx, { caseId, image, key }) => ctx.cache.write((db) => setKeyImage(db, caseId, image, key, ctx.clock.now())),
} satisfies HandlerTable;
