// Every main screen checked by axe-core (WCAG 2.1 A and AA rules), in English and French: no
// serious or critical violation. The welcome, the inbox, a case workspace with a document and the
// report, the shortcuts help, the imaging viewer, the settings and My practice.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openImaging, openUnlocked, openCase, toFrench, oneViewport } from './fixtures';

/** The serious and critical violations on the page now, as "rule: target" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

test('the main screens have no serious or critical accessibility violation, in English and French', async ({ page, preview }) => {
  test.slow();
  await page.goto(preview.url);
  await expect(page.getByTestId('welcome')).toBeVisible();
  const found: Record<string, string[]> = {};
  found['welcome-en'] = await violations(page);
  await openUnlocked(page, preview);
  found['inbox-en'] = await violations(page);
  await openCase(page, 'SMO-2026-0106');
  await page.getByTestId('document-list').getByText('CT report.pdf').click();
  await expect(page.getByTestId('pdf-page').first()).toHaveAttribute('data-rendered', 'true');
  found['workspace-en'] = await violations(page);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  found['shortcuts-en'] = await violations(page);
  await page.keyboard.press('Escape');
  // A document tab closes from the keyboard (Delete), the × beside it being for the pointer.
  await page.getByTestId('document-tab').focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('document-tab')).toHaveCount(0);
  await openImaging(page, 'CT thorax-abdomen');
  await oneViewport(page);
  await expect(page.getByTestId('dicom-viewer')).toHaveAttribute('data-pixel-sum', /\d+/);
  found['imaging-en'] = await violations(page);
  await toFrench(page);
  found['imaging-fr'] = await violations(page);
  await page.getByTestId('nav-inbox').click();
  found['inbox-fr'] = await violations(page);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings')).toBeVisible();
  found['settings-fr'] = await violations(page);
  await page.getByTestId('nav-practice').click();
  await expect(page.getByTestId('practice-figures')).toBeVisible({ timeout: 30_000 });
  found['practice-fr'] = await violations(page);
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
});
