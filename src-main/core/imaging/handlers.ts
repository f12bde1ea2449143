// The `imaging.*` calls: a case's DICOM series, indexed when their files were downloaded.
import type { HandlerTable } from '../rpc/registry';
import { listDicomSeries } from './dicom-index';

export const imagingHandlers = {
  'imaging.series': (ctx, { caseId }) => listDicomSeries(ctx.cache.database(), caseId),
} satisfies HandlerTable;
