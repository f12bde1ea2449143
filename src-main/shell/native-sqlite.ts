// Where the Electron-ABI build of the SQLite module lives. `npm install` builds it for Node (tests);
// `npm start` builds a second copy for Electron into native/ (see scripts/electron-sqlite.mjs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronSqliteBinding(appRoot: string): string | null {
  const abi = process.versions.modules;
  const candidate = join(appRoot, 'native', `electron-abi-${abi}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : null;
}
