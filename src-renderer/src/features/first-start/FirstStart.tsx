// A new installation (or one whose local data was erased): the welcome and the platform's
// address, then the protection of this computer's copy. The sign-in and the first cases follow
// once the cache is open (SignInScreen, FirstSyncPanel), under the same steps.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CacheStatus } from '../../../../contract';
import { SetupForm } from '../unlock/SetupForm';
import { FirstStartSteps } from './FirstStartSteps';
import { WelcomeStep } from './WelcomeStep';

export function FirstStart({ info, status }: { info: AppInfo; status: CacheStatus }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'platform' | 'protection'>('platform');
  return (
    <div className="first-start">
      {status.erased && (
        <p className="notice notice--warning lock-screen__notice" role="status" data-testid="erased-notice" data-reason={status.erased.reason}>
          {t(`unlock.erased.${status.erased.reason}`)}
        </p>
      )}
      {step === 'platform' ? (
        <WelcomeStep info={info} onDone={() => setStep('protection')} />
      ) : (
        <SetupForm status={status} steps={<FirstStartSteps current="protection" />} onBack={() => setStep('platform')} />
      )}
    </div>
  );
}
