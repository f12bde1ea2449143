// Builds better-sqlite3-multiple-ciphers a second time, for Electron's ABI, into
// native/electron-abi-<abi>/ — apart from the Node build in node_modules that the tests use — so
// one checkout runs both without anyone rebuilding by hand. Needs network access (prebuilt binary
// or Electron's headers); the shell passes the result to core as better-sqlite3's nativeBinding.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronAbi() {
  return readFileSync(join(dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
}

export function electronSqlitePath(root) {
  return join(root, 'native', `electron-abi-${electronAbi()}`, 'better_sqlite3.node');
}

/** Returns the module's path, building it if needed; throws an Error with one clear sentence. */
export function ensureElectronSqlite(root, electronVersion) {
  const target = electronSqlitePath(root);
  if (existsSync(target)) return target;
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'smo-electron-sqlite-'));
  try {
    cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });
    // npm's `nodedir` setting would point node-gyp at Node's headers instead of Electron's.
    const env = { ...process.env };
    for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
    const run = (command, args) => spawnSync(command, args, { cwd: work, env, stdio: 'inherit', timeout: 15 * 60_000 });
    const prebuilt = run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion]);
    if (prebuilt.status !== 0) {
      const built = run(process.execPath, [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ]);
      if (built.status !== 0) {
        throw new Error("The encrypted database module could not be built for Electron: this needs network access to download Electron's headers.");
      }
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
