// The first screen of a new installation: what the workstation does, and which platform it works
// with. The address is checked (is it a second-opinion platform?) before any password is asked;
// the built-in demo platform is pre-filled in demo mode and labelled as fictitious patients.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../contract';
import { TextField } from '../../ui/TextField';
import { FirstStartSteps } from './FirstStartSteps';
import { PlatformProblemNotice } from './PlatformProblemNotice';
import { usePlatformChoice } from './use-platform-choice';

export function WelcomeStep({ info, onDone }: { info: AppInfo; onDone: () => void }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(info.platformUrl ?? info.startPlatformUrl ?? '');
  const platform = usePlatformChoice();
  const isDemo = info.startPlatformIsDemo && address.trim() === info.startPlatformUrl;

  function submit(event: FormEvent) {
    event.preventDefault();
    void platform.choose(address).then((chosen) => chosen && onDone());
  }

  return (
    <form className="lock-card lock-card--wide" onSubmit={submit} noValidate data-testid="welcome">
      <FirstStartSteps current="platform" />
      <h1>{t('firstStart.welcomeTitle')}</h1>
      <p className="lock-card__lead">{t('firstStart.welcomeLead')}</p>
      <ul className="welcome__points">
        <li>{t('firstStart.pointCases')}</li>
        <li>{t('firstStart.pointReview')}</li>
        <li>{t('firstStart.pointReport')}</li>
      </ul>
      <TextField
        label={t('firstStart.address')}
        type="url"
        value={address}
        onChange={(value) => {
          setAddress(value);
          platform.clear();
        }}
        testId="platform-address"
        autoComplete="url"
        help={t('firstStart.addressHelp')}
      />
      {isDemo && (
        <p className="notice notice--warning" data-testid="welcome-demo">
          {t('firstStart.demo')}
        </p>
      )}
      <PlatformProblemNotice problem={platform.problem} error={platform.error} />
      <button type="submit" className="button" data-testid="welcome-continue" disabled={platform.busy || address.trim() === ''}>
        {platform.busy ? t('firstStart.checking') : t('firstStart.continue')}
      </button>
    </form>
  );
}
