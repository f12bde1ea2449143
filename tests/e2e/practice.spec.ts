// My practice with the demo expert's three years of opinions: the figures, the chart of divergence
// by family with its intervals and the table agreeing with it, the review time's box plots and
// their table, the monthly series; the period switch; in English and French at both screen sizes.
import { readFile } from 'node:fs/promises';
import { test, expect, openUnlocked, shoot, toFrench } from './fixtures';

test('my practice: divergence by family beside the network, review times, opinions per month, charts and tables agreeing', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await page.getByTestId('nav-practice').click();
  const view = page.getByTestId('practice');
  const figures = view.getByTestId('practice-figures');
  await expect(figures).toBeVisible({ timeout: 30_000 });
  const twelve = Number(await figures.getAttribute('data-opinions'));
  expect(twelve).toBeGreaterThan(60);
  await view.getByTestId('practice-period-all').click();
  await expect.poll(async () => Number(await figures.getAttribute('data-opinions'))).toBeGreaterThanOrEqual(300);
  await expect(view.getByTestId('practice-divergence')).toContainText(/\d+(\.\d)?% \(95% CI \d+(\.\d)?%–\d+(\.\d)?%\)/);

  // The chart of divergence by family and its table show the same rates.
  const rates = JSON.parse((await view.getByTestId('practice-family-chart').getAttribute('data-rates'))!) as Record<string, number | null>;
  const rows = view.getByTestId('practice-family-row');
  await expect(rows).toHaveCount(Object.keys(rates).length);
  for (const row of await rows.all()) {
    const family = (await row.getAttribute('data-family'))!;
    const rate = rates[family];
    const cell = row.locator('td').nth(1);
    if (rate === null || rate === undefined) await expect(cell).toContainText('fewer than 5 opinions');
    else await expect(cell).toContainText(`${(Math.round(rate * 1000) / 10).toString()}%`);
  }
  const ortho = view.locator('[data-testid="practice-family-row"][data-family="orthopedic"]');
  await expect(ortho.locator('td').nth(4)).toHaveText('24.7%');
  // The canvases are drawn (not blank).
  for (const id of ['practice-family-chart', 'practice-review-chart', 'practice-month-chart']) {
    const drawn = await view
      .getByTestId(id)
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
        return painted;
      });
    expect(drawn, id).toBeGreaterThan(1000);
  }
  // Complex cases take longer: the table's medians say so.
  const simple = Number(await view.locator('[data-testid="practice-review-row"][data-complexity="simple"]').getAttribute('data-median'));
  const complex = Number(await view.locator('[data-testid="practice-review-row"][data-complexity="complex"]').getAttribute('data-median'));
  expect(complex).toBeGreaterThan(simple);
  await shoot(page, 'practice-en');
  await toFrench(page);
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Ma pratique');
  await expect(ortho.locator('td').nth(4)).toHaveText('24,7 %');
  await shoot(page, 'practice-fr');
  // The period's opinions as a French spreadsheet: one row per opinion, nothing about the patient.
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByTestId('practice-export').click()]);
  expect(download.suggestedFilename()).toBe('ma-pratique-all.csv');
  const csv = (await readFile((await download.path())!, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('Famille;Maladie;Accepté le;Rendu le;Échéance;Complexité;Avis;Divergence sur;Temps de revue (min)');
  expect(csv.length - 1).toBe(Number(await figures.getAttribute('data-opinions')));
  expect(csv.filter((line) => line.includes(';divergent;')).length / (csv.length - 1)).toBeGreaterThan(0.2);
  await view.getByTestId('practice-period-3m').click();
  await expect.poll(async () => Number(await figures.getAttribute('data-opinions'))).toBeLessThan(twelve);
});
