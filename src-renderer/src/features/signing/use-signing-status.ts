// The expert's signing certificate as core holds it, kept current (imported, removed, or issued
// at sign-in by a demonstration platform).
import { useEffect, useState } from 'react';
import type { SigningStatus } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';

export function useSigningStatus(): [SigningStatus | null, (status: SigningStatus) => void] {
  const backend = useBackend();
  const [status, setStatus] = useState<SigningStatus | null>(null);
  useEffect(() => {
    let live = true;
    void backend.signing.status().then(
      (s) => live && setStatus(s),
      () => live && setStatus(null),
    );
    const off = backend.on('signing.changed', setStatus);
    return () => {
      live = false;
      off();
    };
  }, [backend]);
  return [status, setStatus];
}
