// The demonstration platform as a certification authority (@peculiar/x509): a root made once and
// kept in the platform's database, which issues an expert a signing certificate for the key their
// workstation made (from its PKCS#10 request, whose own signature is checked). A real platform
// trusts the health sector's authorities instead; this one exists so the demo signs for real.
import { randomBytes, webcrypto } from 'node:crypto';
// @peculiar/x509 resolves its parts through tsyringe, which needs the Reflect metadata API first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import type { PlatformDb } from '../db';
import { HttpProblem } from '../http';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
const serial = () => `01${randomBytes(15).toString('hex')}`;

interface Authority {
  certificate: x509.X509Certificate;
  key: webcrypto.CryptoKey;
}

export class DemoAuthority {
  private authority: Promise<Authority> | null = null;

  constructor(private readonly db: PlatformDb) {
    db.exec('CREATE TABLE IF NOT EXISTS signing_authority (id INTEGER PRIMARY KEY CHECK (id = 1), key_pkcs8 BLOB NOT NULL, certificate_der BLOB NOT NULL)');
  }

  /** The root certificate (made on first use, then read back: signatures made before a restart still verify). */
  async root(): Promise<x509.X509Certificate> {
    return (await this.load()).certificate;
  }

  /** A one-year signing certificate for the key in `csrPem`, in the expert's name. */
  async issue(csrPem: string, holder: string): Promise<{ certificate: string; chain: string[] }> {
    let request: x509.Pkcs10CertificateRequest;
    try {
      request = new x509.Pkcs10CertificateRequest(csrPem);
    } catch {
      throw new HttpProblem(400, 'INVALID_REQUEST', 'The certificate request is not a PKCS#10 request.');
    }
    if (!(await request.verify())) throw new HttpProblem(400, 'INVALID_REQUEST', 'The certificate request is not signed by its key.');
    const ca = await this.load();
    const now = Date.now();
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: serial(),
      subject: [{ CN: [holder] }],
      issuer: ca.certificate.subject,
      notBefore: new Date(now - DAY_MS),
      notAfter: new Date(now + 365 * DAY_MS),
      signingAlgorithm: ALGORITHM,
      publicKey: request.publicKey,
      signingKey: ca.key,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
        await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
        await x509.SubjectKeyIdentifierExtension.create(request.publicKey),
      ],
    });
    return { certificate: certificate.toString('pem'), chain: [ca.certificate.toString('pem')] };
  }

  private load(): Promise<Authority> {
    this.authority ??= this.readOrCreate();
    return this.authority;
  }

  private async readOrCreate(): Promise<Authority> {
    const row = this.db.prepare<[], { key_pkcs8: Buffer; certificate_der: Buffer }>('SELECT key_pkcs8, certificate_der FROM signing_authority').get();
    if (row) {
      const key = await webcrypto.subtle.importKey('pkcs8', row.key_pkcs8, ALGORITHM, false, ['sign']);
      return { certificate: new x509.X509Certificate(new Uint8Array(row.certificate_der)), key };
    }
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const now = Date.now();
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serial(),
      name: [{ CN: ['SMO Demo Certification Authority'] }, { O: ['SMO reference platform (demonstration)'] }],
      notBefore: new Date(now - DAY_MS),
      notAfter: new Date(now + 10 * 365 * DAY_MS),
      signingAlgorithm: ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
    this.db.prepare('INSERT INTO signing_authority (id, key_pkcs8, certificate_der) VALUES (1, ?, ?)').run(pkcs8, Buffer.from(certificate.rawData));
    return { certificate, key: keys.privateKey };
  }
}
