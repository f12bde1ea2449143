// The expert's electronic signature (`signing.*`): the certificate reports are signed with, imported
// once from a PKCS#12 file or issued by a demonstration platform, kept encrypted in the cache.
import { z } from 'zod';
import { type CallTable, NoInput } from './common';

/** What the workstation shows of the signing certificate (never the key). */
export const SigningCertificate = z.object({
  /** The certificate's holder (its common name), as the signature names them. */
  holder: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  /** SHA-256 fingerprint, colon-separated hex, to compare with what the issuer gave. */
  fingerprint: z.string(),
  /** `imported`: a PKCS#12 file; `platform`: issued at sign-in by a demonstration platform. */
  source: z.enum(['imported', 'platform']),
});
export type SigningCertificate = z.infer<typeof SigningCertificate>;

/** Without a certificate reports are signed by name only, and say they are not electronically signed. */
export const SigningStatus = z.object({ certificate: SigningCertificate.nullable() });
export type SigningStatus = z.infer<typeof SigningStatus>;

/** Why a certificate file was not imported (`date`: when it expired, or when it becomes valid). */
export const SIGNING_FILE_PROBLEMS = ['wrong-password', 'not-pkcs12', 'no-key', 'no-certificate', 'expired', 'not-yet-valid', 'unsupported-key'] as const;
export const SigningFileProblem = z.object({ kind: z.enum(SIGNING_FILE_PROBLEMS), date: z.string().nullable() });
export type SigningFileProblem = z.infer<typeof SigningFileProblem>;

/** A PKCS#12 file, base64 (certificate files are a few kilobytes). */
export const PKCS12_MAX_BASE64 = 256 * 1024;

export const signingMethods = {
  'signing.status': { input: NoInput, output: SigningStatus },
  /** Imports a PKCS#12 (.p12, .pfx) file with its password; replaces the certificate held. */
  'signing.import': {
    input: z.object({ pkcs12: z.string().min(1).max(PKCS12_MAX_BASE64).base64(), password: z.string().max(1024) }).strict(),
    /** The certificate held after the import; `problem`: why the file was not imported (the certificate held is unchanged). */
    output: SigningStatus.extend({ problem: SigningFileProblem.nullable() }),
  },
  'signing.remove': { input: z.object({ confirm: z.literal(true) }).strict(), output: SigningStatus },
} as const satisfies CallTable;

export const signingEvents = {
  /** The certificate changed (imported, removed, or issued at sign-in). */
  'signing.changed': SigningStatus,
} as const satisfies Record<string, z.ZodType>;
