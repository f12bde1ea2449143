// Release tooling for signed updates.
//   npx tsx scripts/sign-update.ts --generate <dir>    a new release key pair: <dir>/release-key.pem
//                                                       (private, 0600, keep it offline) and the public
//                                                       PEM to put in src-main/shell/update-key.ts
//   SMO_UPDATE_SIGNING_KEY=<release-key.pem> npx tsx scripts/sign-update.ts dist/<file>...
//                                                       writes <file>.sig beside each file, to publish
//                                                       with it in the update feed
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signUpdateFile } from '../src-main/shell/update-signature';

const args = process.argv.slice(2);
if (args[0] === '--generate') {
  const dir = args[1] ?? '.';
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'release-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  process.stdout.write(
    `Private key: ${join(dir, 'release-key.pem')} (keep it offline)\nPublic key for src-main/shell/update-key.ts:\n${String(publicKey.export({ type: 'spki', format: 'pem' }))}`,
  );
} else {
  const keyPath = process.env.SMO_UPDATE_SIGNING_KEY;
  if (!keyPath || args.length === 0) {
    process.stderr.write('Usage: SMO_UPDATE_SIGNING_KEY=<release-key.pem> npx tsx scripts/sign-update.ts <file>...\n');
    process.exit(2);
  }
  const key = readFileSync(keyPath, 'utf8');
  for (const file of args) {
    writeFileSync(`${file}.sig`, `${await signUpdateFile(file, key)}\n`);
    process.stdout.write(`Signed ${file} → ${file}.sig\n`);
  }
}
