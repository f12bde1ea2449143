// The default place for the browser preview's data: the user's data directory, apart from the
// Electron app's own (the preview always protects the cache with a passphrase, the app may not).
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultPreviewDataDir(env = process.env, platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'SMO Workstation Preview');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'SMO Workstation Preview');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'smo-workstation-preview');
}
