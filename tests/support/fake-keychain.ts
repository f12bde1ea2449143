// An OS keychain for tests: seals with AES-GCM under a key that lives only in this object, and
// can be switched to another backend or made unusable, as a real keyring can change under an app.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeychainPort } from '../../src-main/core/ports';

export class TestKeychain implements KeychainPort {
  private secret = randomBytes(32);
  constructor(
    public backend = 'gnome_libsecret',
    public usable = true,
  ) {}

  async status() {
    return { usable: this.usable, backend: this.backend };
  }
  async encrypt(plain: Uint8Array) {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.secret, iv);
    return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }
  async decrypt(sealed: Uint8Array) {
    const b = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', this.secret, b.subarray(0, 12));
    decipher.setAuthTag(b.subarray(b.length - 16));
    return Buffer.concat([decipher.update(b.subarray(12, b.length - 16)), decipher.final()]);
  }
  /** The keyring was recreated: what it sealed before can no longer be opened. */
  forget() {
    this.secret = randomBytes(32);
  }
}
