// The inbox as an expert sorts it (issue 20, item 8): due dates read as a date and how far it is,
// the ones within a day standing out; the order chosen (due date, newest received, reference) kept
// across a reload; in English and French.
import { test, expect, openUnlocked, shoot, toFrench } from './fixtures';

test('cases sort by due date, newest received or reference, each due date with its date and urgency', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await page.getByTestId('inbox-tab-offered').click();
  const rows = page.getByTestId('case-row');
  await expect(rows).toHaveCount(7);
  const references = () => rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-reference')));

  // Soonest due first (the demo's offers are due in 2 to 7 days): 0113 (2 days) leads.
  await expect(page.getByTestId('inbox-order')).toHaveValue('due');
  const byDue = await references();
  expect(byDue[0]).toBe('SMO-2026-0113');
  const due = rows.first().getByTestId('case-due');
  await expect(due).toHaveAttribute('data-urgency', 'later');
  await expect(due).toHaveText(/^Due \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M \(in 2 days\)$/);

  await page.getByTestId('inbox-order').selectOption('reference');
  expect(await references()).toEqual([...byDue].sort());
  await page.reload();
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('inbox-order')).toHaveValue('reference');
  await shoot(page, 'inbox-order-en');

  await toFrench(page);
  await expect(rows.first().getByTestId('case-due')).toHaveText(/^Échéance le \d{1,2} \S+ \d{4}, \d{2}:\d{2} \(dans \d+ jours\)$/);
  await expect(page.getByTestId('inbox-order').locator('option:checked')).toHaveText('Référence');
  await shoot(page, 'inbox-order-fr');

  // The decline dialog, looked at in French at both sizes: its controls inside its frame.
  await rows.first().getByTestId('decline-case').click();
  const dialog = page.getByTestId('decline-dialog');
  await expect(dialog).toBeVisible();
  const frame = (await dialog.boundingBox())!;
  for (const control of [dialog.getByTestId('decline-reason'), dialog.locator('textarea')]) {
    const box = (await control.boundingBox())!;
    expect(box.x - frame.x).toBeGreaterThanOrEqual(16);
    expect(frame.x + frame.width - (box.x + box.width)).toBeGreaterThanOrEqual(16);
  }
  await shoot(page, 'decline-dialog-fr');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
