// The local case cache: an encrypted database and the attachment vault, opened with a data key
// that is kept only in memory while unlocked. Handles first set-up, unlock (passphrase or OS
// keychain), lock (keys wiped), reset, and one queue through which every write passes.
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError } from '../rpc/core-error';
import type { Clock, KeychainPort } from '../ports';
import type { Logger } from '../log/logger';
import { summarizeOutbox, takeOutboxChange, type OutboxSummary } from '../outbox/outbox';
import { Vault, type FreeDiskBytes } from '../vault/vault';
import { openEncryptedDatabase, type CacheDatabase } from './database';
import { migrate } from './migrations';
import { keyFilePath, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import {
  DEFAULT_SCRYPT_COST,
  checkSecretVerifier,
  makeSecretVerifier,
  unwrapWithPassphrase,
  wrapWithKeychain,
  wrapWithPassphrase,
  type ScryptCost,
} from './key-wrap';
import { readUnsyncedSummary, removeUnsyncedSummary, writeUnsyncedSummary } from './unsynced-summary';
import { WriteQueue } from './write-queue';
import type { LockReason } from '../security/auto-lock';
import { recordAudit } from '../security/audit-log';
import { clearErased, readErased, shredFile, writeErased, type Erased, type EraseReason } from './erase';

export type CacheState = 'uninitialized' | 'locked' | 'unlocked';
export type Protection = 'keychain' | 'passphrase';
export type KeychainProblem = 'unavailable' | 'backend-changed';

export interface CacheStatus {
  state: CacheState;
  protection: Protection | null;
  keychain: { usable: boolean; backend: string };
  keychainProblem: KeychainProblem | null;
  failedAttempts: number;
  retryAfterSeconds: number;
  sizeBytes: number;
  counts: { cases: number; attachments: number; outbox: number } | null;
  unsynced: OutboxSummary;
  lockReason: LockReason | null;
  erased: Erased | null;
  /** A keychain unlock also asks for something the person knows. */
  keychainReauth: boolean;
  /** Which: the local unlock secret, or the platform password (a cache set up before the secret). */
  keychainSecret: 'unlock-secret' | 'platform-password' | null;
}

export interface CaseCacheDeps {
  dataDir: string;
  keychain: KeychainPort | null;
  clock: Clock;
  log: Logger;
  nativeBinding: string | null;
  scryptCost?: ScryptCost;
  /** Why the cache is locked when core starts (its host restarted it after a crash), if not the usual. */
  initialLockReason?: LockReason | null;
  /** Free space on the data directory's disk (tests pretend it is full). */
  freeDiskBytes?: FreeDiskBytes;
}

/** Free attempts before each further one must wait (doubling, capped). */
const FREE_ATTEMPTS = 5;
const MAX_WAIT_SECONDS = 300;
const DB_FILES = ['cache.db', 'cache.db-wal', 'cache.db-shm'];
/** Attempts remembered for the audit trail between two unlocks (more than any throttle lets through). */
const MAX_ATTEMPTS_KEPT = 1000;

export class CaseCache {
  private readonly changeListeners: (() => void)[] = [];

  readonly queue = new WriteQueue();
  readonly vault: Vault;
  private db: CacheDatabase | null = null;
  private key: Buffer | null = null;
  private lockReason: LockReason | null = null;
  private unlocking: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: CaseCacheDeps) {
    this.vault = new Vault(deps.dataDir, undefined, deps.freeDiskBytes);
    this.lockReason = deps.initialLockReason ?? null;
  }

  get state(): CacheState {
    if (this.db) return 'unlocked';
    return existsSync(keyFilePath(this.deps.dataDir)) ? 'locked' : 'uninitialized';
  }

  async status(): Promise<CacheStatus> {
    const keyFile = this.readKeyFileSafe();
    const keychain = (await this.deps.keychain?.status()) ?? { usable: false, backend: 'none' };
    let keychainProblem: KeychainProblem | null = null;
    if (keyFile?.wrap.protection === 'keychain') {
      if (!keychain.usable) keychainProblem = 'unavailable';
      else if (keychain.backend !== keyFile.wrap.backend) keychainProblem = 'backend-changed';
    }
    return {
      state: this.state,
      protection: keyFile?.wrap.protection ?? null,
      keychain,
      keychainProblem,
      failedAttempts: keyFile?.failedAttempts ?? 0,
      retryAfterSeconds: keyFile ? this.retryAfterSeconds(keyFile) : 0,
      sizeBytes: this.sizeOnDisk(),
      counts: this.db ? this.counts(this.db) : null,
      unsynced: this.db ? summarizeOutbox(this.db) : readUnsyncedSummary(this.deps.dataDir),
      lockReason: this.db ? null : this.lockReason,
      erased: this.state === 'uninitialized' ? readErased(this.deps.dataDir) : null,
      keychainReauth: keychainSecretOf(keyFile) !== null,
      keychainSecret: keychainSecretOf(keyFile),
    };
  }

  /** First run: makes a random data key, protects it as asked, creates the database. */
  async setup(choice: { protection: 'passphrase'; passphrase: string } | { protection: 'keychain'; unlockSecret: string }): Promise<void> {
    if (this.state !== 'uninitialized') {
      throw new CoreError('INVALID_INPUT', 'The local cache is already set up.');
    }
    const key = randomBytes(32);
    let wrap: KeyFile['wrap'];
    if (choice.protection === 'passphrase') {
      wrap = await wrapWithPassphrase(key, choice.passphrase, this.deps.scryptCost ?? DEFAULT_SCRYPT_COST);
    } else {
      const keychain = this.deps.keychain;
      if (!keychain || !(await keychain.status()).usable) {
        throw new CoreError('INVALID_INPUT', 'No secure system keychain is available here; choose a passphrase.');
      }
      wrap = await wrapWithKeychain(key, keychain);
    }
    // The keychain opens with the OS session; the person proves it is them with a secret of their own.
    const unlockSecretVerifier =
      choice.protection === 'keychain' ? await makeSecretVerifier(choice.unlockSecret, this.deps.scryptCost ?? DEFAULT_SCRYPT_COST) : null;
    // Remove leftovers of an earlier cache whose key file was lost: they can never be read.
    this.removeDataFiles();
    clearErased(this.deps.dataDir);
    writeKeyFile(this.deps.dataDir, {
      format: 1,
      createdAt: this.deps.clock.now().toISOString(),
      wrap,
      failedAttempts: 0,
      lastFailedAt: null,
      failedAt: [],
      refusedAt: [],
      unlockSecretVerifier,
      accountVerifier: null,
    });
    this.open(key, (db) => recordAudit(db, [{ at: this.deps.clock.now(), action: 'cache.set-up', detail: { protection: choice.protection } }]));
    this.deps.log.info('cache set up', { protection: choice.protection });
  }

  /**
   * Unlocks with the passphrase (or, with the keychain, the local unlock secret). Attempts run one at
   * a time and each is counted in the key file before the slow key derivation, so a burst of
   * guesses is counted whole and the throttle refuses those past the limit; every attempt, refused
   * ones too, reaches the audit trail at the next unlock.
   */
  unlock(passphrase: string | undefined, reauth: Omit<UnlockSecrets, 'passphrase'> = {}): Promise<void> {
    const secrets: UnlockSecrets = { passphrase, ...reauth };
    const attempt = this.unlocking.then(() => this.attemptUnlock(secrets));
    this.unlocking = attempt.catch(() => {});
    return attempt;
  }

  private async attemptUnlock(secrets: UnlockSecrets): Promise<void> {
    if (this.db) return;
    const keyFile = this.readKeyFileSafe();
    if (!keyFile) throw new CoreError('CACHE_LOCKED', 'The local cache is not set up yet.');
    this.requireSecret(keyFile, secrets);
    const at = this.deps.clock.now().toISOString();
    const wait = this.retryAfterSeconds(keyFile);
    if (wait > 0) {
      writeKeyFile(this.deps.dataDir, { ...keyFile, refusedAt: [...keyFile.refusedAt, at].slice(-MAX_ATTEMPTS_KEPT) });
      throw new CoreError('CACHE_LOCKED', `Too many wrong attempts. Try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}.`);
    }
    const failedAttempts = keyFile.failedAttempts + 1;
    const counted: KeyFile = { ...keyFile, failedAttempts, lastFailedAt: at, failedAt: [...keyFile.failedAt, at].slice(-MAX_ATTEMPTS_KEPT) };
    writeKeyFile(this.deps.dataDir, counted);
    let key: Buffer | null;
    try {
      key = await this.unwrap(keyFile, secrets);
    } catch (error) {
      // Not a wrong secret (the keychain is unavailable…): the attempt is not held against the expert.
      writeKeyFile(this.deps.dataDir, keyFile);
      throw error;
    }
    if (!key) {
      this.deps.log.warn('cache unlock failed', { failedAttempts });
      this.notifyChange();
      const what = keychainSecretOf(keyFile) === 'unlock-secret' ? 'unlock secret' : keyFile.wrap.protection === 'keychain' ? 'password' : 'passphrase';
      throw new CoreError('CACHE_LOCKED', `The ${what} is not correct (${failedAttempts} failed ${failedAttempts === 1 ? 'attempt' : 'attempts'}).`);
    }
    // The attempts since the last unlock go to the audit trail now that it can be written.
    this.open(key, (db) =>
      recordAudit(db, [
        ...keyFile.failedAt.map((t) => ({ at: new Date(t), action: 'cache.unlock-failed' as const })),
        ...keyFile.refusedAt.map((t) => ({ at: new Date(t), action: 'cache.unlock-refused' as const })),
        { at: this.deps.clock.now(), action: 'cache.unlocked', detail: { protection: keyFile.wrap.protection } },
      ]),
    );
    writeKeyFile(this.deps.dataDir, { ...keyFile, failedAttempts: 0, lastFailedAt: null, failedAt: [], refusedAt: [] });
    this.deps.log.info('cache unlocked', { protection: keyFile.wrap.protection });
  }

  /** A missing secret is a form error, not an attempt. */
  private requireSecret(keyFile: KeyFile, secrets: UnlockSecrets): void {
    if (keyFile.wrap.protection === 'passphrase' && secrets.passphrase === undefined)
      throw new CoreError('INVALID_INPUT', 'Enter your passphrase to unlock the local cache.');
    const asked = keychainSecretOf(keyFile);
    if (asked === 'unlock-secret' && secrets.unlockSecret === undefined)
      throw new CoreError('INVALID_INPUT', 'Enter your unlock secret to unlock the local cache.');
    if (asked === 'platform-password' && secrets.password === undefined) {
      throw new CoreError('INVALID_INPUT', 'Enter your platform password to unlock the local cache.');
    }
  }

  /** Closes the database after the writes already queued, and wipes the key from memory. */
  async lock(reason: LockReason = 'expert'): Promise<void> {
    if (this.db) this.lockReason = reason;
    await this.queue.run(() => {
      this.db?.close();
      this.db = null;
      this.key?.fill(0);
      this.key = null;
    });
    this.notifyChange();
  }

  /** Destroys the local cache (see `destroy`). The platform keeps the cases. */
  async reset(): Promise<void> {
    await this.destroy();
    this.deps.log.warn('cache reset');
    this.notifyChange();
  }

  /** Destroys the local cache for a reason the next start must tell (revocation, sign-out). */
  async erase(reason: EraseReason): Promise<void> {
    await this.destroy();
    writeErased(this.deps.dataDir, { reason, at: this.deps.clock.now().toISOString() });
    this.deps.log.warn('cache erased', { reason });
    this.notifyChange();
  }

  /** The open database, for reads. Throws CACHE_LOCKED while locked. */
  /** Calls `listener` after every change of state (set up, unlocked, locked, erased) and after a commit that changed the outbox. */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private notifyChange(): void {
    for (const listener of this.changeListeners) listener();
  }

  database(): CacheDatabase {
    if (!this.db) throw new CoreError('CACHE_LOCKED', 'The local case cache is locked. Unlock it to continue.');
    return this.db;
  }

  /** Runs `mutation` in one transaction, after every write queued before it. */
  write<T>(mutation: (db: CacheDatabase) => T): Promise<T> {
    return this.queue.run(() => {
      const db = this.database();
      const result = db.transaction(mutation)(db);
      this.afterCommit(db);
      return result;
    });
  }

  /** The outbox notes its own changes; after a commit that made some, the unsynced summary follows. */
  private afterCommit(db: CacheDatabase): void {
    if (!takeOutboxChange(db)) return;
    writeUnsyncedSummary(this.deps.dataDir, summarizeOutbox(db));
    this.notifyChange();
  }

  private open(key: Buffer, record: (db: CacheDatabase) => void): void {
    const db = openEncryptedDatabase(join(this.deps.dataDir, 'cache.db'), key, { nativeBinding: this.deps.nativeBinding });
    try {
      migrate(db);
      db.transaction(record)(db);
      // Before sync starts writing: what a crash left in the vault with no row to name it goes.
      const referenced = new Set(db.prepare<[], string>('SELECT vault_file FROM attachments WHERE vault_file IS NOT NULL').pluck().all());
      const removed = this.vault.removeUnreferenced(referenced);
      if (removed > 0) this.deps.log.info('vault files left by an interruption removed', { count: removed });
      writeUnsyncedSummary(this.deps.dataDir, summarizeOutbox(db));
    } catch (error) {
      db.close();
      key.fill(0);
      throw error;
    }
    this.db = db;
    this.key = key;
    this.notifyChange();
  }

  /** The data key, or null when the passphrase (or, with the keychain, the unlock secret) is wrong. */
  private async unwrap(keyFile: KeyFile, secrets: UnlockSecrets): Promise<Buffer | null> {
    const { wrap } = keyFile;
    if (wrap.protection === 'passphrase') {
      if (secrets.passphrase === undefined) throw new CoreError('INVALID_INPUT', 'Enter your passphrase to unlock the local cache.');
      return unwrapWithPassphrase(wrap, secrets.passphrase);
    }
    // Something the person knows first: the keychain alone opens for anyone at this OS session.
    const verifier = keyFile.unlockSecretVerifier ?? keyFile.accountVerifier;
    const given = keyFile.unlockSecretVerifier ? secrets.unlockSecret : secrets.password;
    if (verifier) {
      if (given === undefined) throw new CoreError('INVALID_INPUT', 'Enter your unlock secret to unlock the local cache.');
      if (!(await checkSecretVerifier(verifier, given))) return null;
    }
    const keychain = this.deps.keychain;
    const status = await keychain?.status();
    if (!keychain || !status?.usable) {
      throw new CoreError(
        'CACHE_LOCKED',
        'The local cache is protected by the system keychain, which is not available now. Reset the local cache and sync again.',
      );
    }
    if (status.backend !== wrap.backend) {
      throw new CoreError(
        'CACHE_LOCKED',
        `The system keychain changed (was ${wrap.backend}, now ${status.backend}), so it cannot open the local cache. Reset the local cache and sync again.`,
      );
    }
    try {
      return Buffer.from(await keychain.decrypt(Buffer.from(wrap.sealedKey, 'base64')));
    } catch {
      throw new CoreError('CACHE_LOCKED', 'The system keychain could not open the local cache. Reset the local cache and sync again.');
    }
  }

  private retryAfterSeconds(keyFile: KeyFile): number {
    const extra = keyFile.failedAttempts - FREE_ATTEMPTS;
    if (extra < 0 || !keyFile.lastFailedAt) return 0;
    const wait = Math.min(MAX_WAIT_SECONDS, 2 ** extra);
    const elapsed = (this.deps.clock.now().getTime() - Date.parse(keyFile.lastFailedAt)) / 1000;
    return Math.max(0, Math.ceil(wait - elapsed));
  }

  private readKeyFileSafe(): KeyFile | null {
    try {
      return readKeyFile(this.deps.dataDir);
    } catch {
      throw new CoreError('CACHE_LOCKED', 'The key file of the local cache is damaged. Reset the local cache and sync again.');
    }
  }

  private counts(db: CacheDatabase) {
    const count = (table: string) => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
    return { cases: count('cases'), attachments: count('attachments'), outbox: count('outbox') };
  }

  private sizeOnDisk(): number {
    const files = DB_FILES.map((f) => join(this.deps.dataDir, f)).filter((f) => existsSync(f));
    return files.reduce((sum, f) => sum + statSync(f).size, 0) + this.vault.sizeOnDisk();
  }

  /**
   * Crypto-erase: the key file is overwritten and removed first (without it the database and the
   * vault are unreadable noise, even where the disk keeps old blocks), then the data files go.
   */
  private async destroy(): Promise<void> {
    await this.lock();
    shredFile(keyFilePath(this.deps.dataDir));
    this.removeDataFiles();
  }

  private removeDataFiles(): void {
    for (const file of DB_FILES) rmSync(join(this.deps.dataDir, file), { force: true });
    this.vault.destroyAll();
    removeUnsyncedSummary(this.deps.dataDir);
  }
}

/** The secrets an unlock may be given; which one counts depends on how the cache is protected. */
export interface UnlockSecrets {
  passphrase?: string | undefined;
  unlockSecret?: string | undefined;
  password?: string | undefined;
}

/** What a keychain unlock asks the person for: the unlock secret, the platform password (older caches), or nothing. */
function keychainSecretOf(keyFile: KeyFile | null): 'unlock-secret' | 'platform-password' | null {
  if (keyFile?.wrap.protection !== 'keychain') return null;
  if (keyFile.unlockSecretVerifier) return 'unlock-secret';
  return keyFile.accountVerifier ? 'platform-password' : null;
}
