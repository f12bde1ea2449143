// The signature a report's PDF carries: a detached CMS SignedData as PAdES baseline B asks
// (ETSI EN 319 142-1, CAdES signed attributes of EN 319 122-1): content type, message digest and the
// ESS signing-certificate-v2 binding the signer's certificate, signed with SHA-256; no signing-time
// attribute (PAdES takes the time from the signature dictionary's /M). Built with PKI.js, as
// @signpdf's own P12 signer (node-forge) cannot add the signing-certificate-v2 attribute.
import { createHash, createPrivateKey, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SigningIdentity } from './signing-identity';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The Web Crypto parameters for the identity's key (RSA, or ECDSA on P-256/P-384/P-521). */
function keyAlgorithm(keyPkcs8: Uint8Array): webcrypto.RsaHashedImportParams | webcrypto.EcKeyImportParams {
  const key = createPrivateKey({ key: Buffer.from(keyPkcs8), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType === 'rsa') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const named = curve === 'prime256v1' ? 'P-256' : curve === 'secp384r1' ? 'P-384' : curve === 'secp521r1' ? 'P-521' : null;
    if (named) return { name: 'ECDSA', namedCurve: named };
  }
  throw new Error(`unsupported signing key (${key.asymmetricKeyType ?? 'unknown'})`);
}

/** ESS SigningCertificateV2 with the certificate's SHA-256 hash (the default algorithm, left out) and its issuer and serial. */
function signingCertificateV2(certificate: pkijs.Certificate, der: Uint8Array): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] }).toSchema(),
      new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const certHash = new asn1js.OctetString({ valueHex: arrayBuffer(createHash('sha256').update(der).digest()) });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [certHash, issuerSerial] })] })] });
}

/** The DER of a detached CMS signature over `content` (the PDF's signed byte ranges). */
export async function cmsSignature(content: Uint8Array, identity: SigningIdentity): Promise<Uint8Array> {
  const [signerDer, ...rest] = identity.chain;
  if (!signerDer) throw new Error('the signing identity has no certificate');
  const signer = pkijs.Certificate.fromBER(signerDer);
  const algorithm = keyAlgorithm(identity.keyPkcs8);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', arrayBuffer(identity.keyPkcs8), algorithm, false, ['sign']);
  const digest = createHash('sha256').update(content).digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBuffer(digest) })] }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(signer, signerDer)] }),
          ],
        }),
      }),
    ],
    certificates: [signer, ...rest.map((der) => pkijs.Certificate.fromBER(der))],
  });
  // PKI.js's default engine is Node's Web Crypto (globalThis.crypto).
  await signedData.sign(privateKey, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
