// The local cache's status: loaded once (again if core could not be reached), then taken from
// core's `cache.changed` events, which carry it.
import { useEffect } from 'react';
import type { CacheStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useLive } from '../../backend/use-live';

export function useCacheStatus(): CacheStatus | null {
  const backend = useBackend();
  const { value, set } = useLive(() => backend.cache.status(), [], '', 0);
  useEffect(() => backend.on('cache.changed', set), [backend, set]);
  return value;
}
