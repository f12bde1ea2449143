// Signs a PDF as PAdES baseline B with @signpdf: its pdf-lib placeholder adds the signature field and
// dictionary (SubFilter ETSI.CAdES.detached, /M the signing time, the signer's name and the reason),
// then the bytes around the /Contents gap are signed with the CMS of cms-signature.ts. Runs in
// core's worker thread, with the report's layout.
import { PDFDocument } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED, Signer } from '@signpdf/utils';
import { cmsSignature } from './cms-signature';
import type { SigningIdentity } from './signing-identity';

export interface SignatureDetails {
  /** The signer, as the signature dictionary names them (the certificate says who they are). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

class PadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(await cmsSignature(pdfBuffer, this.identity));
  }
}

/** The room the signature needs: the certificates it carries, plus the signature and its attributes. */
function signatureRoom(identity: SigningIdentity): number {
  return Math.max(8192, identity.chain.reduce((sum, der) => sum + der.length, 0) + 4096);
}

export async function signPdf(pdf: Uint8Array, identity: SigningIdentity, details: SignatureDetails): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    name: details.name,
    reason: details.reason,
    location: details.location,
    contactInfo: details.contactInfo,
    signingTime: details.signingTime,
    signatureLength: signatureRoom(identity),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'SMO Expert Workstation',
  });
  // No object streams: the placeholder's ByteRange must be found in plain text.
  const prepared = await doc.save({ useObjectStreams: false });
  const signed = await new SignPdf().sign(Buffer.from(prepared), new PadesSigner(identity), details.signingTime);
  return new Uint8Array(signed);
}
