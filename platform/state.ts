// What every platform route shares: the database, the options, and the faults that dev controls
// arm for tests and demos (failures, lost responses, slow or cut downloads, corrupted bytes).
import type { PlatformDb } from './db';
import type { LoginThrottle } from './login-throttle';
import type { SignatureTrust, SigningOptions } from './signatures/signature-trust';
import type { IdentityProvider } from './identity/identity-provider';

export interface PlatformOptions {
  dataDir: string;
  devControls: boolean;
  accessTokenTtlSeconds: number;
  /** A demonstration platform (fictitious patients) offers its expert account in its discovery document, for the workstation to pre-fill. */
  demoAccount?: { email: string; password: string } | undefined;
  /** Report signatures: whether this platform issues certificates (a demo), and the authorities it trusts. */
  signing?: SigningOptions | undefined;
  /** How experts sign in: through the platform's OpenID provider (`oidc`), or with `/auth/login` (`password`, a platform without a provider). */
  signIn?: 'oidc' | 'password' | undefined;
}

export interface Faults {
  /** The next `count` API responses are replaced by this status (with Retry-After if given). */
  failNext: { count: number; status: number; retryAfterSeconds: number | null };
  /** The next `count` mutating requests are processed, then the connection drops before the answer. */
  dropAfterProcessing: number;
  /** Downloads: bytes per second (null: unthrottled), and a cut after that many bytes (null: none). */
  bytesPerSecond: number | null;
  cutAfterBytes: number | null;
  /** Attachment id → how many more downloads get one corrupted byte. */
  tampered: Map<string, number>;
  /** Every API connection is dropped without an answer, as when the network is down. */
  unreachable: boolean;
  /** The Range headers of the latest content requests (for tests of resumed downloads). */
  recentRanges: (string | null)[];
}

export interface PlatformState {
  db: PlatformDb;
  options: PlatformOptions;
  faults: Faults;
  logins: LoginThrottle;
  signatures: SignatureTrust;
  /** The OpenID provider, once the platform knows its address (with `signIn: 'oidc'`). */
  identity?: IdentityProvider;
}

export function noFaults(): Faults {
  return {
    failNext: { count: 0, status: 500, retryAfterSeconds: null },
    dropAfterProcessing: 0,
    bytesPerSecond: null,
    cutAfterBytes: null,
    tampered: new Map(),
    recentRanges: [],
    unreachable: false,
  };
}
