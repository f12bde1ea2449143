// One call's answer, loaded when `key` (what the call is about) changes, or the sentence that says
// why it failed. An answer that arrives after the key changed is dropped.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

export function useAnswer<T>(call: () => Promise<T>, key: string): { value: T | null; failure: string | null } {
  const { t } = useTranslation();
  const callRef = useRef(call);
  callRef.current = call;
  const [answer, setAnswer] = useState<{ value: T | null; failure: string | null }>({ value: null, failure: null });
  useEffect(() => {
    let current = true;
    setAnswer({ value: null, failure: null });
    callRef.current().then(
      (value) => current && setAnswer({ value, failure: null }),
      (error: unknown) => current && setAnswer({ value: null, failure: errorMessage(t, error) }),
    );
    return () => {
      current = false;
    };
  }, [key, t]);
  return answer;
}
