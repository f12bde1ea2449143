// Wrapping the cache's data key: with a passphrase (scrypt, then AES-256-GCM; the parameters are
// stored with the result so they can be raised later), or with the OS keychain through its port;
// and the verifier of the platform password that re-authenticates a keychain unlock.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { KeychainPort } from '../ports';
import type { SecretVerifier, KeyWrap } from './key-file';

const AAD = Buffer.from('smo-workstation cache key v1');

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
/** ~0.3 s and 128 MiB on a laptop: slow enough to make guessing costly, quick enough to unlock. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

function deriveKek(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function wrapWithPassphrase(key: Buffer, passphrase: string, cost = DEFAULT_SCRYPT_COST): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, cost);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(AAD);
  const wrappedKey = Buffer.concat([cipher.update(key), cipher.final()]);
  kek.fill(0);
  return {
    protection: 'passphrase',
    kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrappedKey.toString('base64'),
  };
}

/** The data key, or null when the passphrase is wrong (authentication fails). */
export async function unwrapWithPassphrase(wrap: Extract<KeyWrap, { protection: 'passphrase' }>, passphrase: string): Promise<Buffer | null> {
  const { N, r, p, salt } = wrap.kdf;
  const kek = await deriveKek(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64')).setAAD(AAD);
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.wrappedKey, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export async function wrapWithKeychain(key: Buffer, keychain: KeychainPort): Promise<KeyWrap> {
  const status = await keychain.status();
  if (!status.usable) throw new Error('The OS keychain is not usable');
  const sealed = await keychain.encrypt(key);
  return { protection: 'keychain', backend: status.backend, sealedKey: Buffer.from(sealed).toString('base64') };
}

/**
 * A verifier of the expert's platform password (scrypt, like the passphrase): a keychain-protected
 * cache asks for it at unlock, so that the keychain alone (an unlocked session on a stolen laptop)
 * does not open the cases. Checked here, offline; the password itself is never stored.
 */
export async function makeSecretVerifier(password: string, cost = DEFAULT_SCRYPT_COST): Promise<SecretVerifier> {
  const salt = randomBytes(16);
  const hash = await deriveKek(password, salt, cost);
  return { ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function checkSecretVerifier(verifier: SecretVerifier, password: string): Promise<boolean> {
  const { N, r, p } = verifier;
  const hash = await deriveKek(password, Buffer.from(verifier.salt, 'base64'), { N, r, p });
  const expected = Buffer.from(verifier.hash, 'base64');
  return hash.length === expected.length && timingSafeEqual(hash, expected);
}
