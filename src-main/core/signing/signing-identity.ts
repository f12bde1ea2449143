// The expert's signing identity: a private key and its certificate chain, read from a PKCS#12 file
// (node-forge) or issued by a demonstration platform, and described for Settings. Errors say what
// is wrong with the file in the expert's terms (a wrong password, no key, an expired certificate).
import { X509Certificate, createPrivateKey } from 'node:crypto';
import forge from 'node-forge';
import type { SigningCertificate, SigningFileProblem } from '../../../contract';
import { CoreError } from '../rpc/core-error';

export interface SigningIdentity {
  /** The private key, PKCS#8 DER. */
  keyPkcs8: Uint8Array;
  /** DER certificates, the signer's first, then its issuers. */
  chain: Uint8Array[];
}

/** PKCS#12 bag types (RFC 7292). */
const BAG = { key: '1.2.840.113549.1.12.10.1.1', shroudedKey: '1.2.840.113549.1.12.10.1.2', certificate: '1.2.840.113549.1.12.10.1.3' };

/** A certificate file that cannot sign, and why (shown to the expert in their language). */
export class CertificateFileError extends Error {
  constructor(readonly problem: SigningFileProblem) {
    super(`certificate file refused: ${problem.kind}`);
  }
}
const refuse = (kind: SigningFileProblem['kind'], date: Date | null = null) => new CertificateFileError({ kind, date: date?.toISOString() ?? null });

const bytesOf = (binary: string) => Uint8Array.from(binary, (c) => c.charCodeAt(0));
const binaryOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('binary');

/** The identity a PKCS#12 (.p12, .pfx) file holds, opened with its password. */
export function readPkcs12(file: Uint8Array, password: string, now: Date): SigningIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.asn1.fromDer(binaryOf(file), false);
    p12 = forge.pkcs12.pkcs12FromAsn1(der, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw refuse(/password|mac|decrypt/i.test(message) ? 'wrong-password' : 'not-pkcs12');
  }
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBags = [...bags(BAG.shroudedKey), ...bags(BAG.key)];
  const key = keyBags.find((b) => b.key)?.key;
  if (!key) throw refuse('no-key');
  const certificates = bags(BAG.certificate).flatMap((b) => (b.cert ? [b.cert] : []));
  const keyPkcs8 = bytesOf(forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes());
  const ders = certificates.map((c) => bytesOf(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes()));
  return identityOf(keyPkcs8, ders, now);
}

/**
 * Orders the certificates signer first (the one whose public key matches the private key), then its
 * issuers, and checks the signer's is valid now.
 */
export function identityOf(keyPkcs8: Uint8Array, certificates: Uint8Array[], now: Date): SigningIdentity {
  const key = privateKeyOf(keyPkcs8);
  if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ec') throw refuse('unsupported-key');
  const parsed = certificates.map((der) => ({ der, x509: new X509Certificate(Buffer.from(der)) }));
  const signer = parsed.find((c) => c.x509.checkPrivateKey(key));
  if (!signer) throw refuse('no-certificate');
  const chain = [signer];
  for (let current = signer; ;) {
    const issuer = parsed.find((c) => !chain.includes(c) && current.x509.checkIssued(c.x509));
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  if (new Date(signer.x509.validTo) < now) throw refuse('expired', new Date(signer.x509.validTo));
  if (new Date(signer.x509.validFrom) > now) throw refuse('not-yet-valid', new Date(signer.x509.validFrom));
  return { keyPkcs8, chain: chain.map((c) => c.der) };
}

function privateKeyOf(keyPkcs8: Uint8Array) {
  return createPrivateKey({ key: Buffer.from(keyPkcs8), format: 'der', type: 'pkcs8' });
}

/** A distinguished name's common name (or the whole name when it has none). */
function commonName(name: string): string {
  return /^CN=(.+)$/m.exec(name)?.[1]?.trim() ?? name.replace(/\n/g, ', ');
}

/** What Settings shows of the identity: who holds it, who issued it, until when. */
export function describeIdentity(identity: SigningIdentity, source: SigningCertificate['source']): SigningCertificate {
  const [signer] = identity.chain;
  if (!signer) throw new CoreError('INTERNAL', 'The signing identity has no certificate.');
  const x509 = new X509Certificate(Buffer.from(signer));
  return {
    holder: commonName(x509.subject),
    issuer: commonName(x509.issuer),
    validFrom: new Date(x509.validFrom).toISOString(),
    validUntil: new Date(x509.validTo).toISOString(),
    fingerprint: x509.fingerprint256,
    source,
  };
}
