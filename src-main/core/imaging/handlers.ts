// The `imaging.*`, `measurements.*` and `keyImages.*` calls: a case's DICOM series, objects and
// archives, the measurements drawn on them and the images marked as key.
import type { HandlerTable } from '../rpc/registry';

export const imagingHandlers = {
  'imaging.series': (ctx, { caseId }) => ctx.imaging.series(caseId),
  'imaging.tags': (ctx, { caseId, attachmentId }) => ctx.imaging.tags(caseId, attachmentId),
  'imaging.object': (ctx, { caseId, attachmentId }) => ctx.imaging.object(caseId, attachmentId),
  'imaging.archive': (ctx, { caseId, attachmentId }) => ctx.imaging.archive(caseId, attachmentId),
  'imaging.hangingProtocols': (ctx) => ctx.imaging.hangingProtocols(),
  'imaging.viewerState': (ctx, { caseId }) => ctx.imaging.viewerState(caseId),
  'imaging.saveViewerState': (ctx, { caseId, state }) => ctx.imaging.saveViewerState(caseId, state),
  'measurements.list': (ctx, { caseId }) => ctx.imaging.measurements(caseId),
  'measurements.save': (ctx, { caseId, measurement }) => ctx.imaging.saveMeasurement(caseId, measurement),
  'measurements.remove': (ctx, { caseId, id }) => ctx.imaging.removeMeasurement(caseId, id),
  'keyImages.list': (ctx, { caseId }) => ctx.imaging.keyImages(caseId),
  'keyImages.set': (ctx, { caseId, image, key, picture }) => ctx.imaging.setKeyImage(caseId, image, key, picture),
} satisfies HandlerTable;
