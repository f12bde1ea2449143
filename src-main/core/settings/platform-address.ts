// Which platform this workstation works with. The host starts core with an address (command
// line, environment, or the built-in demo platform); the address the expert chose on the first
// start or in Settings takes its place. The demo sign-in is offered only on the demo platform.
import type { CoreConfig } from '../config';
import type { Settings } from './settings-store';

export interface PlatformAddress {
  url: string | null;
  /** The built-in demo platform, with fictitious patients: its sign-in is pre-filled. */
  demo: boolean;
}

export function platformAddress(config: Pick<CoreConfig, 'platformUrl' | 'demoPlatform'>, settings: Pick<Settings, 'platformUrl'>): PlatformAddress {
  const url = settings.platformUrl ?? config.platformUrl;
  return { url, demo: config.demoPlatform && url === config.platformUrl };
}
