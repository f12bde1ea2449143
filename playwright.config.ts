// End-to-end tests. "preview": the built app in the browser preview, in real Chromium, against a
// real core (and, once it lands, the real platform). "electron": the same app through Electron,
// where an Electron binary is present; elsewhere its specs report themselves skipped with why.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './tests/e2e/chromium';

export default defineConfig({
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: { screenshot: 'only-on-failure', trace: 'retain-on-failure' },
  projects: [
    {
      name: 'preview',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
      },
    },
    { name: 'electron', testDir: 'tests/e2e-electron' },
  ],
});
