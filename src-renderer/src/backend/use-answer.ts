// One call's answer, loaded when `key` (what the call is about) changes, or the sentence that says
// why it failed. An answer that arrives after the key changed is dropped. The language is not
// part of the key: switching it must not load the answer again (the viewer showing it would be
// remounted, losing the expert's place); a failure's sentence follows the language as it renders.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

type Answer<T> = { value: T | null } & ({ failed: false } | { failed: true; error: unknown });

export function useAnswer<T>(call: () => Promise<T>, key: string): { value: T | null; failure: string | null } {
  const { t } = useTranslation();
  const callRef = useRef(call);
  callRef.current = call;
  const [answer, setAnswer] = useState<Answer<T>>({ value: null, failed: false });
  useEffect(() => {
    let current = true;
    setAnswer({ value: null, failed: false });
    callRef.current().then(
      (value) => current && setAnswer({ value, failed: false }),
      (error: unknown) => current && setAnswer({ value: null, failed: true, error }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return { value: answer.value, failure: answer.failed ? errorMessage(t, answer.error) : null };
}
