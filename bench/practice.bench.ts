// "My practice" first drawn with the demo expert's three years of history (300 opinions, already
// in the cache): from the click on the tab to its figures, tables and three charts drawn, against
// the Settings view (no chart) drawn the same way in the same page; and core's summary call alone.
import type { Benchmark } from './run';
import { startSyncedPreview } from './synced-preview';
import { median, timeEach } from './stats';

export const benchmark: Benchmark = {
  description: 'My practice drawn from the cached history (3 years, 300 opinions): tab click to charts drawn, against the Settings view; the summary call',
  async run() {
    const preview = await startSyncedPreview();
    try {
      const { page } = preview;
      const summary = await timeEach(20, () => preview.rpc('practice.summary', { period: 'all' }));
      const opinions = ((await preview.rpc('practice.summary', { period: 'all' })) as { opinions: number }).opinions;
      /** From the click to the view drawn (the next frame after its content is in the page). */
      const open = async (tab: 'practice' | 'settings') => {
        await page.getByTestId('nav-inbox').click();
        await page
          .getByTestId('inbox')
          .waitFor()
          .catch(() => {});
        const start = performance.now();
        await page.getByTestId(`nav-${tab}`).click();
        if (tab === 'practice') {
          await page.locator('[data-testid="practice-figures"] canvas').nth(2).waitFor();
        } else {
          await page.getByTestId('settings-signing').waitFor();
        }
        // Two frames: the one that draws what is in the page, then the one after it.
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        return performance.now() - start;
      };
      await open('practice'); // the charting code loaded once
      const practice: number[] = [];
      const settings: number[] = [];
      for (let i = 0; i < 7; i++) {
        settings.push(await open('settings'));
        practice.push(await open('practice'));
      }
      return {
        opinions,
        summary_call_ms: median(summary),
        practice_first_draw_ms: median(practice),
        settings_draw_ms: median(settings),
        practice_vs_settings_ratio: median(practice) / median(settings),
      };
    } finally {
      await preview.close();
    }
  },
};
