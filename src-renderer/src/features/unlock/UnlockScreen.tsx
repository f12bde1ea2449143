// Everything before the cases are open: the first start, unlock, or reset. Nothing about a case is
// shown until the cache is unlocked.
import { useState } from 'react';
import type { AppInfo, CacheStatus } from '../../../../contract';
import { FirstStart } from '../first-start/FirstStart';
import { ResetPanel } from './ResetPanel';
import { UnlockForm } from './UnlockForm';

export function UnlockScreen({ status, info }: { status: CacheStatus; info: AppInfo }) {
  const [resetting, setResetting] = useState(false);
  return (
    <div className="lock-screen" data-testid="unlock-screen">
      {status.state === 'uninitialized' ? (
        <FirstStart info={info} status={status} />
      ) : resetting ? (
        <div className="lock-card">
          <ResetPanel status={status} onCancel={() => setResetting(false)} />
        </div>
      ) : (
        <UnlockForm status={status} autoLockMinutes={info.autoLockMinutes} onForgot={() => setResetting(true)} />
      )}
    </div>
  );
}
