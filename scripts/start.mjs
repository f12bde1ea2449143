// `npm start`: builds the app and launches it in Electron. Electron's binary and an Electron build
// of the SQLite module are fetched on first start; without network access that cannot happen, and
// this says so in one sentence and points to the browser preview, which needs neither.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath, electronVersion } from './electron-binary.mjs';
import { ensureElectronSqlite } from './electron-sqlite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const previewHint = 'You can run the same workstation in your browser instead: npm run preview:web';

function stop(sentence) {
  process.stderr.write(`\n${sentence}\n${previewHint}\n`);
  process.exit(1);
}

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) stop('The app could not be built (see the messages above).');

let binary = electronBinaryPath();
if (!binary) {
  process.stdout.write('Downloading Electron (first start only)...\n');
  const install = join(dirname(require.resolve('electron/package.json')), 'install.js');
  // Its own failure output is a stack trace; the sentence below says what matters.
  spawnSync(process.execPath, [install], { cwd: root, stdio: ['ignore', 'inherit', 'ignore'], timeout: 10 * 60_000 });
  binary = electronBinaryPath();
  if (!binary) stop('Electron could not be downloaded: this machine cannot reach its release server (github.com).');
}

try {
  ensureElectronSqlite(root, electronVersion());
} catch (error) {
  stop(error instanceof Error ? error.message : 'The encrypted database module could not be prepared for Electron.');
}

// Without a platform address, the built-in demo platform runs beside the app (demo data).
const args = process.argv.slice(2);
const env = { ...process.env };
let demo = null;
if (!args.some((a) => a.startsWith('--platform-url')) && !process.env.SMO_PLATFORM_URL) {
  const dataDir = join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'smo-demo-platform');
  // Its port is kept from one start to the next (its OpenID provider's sessions name its address).
  demo = spawn(process.execPath, ['--import', 'tsx', join(root, 'platform', 'cli.ts'), '--data-dir', dataDir, '--port-file', join(dataDir, 'port')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  env.SMO_DEMO_PLATFORM_URL = await new Promise((resolve) => {
    let out = '';
    demo.stdout.on('data', (d) => {
      out += d.toString();
      const match = /Platform: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    demo.on('exit', () => stop('The demo platform could not start (see the messages above).'));
  });
  process.stdout.write(`Demo platform: ${env.SMO_DEMO_PLATFORM_URL} (demo data)\n`);
}

const app = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit', env });
app.on('exit', (code) => {
  demo?.kill('SIGTERM');
  process.exit(code ?? 0);
});
