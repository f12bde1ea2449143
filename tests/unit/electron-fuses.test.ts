// The packaged app's Electron fuses, as electron-builder flips them after packaging and before
// signing: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, the app only from its asar
// with its integrity checked, cookies encrypted, and file:// without extra privileges (the app is
// served from app://). Core runs in a utility process, which needs none of the switched-off paths.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as {
  electronFuses: Record<string, boolean>;
  asar: boolean;
  extraResources: { from: string }[];
};

describe('electron-builder fuses', () => {
  it('sets each fuse of the security checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The asar archive is what the integrity check and OnlyLoadAppFromAsar protect.
    expect(config.asar).toBe(true);
  });

  it('core is started as a utility process, never with fork (which needs RunAsNode)', () => {
    const host = readFileSync('src-main/shell/core-host.ts', 'utf8');
    expect(host).toContain('utilityProcess.fork');
    expect(host).not.toMatch(/child_process/);
    for (const resource of config.extraResources) expect(existsSync(resource.from), resource.from).toBe(true);
  });
});
