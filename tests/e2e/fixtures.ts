// Playwright fixtures: each test gets its own browser preview (the real `preview:web` server and
// core process) on a free port with a fresh data directory, so no test sees another's state.
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewProcess, stopPreviewProcess, type PreviewProcess } from '../support/preview-process';

export type { PreviewProcess };

export const test = base.extend<{ preview: PreviewProcess; screenOnFailure: void }>({
  // The pixel digest the tests compare decodes by (data-pixel-sum, -hash, -value-sum) is computed
  // only when asked: the switch is set in the page's storage before it loads.
  page: async ({ page }, use) => {
    await page.addInitScript(() => localStorage.setItem('smo.test.pixelDigest', '1'));
    await use(page);
  },
  preview: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'smo-e2e-'));
      const preview = await startPreviewProcess(dataDir);
      await use(preview);
      await stopPreviewProcess(preview);
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
  // CI keeps only its log: a failed test prints what the screen said, to tell a slow screen from
  // a wrong one.
  screenOnFailure: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      const text = await page.evaluate(() => document.body.innerText).catch((e: unknown) => `(unreadable: ${String(e)})`);
      console.log(`Screen at failure (${page.url().replace(/token=[^&]+/, 'token=…')}):\n${text.slice(0, 1500)}`);
    },
    { auto: true },
  ],
});

export { expect };

export const E2E_PASSPHRASE = 'plateau tibial lune verte';

/** On the first start's welcome: keeps the pre-filled (demo) platform and goes on to the protection step. */
export async function passWelcome(page: import('@playwright/test').Page): Promise<void> {
  await page.getByTestId('welcome-continue').click();
  await expect(page.getByTestId('passphrase-confirm')).toBeVisible();
}

/** Opens the preview and gets past the first start (welcome, set-up) or the unlock screen, and the demo sign-in. */
export async function openUnlocked(page: import('@playwright/test').Page, preview: PreviewProcess): Promise<void> {
  await page.goto(preview.url);
  await expect(page.getByTestId('unlock-screen').or(page.getByTestId('nav-inbox'))).toBeVisible();
  if (await page.getByTestId('welcome').isVisible()) await passWelcome(page);
  if (await page.getByTestId('unlock-screen').isVisible()) {
    await page.getByTestId('passphrase-input').fill(E2E_PASSPHRASE);
    if (await page.getByTestId('passphrase-confirm').isVisible()) {
      await page.getByTestId('passphrase-confirm').fill(E2E_PASSPHRASE);
    }
    await page.getByTestId('unlock-submit').click();
  }
  await expect(page.getByTestId('sign-in').or(page.getByTestId('nav-inbox'))).toBeVisible();
  if (await page.getByTestId('sign-in').isVisible()) await signInOnProvider(page);
  await expect(page.getByTestId('nav-inbox')).toBeVisible();
}

type ProviderPage = import('@playwright/test').Page;

/** The sign-in form of the demo platform's OpenID provider (its own page, not the app's). */
export const providerForm = (page: ProviderPage) => page.locator('form[action^="/signin/"]');

/**
 * Signs in from the app's sign-in screen: to the platform's provider page (the demo account filled
 * in), its button, and back to the app, which takes the answer.
 */
export async function signInOnProvider(page: ProviderPage): Promise<void> {
  await page.getByTestId('sign-in-submit').click();
  await expect(providerForm(page)).toBeVisible();
  await expect(page.locator('#password')).not.toHaveValue('');
  await providerForm(page).locator('button[type=submit]').click();
}

type Page = import('@playwright/test').Page;
type Locator = import('@playwright/test').Locator;

/** Opens a case from the inbox by its reference; offered cases are listed under their own tab. */
export async function openCase(page: Page, reference: string, tab: 'offered' | null = null): Promise<void> {
  if (tab) await page.getByTestId(`inbox-tab-${tab}`).click();
  await page.getByTestId('inbox-search').fill(reference);
  await page.getByTestId('case-row').getByTestId('open-case').click();
}

/** Opens the open case's imaging document named `name` (a series or a file) once it is on this computer. */
export async function openImaging(page: Page, name: string, timeout = 60_000): Promise<void> {
  const entry = page.locator('[data-testid="document-list-item"][data-kind="dicom"]', { hasText: name });
  await expect(entry).toHaveAttribute('data-state', 'available', { timeout });
  await entry.getByRole('button').click();
}

/**
 * The viewer in one viewport: the demo CT opens beside last year's (its hanging protocol), and a
 * test of what one viewport does starts from one.
 */
export async function oneViewport(page: Page): Promise<void> {
  await expect(page.getByTestId('dicom-viewer')).toHaveAttribute('data-layout', /./);
  await (await toolbarControl(page, 'layout-1x1')).click();
  await expect(page.getByTestId('dicom-viewport')).toHaveCount(1);
}

/** Calls a dev control of the preview's demo platform. */
export async function platformControl(preview: PreviewProcess, path: string, body: unknown = {}): Promise<unknown> {
  if (!preview.platformUrl) throw new Error('This preview has no demo platform');
  const response = await fetch(`${preview.platformUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** What the demo platform has recorded for a case (status, submissions, messages). */
export interface PlatformCase {
  status: string;
  submissions: { kind: string }[];
  messages: { direction: string; kind: string; body: string }[];
}

export async function platformCase(preview: PreviewProcess, reference: string): Promise<PlatformCase> {
  return (await fetch(`${preview.platformUrl}/dev/cases/${reference}`)).json() as Promise<PlatformCase>;
}

/** The two screen sizes every changed screen is looked at in. */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** Screenshots of the page at each screen size, as test-results/screens/NAME-WxH.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/${name}-${size.width}x${size.height}.png` });
  }
}

/** Switches the app's language from its switch in the frame. */
export async function switchLanguage(page: Page, locale: 'fr' | 'en'): Promise<void> {
  await page.getByTestId('locale-switch').getByTestId(`locale-${locale}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

export const toFrench = (page: Page): Promise<void> => switchLanguage(page, 'fr');

/** A control of a toolbar that folds what its width does not hold into "More": opened from there when folded. */
export async function toolbarControl(page: Page, testId: string): Promise<Locator> {
  // A resize refolds the toolbar in the next frame: read it once it has.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const inline = page.getByTestId(testId).first();
  if (await inline.isVisible()) return inline;
  await page.getByTestId('toolbar-more').click();
  return page.getByTestId('toolbar-more-panel').getByTestId(testId).first();
}

/**
 * A key pressed on a French keyboard: Playwright's keyboard is a US layout, so the event carries
 * the AZERTY character and the physical key's code, as Chromium reports them.
 */
export async function azerty(page: Page, key: string, code: string, modifiers: { altGraph?: boolean; alt?: boolean } = {}): Promise<void> {
  await page.evaluate(
    ([key, code, altGraph, alt]) => {
      const target = document.activeElement ?? document.body;
      // Windows reports AltGr as Ctrl+Alt as well; the AltGraph modifier is what tells them apart.
      const init = { key, code, bubbles: true, cancelable: true, ctrlKey: altGraph, altKey: altGraph || alt, modifierAltGraph: altGraph };
      target.dispatchEvent(new KeyboardEvent('keydown', init));
      target.dispatchEvent(new KeyboardEvent('keyup', init));
    },
    [key, code, modifiers.altGraph ?? false, modifiers.alt ?? false] as const,
  );
}
