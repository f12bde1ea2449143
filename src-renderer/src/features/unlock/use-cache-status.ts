// The local cache's status, kept current by core's `cache.changed` events.
import { useCallback, useEffect, useState } from 'react';
import type { CacheStatus } from '../../../../src-preload/contract';
import { useBackend } from '../../app/backend-context';

export function useCacheStatus(): { status: CacheStatus | null; refresh: () => Promise<void> } {
  const backend = useBackend();
  const [status, setStatus] = useState<CacheStatus | null>(null);
  const refresh = useCallback(async () => setStatus(await backend.cache.status()), [backend]);
  useEffect(() => {
    const unsubscribe = backend.on('cache.changed', setStatus);
    void refresh();
    return unsubscribe;
  }, [backend, refresh]);
  return { status, refresh };
}
