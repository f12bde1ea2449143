// Everything before the cases are open: first set-up, unlock, or reset. Nothing about a case is
// shown until the cache is unlocked.
import { useState } from 'react';
import type { CacheStatus } from '../../../../src-preload/contract';
import { ResetPanel } from './ResetPanel';
import { SetupForm } from './SetupForm';
import { UnlockForm } from './UnlockForm';

export function UnlockScreen({ status, autoLockMinutes }: { status: CacheStatus; autoLockMinutes: number }) {
  const [resetting, setResetting] = useState(false);
  return (
    <div className="lock-screen" data-testid="unlock-screen">
      {status.state === 'uninitialized' ? (
        <SetupForm status={status} />
      ) : resetting ? (
        <div className="lock-card">
          <ResetPanel status={status} onCancel={() => setResetting(false)} />
        </div>
      ) : (
        <UnlockForm status={status} autoLockMinutes={autoLockMinutes} onForgot={() => setResetting(true)} />
      )}
    </div>
  );
}
