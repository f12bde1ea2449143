// The report's electronic signature checked by an independent verifier: poppler's pdfsig reads the
// PAdES signature (valid, the expert as signer, the whole document covered) and finds a changed byte.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { signPdf } from '../../src-main/core/signing/pdf-signature';
import { CertificateFileError, describeIdentity, readPkcs12 } from '../../src-main/core/signing/signing-identity';
import { sameName } from '../../src-renderer/src/features/signing/same-name';
import { certificatesOnlyPkcs12, expertPkcs12, testAuthority } from '../support/certificates';
import { makeTempDir } from '../support/temp-dir';

async function letter(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Second avis médical', { x: 56, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

function pdfsig(bytes: Uint8Array): string {
  const dir = makeTempDir();
  const file = join(dir.path, 'signed.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    // pdfsig exits non-zero on an invalid signature; its report is still on stdout.
    return String((error as { stdout?: unknown }).stdout ?? '');
  } finally {
    dir.remove();
  }
}

const authority = testAuthority();
const now = new Date();

describe('PAdES signature of a report', () => {
  it('is valid for pdfsig, names the expert, covers the whole document, and a changed byte breaks it', async () => {
    const identity = readPkcs12(expertPkcs12(authority, 'Dr Łucja Kowalska-Dupré', 'secret-1'), 'secret-1', now);
    const signingTime = new Date('2026-12-06T10:00:00Z');
    const signed = await signPdf(await letter(), identity, {
      name: 'Dr Łucja Kowalska-Dupré',
      reason: 'Second avis médical',
      location: 'SMO',
      contactInfo: '',
      signingTime,
    });
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: Dr Łucja Kowalska-Dupré');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');

    // One byte of the page's text changed: the digest no longer matches.
    const text = Buffer.from(signed);
    const at = text.indexOf('/MediaBox');
    expect(at).toBeGreaterThan(0);
    const tampered = new Uint8Array(text);
    tampered[at + 1] = 'N'.charCodeAt(0);
    const broken = pdfsig(tampered);
    expect(broken).not.toContain('Signature is Valid');
    expect(broken).toMatch(/Digest Mismatch|Signature is Invalid/);
  });

  it('reads a PKCS#12 file: the holder, the issuer and the validity; refuses a wrong password, a file without a key, an expired certificate', () => {
    const file = expertPkcs12(authority, 'Dr Claire Martin', 'pass-2');
    const identity = readPkcs12(file, 'pass-2', now);
    expect(identity.chain).toHaveLength(2);
    const described = describeIdentity(identity, 'imported');
    expect(described).toMatchObject({ holder: 'Dr Claire Martin', issuer: 'Test Health Certification Authority', source: 'imported' });
    expect(described.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    const problem = (file: Uint8Array, password: string) => {
      try {
        readPkcs12(file, password, now);
        return null;
      } catch (error) {
        return error instanceof CertificateFileError ? error.problem : error;
      }
    };
    expect(problem(file, 'wrong')).toEqual({ kind: 'wrong-password', date: null });
    expect(problem(new TextEncoder().encode('%PDF-1.7 not a certificate'), 'x')).toEqual({ kind: 'not-pkcs12', date: null });
    expect(problem(certificatesOnlyPkcs12(authority, 'p'), 'p')).toEqual({ kind: 'no-key', date: null });
    const expired = expertPkcs12(authority, 'Dr Old', 'p', { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2021-01-01T00:00:00Z') });
    expect(problem(expired, 'p')).toEqual({ kind: 'expired', date: '2021-01-01T00:00:00.000Z' });
  });
});

describe('a certificate in the signed-in expert’s name', () => {
  it('is the same name whatever the case, accents, titles and word order; another person is not', () => {
    expect(sameName('Dr Claire Martin', 'MARTIN Claire')).toBe(true);
    expect(sameName('Pr Hélène Łukasiewicz', 'helene łukasiewicz')).toBe(true);
    expect(sameName('Dr Claire Martin', 'Dr Claire Martin-Durand')).toBe(false);
    expect(sameName('Dr Claire Martin', 'Dr Hélène Łukasiewicz')).toBe(false);
  });
});
