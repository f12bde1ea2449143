// How far the documents' download has got, in whole percent (100 when nothing is left to fetch).
import type { SyncStatus } from '../../../../contract';

export function downloadPercent(downloads: SyncStatus['downloads']): number {
  return downloads.bytesTotal > 0 ? Math.floor((downloads.bytesDone / downloads.bytesTotal) * 100) : 100;
}
