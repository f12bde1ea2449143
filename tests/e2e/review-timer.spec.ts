// The review timer in the browser preview, against the demo platform: it counts while the case is
// open and in front, stops when the page is hidden, flags idle time and does what the expert
// answers, pauses with T, keeps the total across a reload, and the platform records the same
// seconds as the workstation.
// (Paused by hand, the timer stays paused across a reload of the page.)
import type { Page } from '@playwright/test';
import { test, expect, openUnlocked, openCase, type PreviewProcess } from './fixtures';

const seconds = async (page: Page) => Number(await page.getByTestId('review-timer').getAttribute('data-seconds'));

/** Plays the page being hidden or shown again (another window in front, a minimised browser). */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

async function platformReviewSeconds(preview: PreviewProcess, reference: string): Promise<number> {
  const record = (await (await fetch(`${preview.platformUrl}/dev/cases/${reference}`)).json()) as { reviewSeconds: number };
  return record.reviewSeconds;
}

test('the review timer counts real review time, handles idle time as answered, and the platform agrees', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await openUnlocked(page, preview);
  // The idle threshold, shortened for the test through the settings call (the screen offers minutes).
  await page.evaluate(() => window.workstation?.app.updateSettings({ idleThresholdSeconds: 10 }));
  await openCase(page, 'SMO-2026-0101');
  const timer = page.getByTestId('review-timer');
  await expect(timer).toHaveAttribute('data-state', 'running');
  await expect.poll(() => seconds(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/screens/workspace-timer-en.png' });

  // Hidden: the timer stops and the total stands still.
  await setVisibility(page, 'hidden');
  await expect(timer).toHaveAttribute('data-state', 'away');
  const whileHidden = await seconds(page);
  await page.waitForTimeout(2_500);
  expect(await seconds(page)).toBe(whileHidden);
  await setVisibility(page, 'visible');
  await expect(timer).toHaveAttribute('data-state', 'running');

  // No input past the threshold: the time is flagged idle and the expert chooses.
  const prompt = page.getByTestId('idle-prompt');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(timer).toHaveAttribute('data-state', 'idle');
  await expect(prompt).toContainText('No input since');
  await page.screenshot({ path: 'test-results/screens/workspace-timer-idle-en.png' });
  const beforeIdleAnswer = await seconds(page);
  await page.getByTestId('idle-keep').click();
  await expect(prompt).toBeHidden();
  await expect(timer).toHaveAttribute('data-state', 'running');
  // Kept: the idle span (at least the 10-second threshold) joins the total.
  expect(await seconds(page)).toBeGreaterThanOrEqual(beforeIdleAnswer + 10);

  // T pauses; the total stands still, and survives a reload.
  await page.getByTestId('case-workspace').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('t');
  await expect(timer).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('timer-toggle')).toHaveText('Resume');
  const paused = await seconds(page);
  await page.reload();
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  // Paused by hand stays paused: a reload is not the expert coming back to work.
  await expect(timer).toHaveAttribute('data-state', 'paused');
  expect(await seconds(page)).toBe(paused);
  await page.getByTestId('timer-toggle').click();
  await expect(timer).toHaveAttribute('data-state', 'running');
  await expect.poll(() => seconds(page)).toBeGreaterThanOrEqual(paused + 2);
  await page.getByTestId('timer-toggle').click();
  await expect(timer).toHaveAttribute('data-state', 'paused');
  const total = await seconds(page);

  // The sessions behind it, by day; then the platform's record, to the second.
  await page.getByTestId('review-timer-total').click();
  const sessions = page.getByTestId('review-sessions');
  await expect(sessions.getByTestId('review-session').first()).toBeVisible();
  await expect(sessions).toContainText('idle');
  // The newest session shortened to nothing, with its reason: the total loses exactly its time.
  const newest = sessions.getByTestId('review-session').first();
  const newestSeconds = Number(await newest.getAttribute('data-counted-seconds'));
  expect(newestSeconds).toBeGreaterThanOrEqual(2);
  await newest.getByTestId('session-shorten').click();
  await sessions.getByTestId('session-minutes').fill('0');
  await sessions.getByTestId('session-reason').fill('Phone call');
  await sessions.getByTestId('session-correction-save').click();
  await expect(newest).toContainText('Phone call');
  await expect(timer).toHaveAttribute('data-seconds', String(total - newestSeconds));
  await page.screenshot({ path: 'test-results/screens/workspace-timer-sessions-en.png' });
  await sessions.getByRole('button', { name: 'Close' }).last().click();
  await page.getByTestId('sync-now').click();
  await expect.poll(() => platformReviewSeconds(preview, 'SMO-2026-0101'), { timeout: 20_000 }).toBe(total - newestSeconds);
});
