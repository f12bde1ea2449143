// Updates are installed only when signed by the release key the app pins: a tampered file, a
// signature made for another file, a missing signature or another key are all refused.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchUpdateSignature, signUpdateFile, verifyUpdateFile } from '../../src-main/shell/update-signature';
import { RELEASE_PUBLIC_KEY } from '../../src-main/shell/update-key';
import { makeTempDir } from '../support/temp-dir';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string };
};

describe('update signatures', () => {
  const dir = makeTempDir();
  const file = join(dir.path, 'SMO-Workstation-0.2.0.AppImage');
  writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 7));
  const release = pair();

  it('verify a file signed with the release key', async () => {
    const signature = await signUpdateFile(file, release.privateKey);
    expect(await verifyUpdateFile(file, signature, release.publicKey)).toEqual({ ok: true });
  });

  it('refuse a tampered file, another file’s signature, another key, no signature', async () => {
    const signature = await signUpdateFile(file, release.privateKey);
    const tampered = join(dir.path, 'tampered', 'SMO-Workstation-0.2.0.AppImage');
    mkdirSync(join(dir.path, 'tampered'));
    copyFileSync(file, tampered);
    const handle = await open(tampered, 'r+');
    await handle.write(Buffer.from([8]), 0, 1, 1_000_000);
    await handle.close();
    expect(await verifyUpdateFile(tampered, signature, release.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
    const renamed = join(dir.path, 'SMO-Workstation-9.9.9.AppImage');
    copyFileSync(file, renamed);
    expect(await verifyUpdateFile(renamed, signature, release.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(await verifyUpdateFile(file, signature, pair().publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(await verifyUpdateFile(file, null, release.publicKey)).toEqual({ ok: false, reason: 'no-signature' });
    expect(await verifyUpdateFile(file, 'bm90IGEgc2lnbmF0dXJl', release.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('pins an Ed25519 key in the app, which verifies nothing signed by another key', async () => {
    const signature = await signUpdateFile(file, pair().privateKey);
    expect(await verifyUpdateFile(file, signature, RELEASE_PUBLIC_KEY)).toEqual({ ok: false, reason: 'bad-signature' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(await verifyUpdateFile(file, signature, rsa)).toEqual({ ok: false, reason: 'wrong-key-type' });
  });

  it('fetch the signature published beside the file, and no redirect elsewhere', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/stable/SMO-Workstation-0.2.0.AppImage.sig') return void res.end('c2lnbmF0dXJl\n');
      if (req.url === '/stable/moved.AppImage.sig') return void res.writeHead(302, { Location: '/stable/SMO-Workstation-0.2.0.AppImage.sig' }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stable`;
    expect(await fetchUpdateSignature(feed, 'SMO-Workstation-0.2.0.AppImage')).toBe('c2lnbmF0dXJl\n');
    expect(await fetchUpdateSignature(feed, 'moved.AppImage')).toBeNull();
    expect(await fetchUpdateSignature(feed, 'absent.AppImage')).toBeNull();
    server.close();
    dir.remove();
  });
});
