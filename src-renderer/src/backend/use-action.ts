// Runs a user action against core: the sentence to show when it fails, and whether it is running.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

export function useAction(): { run: (action: () => Promise<unknown>) => Promise<boolean>; error: string | null; busy: boolean } {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(errorMessage(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, error, busy };
}
