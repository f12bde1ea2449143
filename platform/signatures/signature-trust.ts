// Whom the platform trusts to sign reports: its own demonstration authority when it issues
// certificates, and the authorities it was given (`--trust` on the command line).
import type * as pkijs from 'pkijs';
import type { PlatformDb } from '../db';
import { DemoAuthority } from './demo-authority';
import { trustedCertificates } from './report-signature';

export interface SigningOptions {
  /** A demonstration platform issues its experts' signing certificates (it is their authority). */
  issueCertificates: boolean;
  /** DER certificates of the other authorities whose certificates may sign reports. */
  trusted?: Uint8Array[] | undefined;
}

export class SignatureTrust {
  readonly authority: DemoAuthority | null;

  constructor(
    db: PlatformDb,
    private readonly options: SigningOptions | undefined,
  ) {
    this.authority = options?.issueCertificates ? new DemoAuthority(db) : null;
  }

  async trusted(): Promise<pkijs.Certificate[]> {
    const own = this.authority ? [new Uint8Array((await this.authority.root()).rawData)] : [];
    return trustedCertificates([...own, ...(this.options?.trusted ?? [])]);
  }
}
