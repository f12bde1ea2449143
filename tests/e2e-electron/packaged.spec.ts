// The packaged app (`npm run dist`, electron-builder's unpacked Linux build) started as a user
// would: it signs in to a platform on this computer through its OpenID provider (the page the
// shell hands to the system browser is opened by a browser of the test's, which comes back to the
// app's loopback listener) and opens a case. Building needs network access to fetch Electron;
// where no packaged build exists, the spec is skipped with the reason.
import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPERT, startTestPlatform } from '../support/platform';
import { ProviderBrowser } from '../support/provider-browser';
import { firstStart } from './first-start';

const PACKAGED = join('dist', 'linux-unpacked', 'smo-workstation');

test.skip(!existsSync(PACKAGED), `No packaged app at ${PACKAGED}: run "npm run dist" (needs network access to fetch Electron).`);

test('the packaged app signs in to the demo platform and opens a case', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smo-packaged-'));
  const platform = await startTestPlatform(join(dir, 'platform'), { signIn: 'oidc' });
  const app = await electron.launch({
    executablePath: PACKAGED,
    args: [`--data-dir=${join(dir, 'data')}`],
    env: { ...process.env, SMO_DEMO_PLATFORM_URL: platform.url },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveURL(/^app:\/\/workstation\//);
    await expect(window.getByTestId('platform-address')).toHaveValue(platform.url);
    // The system browser, as the test's: what the shell would open is kept instead.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      Object.assign(globalThis, { openedPages: opened });
      shell.openExternal = (url: string) => Promise.resolve(void opened.push(url));
    });
    await firstStart(window, async () => {
      await window.getByTestId('sign-in-submit').click();
      await expect(window.getByTestId('sign-in-waiting')).toBeVisible();
      const [page] = await app.evaluate(() => (globalThis as { openedPages?: string[] }).openedPages ?? []);
      const callback = await new ProviderBrowser().signIn(page ?? '', EXPERT);
      // The browser comes back to the app's loopback listener, which says so in both languages.
      expect(await (await fetch(callback)).text()).toContain('Connexion réussie');
    });
    await window.getByTestId('case-row').first().getByTestId('open-case').click();
    await expect(window.getByTestId('questionnaire')).toBeVisible();
    await window.screenshot({ path: 'test-results/screens/electron-packaged-case.png' });
  } finally {
    await app.close();
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
