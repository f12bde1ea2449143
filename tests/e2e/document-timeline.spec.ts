// The documents along the patient's history (issue 23, item 4): the demo's lung nodule case, its
// CT of last year, this summer's chest X-ray, September's CT and its report, in date order by year,
// each saying where its date was read; the choice of list or timeline is kept while documents are
// opened and closed. Looked at in English and French, at both screen sizes.
import { test, expect, openUnlocked, openCase, shoot, toFrench } from './fixtures';

test('the documents timeline: the patient’s history in date order, each date with its source', async ({ page, preview }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0106');
  await page.getByTestId('documents-view-timeline').click();
  await expect(page.getByTestId('documents-view-timeline')).toHaveAttribute('aria-pressed', 'true');
  const timeline = page.getByTestId('document-timeline');
  const items = timeline.getByTestId('timeline-item');
  // The report's date is read from its first page once it is on this computer.
  const report = items.filter({ hasText: 'CT report.pdf' });
  await expect(report).toHaveAttribute('data-source', 'written', { timeout: 120_000 });
  await expect(report).toHaveAttribute('data-day', '2026-09-15');
  await expect(report).toContainText('Sep 15, 2026');
  await expect(report).toContainText('date written on the document');

  // Years in order, last year's CT first, and every day in order.
  await expect(timeline.locator('.timeline__year-title')).toHaveText([/^2025/, /^2026/]);
  const days = await items.evaluateAll((list) => list.map((li) => li.getAttribute('data-day') ?? ''));
  expect(days.length).toBeGreaterThanOrEqual(5);
  expect([...days].sort()).toEqual(days);
  expect(days[0]).toBe('2025-09-10');
  await expect(items.first()).toHaveAttribute('data-source', 'study');
  await expect(items.first()).toContainText('study date (DICOM)');
  // The chest X-ray of August sits between them.
  await expect(items.and(page.locator('[data-day="2026-08-20"]'))).toHaveCount(1);
  await shoot(page, 'documents-timeline-en');

  // Opened from the timeline, and back to it (the choice is kept).
  await report.getByRole('button').click();
  await expect(page.getByTestId('document-tab')).toHaveText(['CT report.pdf']);
  await page.getByTestId('document-list-tab').click();
  await expect(timeline).toBeVisible();

  await toFrench(page);
  await expect(report).toContainText('15 sept. 2026');
  await expect(report).toContainText('date écrite sur le document');
  await expect(items.first()).toContainText('date de l’examen (DICOM)');
  await expect(timeline.locator('.timeline__year-title').first()).toContainText('document');
  await shoot(page, 'documents-timeline-fr');

  // And the list, as before.
  await page.getByTestId('documents-view-list').click();
  await expect(page.getByTestId('document-list')).toBeVisible();
  await expect(timeline).toHaveCount(0);
});
