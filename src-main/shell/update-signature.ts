// Updates are verified before they may run: each published file has a detached Ed25519 signature
// (`<file>.sig`, base64) over a manifest of its name and SHA-512, made with the publisher's
// release key; the app pins the public half. TLS protects the feed's transport, not its content:
// a compromised feed or mirror cannot get a file installed without the release key. Pure Node
// (no Electron), so signing, verifying and refusing are unit-tested.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

/** What is signed: the format, the file's own name (a signature is not reused for another file) and its digest. */
export function updateManifest(fileName: string, sha512Hex: string): Buffer {
  return Buffer.from(`smo-workstation-update-v1\n${fileName}\n${sha512Hex}\n`, 'utf8');
}

async function sha512Of(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The base64 signature to publish beside `path`, as `<file>.sig`. */
export async function signUpdateFile(path: string, privateKeyPem: string): Promise<string> {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('The release key must be an Ed25519 key.');
  return sign(null, updateManifest(basename(path), await sha512Of(path)), key).toString('base64');
}

export type UpdateVerdict = { ok: true } | { ok: false; reason: 'no-signature' | 'bad-signature' | 'wrong-key-type' };

/** Whether `path` carries a valid signature by the holder of `publicKeyPem`. */
export async function verifyUpdateFile(path: string, signatureBase64: string | null, publicKeyPem: string): Promise<UpdateVerdict> {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    return { ok: false, reason: 'wrong-key-type' };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: 'wrong-key-type' };
  const signature = signatureBase64 === null ? null : Buffer.from(signatureBase64.trim(), 'base64');
  if (!signature || signature.length !== 64) return { ok: false, reason: signature ? 'bad-signature' : 'no-signature' };
  const valid = verify(null, updateManifest(basename(path), await sha512Of(path)), key, signature);
  return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
}

/** The signature published beside a downloaded file, fetched over https without redirects; null if there is none. */
export async function fetchUpdateSignature(feedUrl: string, fileName: string, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  const url = new URL(`${encodeURIComponent(fileName)}.sig`, feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`);
  try {
    const response = await fetchImpl(url, { redirect: 'error', signal: AbortSignal.timeout(30_000) });
    if (!response.ok) return null;
    const text = await response.text();
    return text.length <= 200 ? text : null;
  } catch {
    return null;
  }
}
