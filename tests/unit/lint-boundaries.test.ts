// The architecture's boundaries are enforced by lint: this runs the project's real ESLint
// configuration on deliberate violations and checks that each one fails.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The boundaries are checked on text given a path that does not exist: the type-aware rules,
// which need the file in a TypeScript project, are not what is tested here.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint boundaries', () => {
  it('fail on an electron import under src-main/core', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const x = app;\n", 'src-main/core/app/bad.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import 'electron';\n", 'src-main/core/cache/bad.ts')).toContain('no-restricted-imports');
  });

  it('fail on an electron import in the preview host, which must run without Electron', async () => {
    expect(await ruleIds("import 'electron';\n", 'src-main/preview/bad.ts')).toContain('no-restricted-imports');
  });

  it('allow electron in the shell', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const x = app;\n", 'src-main/shell/ok.ts')).toEqual([]);
  });

  it('fail when the renderer imports a value from src-preload or src-main, but allow types', async () => {
    const value = "import { methods } from '../../contract';\nexport const m = methods;\n";
    expect(await ruleIds(value, 'src-renderer/src/bad.ts')).toContain('@typescript-eslint/no-restricted-imports');
    const core = "import { createCore } from '../../src-main/core/core';\nexport const c = createCore;\n";
    expect(await ruleIds(core, 'src-renderer/src/bad.ts')).toContain('@typescript-eslint/no-restricted-imports');
    const types = "import type { AppInfo } from '../../contract';\nexport type A = AppInfo;\n";
    expect(await ruleIds(types, 'src-renderer/src/ok.ts')).toEqual([]);
  });

  it('fail when the workstation imports the reference platform, or the platform the workstation, in either direction', async () => {
    const demo = "import { DEMO_EXPERT } from '../../platform/demo/credentials';\nexport const d = DEMO_EXPERT;\n";
    for (const file of ['src-main/shell/bad.ts', 'src-main/preview/bad.ts', 'src-main/core/sync/bad.ts', 'src-preload/bad.ts']) {
      expect(await ruleIds(demo, file)).toContain('no-restricted-imports');
    }
    const typeOnly = "import type { PlatformState } from '../../../platform/state';\nexport type S = PlatformState;\n";
    expect(await ruleIds(typeOnly, 'src-renderer/src/app/bad.ts')).toContain('@typescript-eslint/no-restricted-imports');
    const audit = "import { auditHash } from '../../src-main/core/security/audit-log';\nexport const h = auditHash;\n";
    expect(await ruleIds(audit, 'platform/routes/bad.ts')).toContain('no-restricted-imports');
    const contract = "import { methods } from '../contract';\nexport const m = methods;\n";
    expect(await ruleIds(contract, 'platform/bad.ts')).toContain('no-restricted-imports');
    // What both sides compute alike is in shared/, which either may import.
    const shared = "import { auditHash } from '../../shared/audit-hash';\nexport const h = auditHash;\n";
    expect(await ruleIds(shared, 'platform/routes/ok.ts')).toEqual([]);
    expect(await ruleIds(shared, 'src-main/core/ok.ts')).toEqual([]);
  });

  it('fail on literal UI text in a component', async () => {
    const component = 'export function Hello() {\n  return <p>Hello doctor</p>;\n}\n';
    expect(await ruleIds(component, 'src-renderer/src/features/Hello.tsx')).toContain('no-restricted-syntax');
    const label = 'export function B() {\n  return <button aria-label="Close" />;\n}\n';
    expect(await ruleIds(label, 'src-renderer/src/features/B.tsx')).toContain('no-restricted-syntax');
  });
});
