// The OS keychain for the cache key, through Electron's safeStorage. On Linux without a keyring
// safeStorage silently falls back to a hard-coded password (`basic_text`): we report that as not
// usable, so the cache is protected by a passphrase instead.
import { safeStorage } from 'electron';
import type { KeychainPort } from '../core/ports';

export const safeStorageKeychain: KeychainPort = {
  async status() {
    if (!safeStorage.isEncryptionAvailable()) return { usable: false, backend: 'none' };
    if (process.platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      return { usable: backend !== 'basic_text' && backend !== 'unknown', backend };
    }
    return { usable: true, backend: process.platform === 'darwin' ? 'macos_keychain' : 'windows_dpapi' };
  },
  async encrypt(plain) {
    return safeStorage.encryptString(Buffer.from(plain).toString('base64'));
  },
  async decrypt(sealed) {
    return Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64');
  },
};
