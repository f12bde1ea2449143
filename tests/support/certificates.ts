// Certificates for the signature tests, made with node-forge as a certification authority would:
// a root, an expert's certificate issued by it (RSA keys from node:crypto), and the expert's
// PKCS#12 file as an issuer hands it over.
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface TestAuthority {
  certificate: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  pem: string;
}

let serial = 1;

function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

function certificate(subject: string, publicKey: forge.pki.rsa.PublicKey, validity: { from: Date; to: Date }) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive INTEGER in its minimal encoding (a leading zero byte is refused by OpenSSL).
  cert.serialNumber = `7${(serial++).toString(16).padStart(7, '0')}`;
  cert.validity.notBefore = validity.from;
  cert.validity.notAfter = validity.to;
  // A UTF8String (node-forge encodes the text itself), so that names keep their accents; its
  // typings call the tag a class, hence the assignment.
  const commonName: forge.pki.CertificateField = { name: 'commonName', value: subject };
  Object.assign(commonName, { valueTagClass: forge.asn1.Type.UTF8 });
  cert.setSubject([commonName]);
  return cert;
}

const years = (n: number) => ({ from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + n * 365 * 86_400_000) });

export function testAuthority(name = 'Test Health Certification Authority'): TestAuthority {
  const keys = rsaKeys();
  const cert = certificate(name, keys.publicKey, years(10));
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certificate: cert, key: keys.privateKey, pem: forge.pki.certificateToPem(cert) };
}

/** A PKCS#12 file for `holder`, issued by `authority`, locked with `password`. */
export function expertPkcs12(authority: TestAuthority, holder: string, password: string, validity = years(2)): Uint8Array {
  const keys = rsaKeys();
  const cert = certificate(holder, keys.publicKey, validity);
  cert.setIssuer(authority.certificate.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
  ]);
  cert.sign(authority.key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, authority.certificate], password, { algorithm: '3des' });
  return Uint8Array.from(forge.asn1.toDer(p12).getBytes(), (c) => c.charCodeAt(0));
}

/** A PKCS#12 file holding only certificates (an export without the key). */
export function certificatesOnlyPkcs12(authority: TestAuthority, password: string): Uint8Array {
  const p12 = forge.pkcs12.toPkcs12Asn1(null, [authority.certificate], password, { algorithm: '3des' });
  return Uint8Array.from(forge.asn1.toDer(p12).getBytes(), (c) => c.charCodeAt(0));
}
