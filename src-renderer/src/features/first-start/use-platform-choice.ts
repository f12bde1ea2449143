// Choosing the platform's address: it is checked first (is it a second-opinion platform, over
// https?), then kept. The problem, if any, is named so the screen can say what to do.
import { useState } from 'react';
import type { PlatformCheck } from '../../../../contract';
import { useBackend } from '../../backend/backend-context';
import { useAction } from '../../backend/use-action';

export type PlatformProblem = Exclude<PlatformCheck['state'], 'ok'> | 'malformed';

export function usePlatformChoice() {
  const backend = useBackend();
  const [problem, setProblem] = useState<PlatformProblem | null>(null);
  const { run, error, busy } = useAction();

  /** Checks and keeps `raw`; true when it is now the platform. */
  async function choose(raw: string): Promise<boolean> {
    const url = raw.trim();
    setProblem(null);
    if (!URL.canParse(url)) {
      setProblem('malformed');
      return false;
    }
    let chosen = false;
    await run(async () => {
      const check = await backend.app.checkPlatform({ url });
      if (check.state !== 'ok') return setProblem(check.state);
      await backend.app.setPlatform({ url });
      chosen = true;
    });
    return chosen;
  }
  return { choose, problem, error, busy, clear: () => setProblem(null) };
}
