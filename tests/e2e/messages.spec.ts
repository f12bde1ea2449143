// Messages in the browser preview against the demo platform: a patient's message posted through
// the dev controls arrives with a notification; the expert opens it from the bell, reads it in
// the case's Messages tab and answers; the platform has the answer. A request for information
// puts the case on hold, and the document the patient then adds is flagged new.
import { test, expect, openUnlocked, openCase, platformCase, platformControl } from './fixtures';

test('a patient message arrives with a notification and the expert answers it', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await platformControl(preview, '/dev/cases/SMO-2026-0101/patient-messages', { body: 'Bonjour docteur, j’ai retrouvé mon IRM de 2023. Dois-je l’envoyer ?' });
  await page.getByTestId('sync-now').click();
  const bell = page.getByTestId('notifications');
  await expect(bell).not.toHaveAttribute('data-unread', '0', { timeout: 15_000 });
  await bell.click();
  const item = page.locator('[data-testid="notification-item"][data-kind="message"]');
  await expect(item).toContainText('SMO-2026-0101');
  await page.screenshot({ path: 'test-results/screens/notifications.png' });
  await item.click();

  // The case opens; its Messages tab shows the unread count, then the thread.
  const tab = page.getByTestId('messages-tab');
  await expect(tab).toHaveAttribute('data-unread', '1');
  await tab.click();
  const incoming = page.locator('[data-testid="message-item"][data-direction="from_patient"]');
  await expect(incoming).toContainText('IRM de 2023');
  await expect(tab).toHaveAttribute('data-unread', '0');

  await page.getByTestId('message-compose').fill('Oui, merci de l’ajouter au dossier sur la plateforme.');
  await page.getByTestId('message-send').click();
  const outgoing = page.locator('[data-testid="message-item"][data-direction="to_patient"]');
  await expect(outgoing).toContainText('merci de l’ajouter');
  await expect(outgoing).toHaveAttribute('data-state', 'sent', { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screens/messages-thread.png' });
  const onPlatform = await platformCase(preview, 'SMO-2026-0101');
  expect(onPlatform.messages.filter((m) => m.direction === 'to_patient').map((m) => m.body)).toEqual(['Oui, merci de l’ajouter au dossier sur la plateforme.']);
});

test('a request for information puts the case on hold; the document the patient adds is flagged new', async ({ page, preview }) => {
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  await page.getByTestId('messages-tab').click();
  await page.getByTestId('request-info').check();
  await page.getByTestId('request-info-missing').selectOption('report');
  await page.getByTestId('message-compose').fill('Le compte rendu opératoire de 2021 m’aiderait à répondre à votre deuxième question.');
  await page.getByTestId('message-send').click();
  await expect(page.locator('[data-testid="message-item"][data-kind="info_request"]')).toHaveAttribute('data-state', 'sent', { timeout: 15_000 });
  await expect.poll(async () => (await platformCase(preview, 'SMO-2026-0101')).status).toBe('waiting_for_patient');

  await platformControl(preview, '/dev/cases/SMO-2026-0101/attachments', {
    name: 'Compte rendu opératoire 2021.pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    base64: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n').toString('base64'),
  });
  await page.getByTestId('sync-now').click();
  const added = page.locator('[data-testid="document-list-item"]', { hasText: 'Compte rendu opératoire 2021' });
  await expect(added).toHaveAttribute('data-new', 'true', { timeout: 15_000 });
  await expect(added.getByTestId('document-new')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/document-new.png' });
});
