// `npm run platform -- [--port P] [--data-dir D] [--cases DIR] [--no-demo] [--dev-controls]
// [--assets-dir D] [--token-ttl SECONDS] [--trust CA.pem ...] [--sign-in oidc|password] [--port-file F]`: serves the reference platform on 127.0.0.1.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPlatform } from './server';
import type { PlatformOptions } from './state';
import { seedDemo, ensureExpert, DEMO_EXPERT } from './demo/seed';
import { loadCaseFolders } from './case-folders';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string', default: join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'smo-demo-platform') },
    'assets-dir': { type: 'string' },
    cases: { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
    'dev-controls': { type: 'boolean', default: false },
    'token-ttl': { type: 'string', default: '900' },
    trust: { type: 'string', multiple: true, default: [] },
    'sign-in': { type: 'string', default: 'oidc' },
    'port-file': { type: 'string' },
  },
});

/** A certificate file (PEM or DER) as DER. */
function readCertificate(path: string): Uint8Array {
  return new Uint8Array(new X509Certificate(readFileSync(path)).raw);
}

const dataDir = values['data-dir'];
// A platform keeps its address: its OpenID provider's issuer is that address, and the sessions it
// opened name it. `--port-file` keeps the port across restarts (another one if it is taken).
const portFile = values['port-file'];
const keptPort = portFile && existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) || 0 : 0;
const options: PlatformOptions = {
  dataDir,
  devControls: values['dev-controls'],
  accessTokenTtlSeconds: Number(values['token-ttl']),
  // Its one expert is the demo's: the discovery document offers the account to a workstation.
  demoAccount: { email: DEMO_EXPERT.email, password: DEMO_EXPERT.password },
  // And it is the demo's certification authority: reports are signed for real (PAdES), with
  // certificates it issues; `--trust file.pem` adds an authority whose certificates it accepts.
  signing: { issueCertificates: true, trusted: values.trust.map(readCertificate) },
  // Experts sign in through its OpenID provider; `--sign-in password` serves the password flow instead.
  signIn: values['sign-in'] === 'password' ? 'password' : 'oidc',
};
const requestedPort = Number(values.port) || keptPort;
const platform = await startPlatform(options, requestedPort).catch((error: unknown) => {
  if (requestedPort && requestedPort === keptPort && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return startPlatform(options, 0);
  throw error;
});
if (portFile) writeFileSync(portFile, String(new URL(platform.url).port));
try {
  if (values['no-demo']) ensureExpert(platform.db, DEMO_EXPERT);
  else await seedDemo(platform.db, values['assets-dir'] ?? join(dataDir, 'demo-files'));
  if (values.cases) {
    const loaded = loadCaseFolders(platform.db, values.cases);
    process.stderr.write(`Loaded ${loaded.length} case folder(s) from ${values.cases}\n`);
  }
} catch (error) {
  process.stderr.write(`The platform could not load its cases: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`Platform: ${platform.url}\n`);
const stop = () => void platform.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
