// The `imaging.*` and `measurements.*` calls: a case's DICOM series (indexed when their files
// were downloaded) and the measurements drawn on them.
import type { HandlerTable } from '../rpc/registry';
import { listDicomSeries } from './dicom-index';
import { readDicomTags } from './dicom-tags';
import { CoreError } from '../rpc/core-error';
import { listMeasurements, removeMeasurement, saveMeasurement } from './measurements';

export const imagingHandlers = {
  'imaging.series': (ctx, { caseId }) => listDicomSeries(ctx.cache.database(), caseId),
  'imaging.tags': (ctx, { caseId, attachmentId }) => {
    const owner = ctx.cache.database().prepare('SELECT case_id FROM attachments WHERE id = ?').pluck().get(attachmentId);
    if (owner !== caseId) throw new CoreError('CASE_NOT_FOUND', 'This image is not part of this case.');
    return readDicomTags(ctx.cache, attachmentId);
  },
  'measurements.list': (ctx, { caseId }) => listMeasurements(ctx.cache.database(), caseId),
  'measurements.save': (ctx, { caseId, measurement }) => ctx.cache.write((db) => saveMeasurement(db, caseId, measurement, ctx.clock.now())),
  'measurements.remove': async (ctx, { caseId, id }) => ({ removed: await ctx.cache.write((db) => removeMeasurement(db, caseId, id)) }),
} satisfies HandlerTable;
