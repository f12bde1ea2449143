// The expert's signing certificate: imported from a PKCS#12 file (read in the worker thread: a file's
// key derivation must not hold core's thread), or, on a demonstration platform that offers it,
// issued at sign-in for a key made here (only the certificate request leaves this computer). Kept
// in the encrypted cache; the report service signs with it.
import { webcrypto } from 'node:crypto';
// @peculiar/x509 resolves its parts through tsyringe, which needs the Reflect metadata API first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import type { SigningFileProblem, SigningStatus } from '../../../contract';
import type { CaseCache } from '../cache/case-cache';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import type { AuditTrail } from '../security/audit-trail';
import { offThread } from '../work/off-thread';
import { CoreError } from '../rpc/core-error';
import { readSession } from '../sync/session-store';
import { PlatformClient } from '../sync/platform-client';
import { discoveryOf } from '../sync/platform-discovery';
import { IssuedCertificate } from '../../../shared/platform-api/practice';
import { describeIdentity, identityOf, type SigningIdentity } from './signing-identity';
import { deleteIdentity, readIdentity, writeIdentity, type StoredIdentity } from './signing-store';

export interface SigningServiceDeps {
  cache: CaseCache;
  clock: Clock;
  audit: AuditTrail;
  log: Logger;
  changed: (status: SigningStatus) => void;
}

/** Where a demonstration platform issues certificates, and what it answers. */
export const SIGNING_CERTIFICATE_PATH = '/api/v1/experts/me/signing-certificate';

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

export class SigningService {
  constructor(private readonly deps: SigningServiceDeps) {}

  status(): SigningStatus {
    const stored = readIdentity(this.deps.cache.database());
    return { certificate: stored ? describeIdentity(stored.identity, stored.source) : null };
  }

  /** The identity reports are signed with now, or null (signed by name only). */
  identity(): SigningIdentity | null {
    return readIdentity(this.deps.cache.database())?.identity ?? null;
  }

  async import(pkcs12Base64: string, password: string): Promise<SigningStatus & { problem: SigningFileProblem | null }> {
    const file = new Uint8Array(Buffer.from(pkcs12Base64, 'base64'));
    const read = await offThread('signing.readPkcs12', { file, password, now: this.deps.clock.now().toISOString() });
    if (!read.identity) return { ...this.status(), problem: read.problem };
    return { ...(await this.keep({ identity: read.identity, source: 'imported' })), problem: null };
  }

  async remove(): Promise<SigningStatus> {
    await this.deps.cache.write((db) => deleteIdentity(db));
    await this.deps.audit.record('signing.certificate-removed');
    return this.announce();
  }

  /**
   * After a sign-in: a demonstration platform that issues certificates gives one for a key made
   * here, if no certificate is held yet. Best effort: without it, reports are signed by name.
   */
  async afterSignIn(): Promise<void> {
    if (this.deps.cache.state !== 'unlocked' || readIdentity(this.deps.cache.database())) return;
    const session = readSession(this.deps.cache.database());
    if (!session) return;
    try {
      const discovery = await discoveryOf(session.platformUrl);
      if (!discovery?.issuesSigningCertificates) return;
      const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
      const request = await x509.Pkcs10CertificateRequestGenerator.create({ name: [{ CN: [session.displayName] }], keys, signingAlgorithm: KEY_ALGORITHM });
      const client = new PlatformClient(session.platformUrl, this.deps.cache, () => this.deps.clock.now().getTime());
      const issued = IssuedCertificate.parse(
        await client.json('POST', SIGNING_CERTIFICATE_PATH, { body: { csr: request.toString('pem') }, signal: AbortSignal.timeout(15_000) }),
      );
      const keyPkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
      const chain = [issued.certificate, ...issued.chain].map((pem) => new Uint8Array(new x509.X509Certificate(pem).rawData));
      // The certificate must be for the key made here, and valid now.
      await this.keep({ identity: identityOf(keyPkcs8, chain, this.deps.clock.now()), source: 'platform' });
    } catch (error) {
      this.deps.log.warn('no signing certificate from the platform', {
        reason: error instanceof CoreError ? error.code : error instanceof Error ? error.name : 'error',
      });
    }
  }

  private async keep(stored: StoredIdentity): Promise<SigningStatus> {
    await this.deps.cache.write((db) => writeIdentity(db, stored, this.deps.clock.now()));
    const { fingerprint } = describeIdentity(stored.identity, stored.source);
    await this.deps.audit.record('signing.certificate-added', null, { fingerprint, source: stored.source });
    return this.announce();
  }

  private announce(): SigningStatus {
    const status = this.status();
    this.deps.changed(status);
    return status;
  }
}
