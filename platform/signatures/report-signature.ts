// What the platform checks in a report's PDF before it accepts the report: its one signature covers
// the whole file (nothing appended after signing), the CMS signature verifies over those bytes (the
// document is unchanged), and the signer's certificate chains to an authority the platform trusts
// (PKI.js). A PDF without a signature is a report signed by name only, accepted as such.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { signatureContents } from '../../shared/pdf-signature-contents';

export type SignatureCheck = { state: 'unsigned' } | { state: 'valid'; signer: string } | { state: 'invalid' | 'untrusted'; reason: string };

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const COMMON_NAME = '2.5.4.3';

const invalid = (reason: string): SignatureCheck => ({ state: 'invalid', reason });
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The certificates the platform trusts, from their DER. */
export function trustedCertificates(ders: Uint8Array[]): pkijs.Certificate[] {
  return ders.map((der) => pkijs.Certificate.fromBER(arrayBuffer(der)));
}

function commonName(certificate: pkijs.Certificate): string {
  const cn = certificate.subject.typesAndValues.find((t) => t.type === COMMON_NAME);
  return cn ? String(cn.value.valueBlock.value) : '';
}

/** The verifier's outcome, whether PKI.js resolves or rejects with its result. */
async function outcome(run: Promise<pkijs.SignedDataVerifyResult>): Promise<Partial<pkijs.SignedDataVerifyResult>> {
  try {
    return await run;
  } catch (error) {
    return typeof error === 'object' && error !== null ? (error as Partial<pkijs.SignedDataVerifyResult>) : {};
  }
}

export async function checkReportSignature(pdf: Uint8Array, trusted: pkijs.Certificate[]): Promise<SignatureCheck> {
  const found = signatureContents(pdf);
  if (found.state === 'unsigned') return { state: 'unsigned' };
  if (found.state === 'damaged') {
    return invalid(
      found.reason === 'several'
        ? 'The report holds more than one signature.'
        : found.reason === 'not-whole-file'
          ? 'The signature does not cover the whole document: something was added or removed after signing.'
          : 'The signature is damaged.',
    );
  }
  const parsed = asn1js.fromBER(arrayBuffer(found.cms));
  if (parsed.offset === -1) return invalid('The signature is damaged.');
  let signedData: pkijs.SignedData;
  try {
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== SIGNED_DATA) return invalid('The signature is not a CMS signature.');
    signedData = new pkijs.SignedData({ schema: info.content });
  } catch {
    return invalid('The signature is damaged.');
  }
  const data = arrayBuffer(found.signedBytes);
  const signature = await outcome(signedData.verify({ signer: 0, data, checkChain: false, extendedMode: true }));
  if (!signature.signatureVerified) return invalid('The document was changed after it was signed, or its signature does not match it.');
  const chain = await outcome(signedData.verify({ signer: 0, data, trustedCerts: trusted, checkChain: true, extendedMode: true }));
  const signer = signature.signerCertificate ? commonName(signature.signerCertificate) : '';
  if (!chain.signatureVerified || chain.signerCertificateVerified !== true) {
    return {
      state: 'untrusted',
      reason: `The signer's certificate (${signer || 'unnamed'}) is not issued by an authority this platform trusts, or is not valid.`,
    };
  }
  return { state: 'valid', signer };
}
