// Every main screen at 1280×800 and 1920×1080, in English and French: nothing runs out of the
// window, and no text is cut or spills over its neighbours (issue 20, item 7). Each screen is
// photographed as it is checked, under test-results/screens/.
import type { Page } from '@playwright/test';
import { test, expect, openCase, openImaging, openUnlocked, SCREEN_SIZES, switchLanguage, oneViewport } from './fixtures';
import { overflowing } from './overflow';

type Found = Record<string, string[]>;

/** Checks the screen as it is now at both sizes, and photographs it. */
async function check(page: Page, found: Found, name: string): Promise<void> {
  const locale = await page.locator('html').getAttribute('lang');
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    // One frame for the layout to settle after the resize.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const key = `${name}-${locale}-${size.width}x${size.height}`;
    found[key] = await overflowing(page);
    await page.screenshot({ path: `test-results/screens/layout-${key}.png` });
  }
}

test('no screen overflows at either size, in English or French', async ({ page, preview }) => {
  test.slow();
  const found: Found = {};
  await page.goto(preview.url);
  await expect(page.getByTestId('welcome')).toBeVisible();
  await check(page, found, 'welcome');
  await openUnlocked(page, preview);
  for (const locale of ['en', 'fr'] as const) {
    await page.getByTestId('nav-inbox').click();
    await switchLanguage(page, locale);
    await check(page, found, 'inbox');
    await page.getByTestId('inbox-tab-offered').click();
    await page.getByTestId('case-row').first().getByTestId('decline-case').click();
    await check(page, found, 'decline');
    await page.keyboard.press('Escape');
    await page.getByTestId('notifications').click();
    await check(page, found, 'notifications');
    await page.keyboard.press('Escape');

    await openCase(page, 'SMO-2026-0106');
    await check(page, found, 'workspace');
    await page.getByTestId('document-list').getByText('CT report.pdf').click();
    await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-rendered', 'true');
    await check(page, found, 'pdf');
    await page.getByTestId('messages-tab').click();
    await check(page, found, 'messages');
    await page.getByTestId('case-file-tab').click();
    await page.getByTestId('document-list-tab').click();
    await openImaging(page, 'CT thorax-abdomen');
    await oneViewport(page);
    await expect(page.getByTestId('dicom-viewer')).toHaveAttribute('data-pixel-sum', /\d+/);
    await check(page, found, 'imaging');
    await page.getByTestId('review-timer-total').click();
    await check(page, found, 'review-sessions');
    await page.keyboard.press('Escape');
    await page.getByTestId('case-workspace').locator('.workspace__help').click();
    await check(page, found, 'shortcuts');
    await page.keyboard.press('Escape');

    await page.getByTestId('nav-settings').click();
    await check(page, found, 'settings');
  }
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('unlock-screen')).toBeVisible();
  await check(page, found, 'unlock');
  expect(Object.fromEntries(Object.entries(found).filter(([, problems]) => problems.length > 0))).toEqual({});
});
