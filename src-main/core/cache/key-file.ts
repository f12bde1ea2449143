// `cache.key.json`: the cache's data key, wrapped (never in clear), with how it is wrapped and the
// failed-unlock counter and times. Read before the cache is open, so it holds no patient data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const PassphraseWrap = z.object({
  protection: z.literal('passphrase'),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    salt: Base64,
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: Base64,
  tag: Base64,
  wrappedKey: Base64,
});

export const KeychainWrap = z.object({
  protection: z.literal('keychain'),
  /** The OS secret store that sealed the key (e.g. gnome_libsecret, kwallet6, macos, dpapi). */
  backend: z.string(),
  sealedKey: Base64,
});

/** A scrypt verifier of a secret the person knows (the local unlock secret, or earlier the platform password). */
export const SecretVerifier = z.object({
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: Base64,
  hash: Base64,
});
export type SecretVerifier = z.infer<typeof SecretVerifier>;

export const KeyFile = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  wrap: z.discriminatedUnion('protection', [PassphraseWrap, KeychainWrap]),
  failedAttempts: z.number().int().nonnegative().default(0),
  lastFailedAt: z.string().nullable().default(null),
  /** When the failed attempts happened: written to the audit trail at the next unlock. */
  failedAt: z.array(z.string()).max(1000).default([]),
  /** Attempts refused unchecked while the throttle made them wait: audited too. */
  refusedAt: z.array(z.string()).max(1000).default([]),
  /** Keychain protection: the local unlock secret chosen at set-up re-authenticates each unlock. */
  unlockSecretVerifier: SecretVerifier.nullable().default(null),
  /** Keychain protection of a cache set up before the unlock secret: the platform password did (set at sign-in). */
  accountVerifier: SecretVerifier.nullable().default(null),
});
export type KeyFile = z.infer<typeof KeyFile>;
export type KeyWrap = KeyFile['wrap'];

export const KEY_FILE_NAME = 'cache.key.json';

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

export function readKeyFile(dataDir: string): KeyFile | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  return KeyFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeKeyFile(dataDir: string, file: KeyFile): void {
  writeFileAtomic(keyFilePath(dataDir), JSON.stringify(file, null, 2));
}
