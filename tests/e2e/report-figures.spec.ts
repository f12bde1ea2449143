// A key image in the report as a picture: marked in the viewer (M) over a length measurement, it
// is added as a figure from Insert… (the text says where to look), shown in the report pane with
// the picture as the expert saw it (the measurement drawn in, no patient name: the overlays are not
// in the picture), captioned, and embedded in the report's PDF (pdfimages lists it, pdftotext reads
// the caption). In English and French, at both screen sizes.
import { execFileSync } from 'node:child_process';
import { test, expect, openUnlocked, openCase, openImaging, shoot, toFrench } from './fixtures';

test('a key image becomes a figure of the report: its picture with the measurement, its caption, in the PDF', async ({ page, preview }) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0101');
  await openImaging(page, 'MR knee');
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-pixel-sum', /\d+/, { timeout: 30_000 });
  const viewport = page.getByTestId('dicom-viewport').first();
  const box = (await viewport.boundingBox())!;
  await page.getByTestId('tool-length').click();
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.65, box.y + box.height * 0.55, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('measurement-row')).toHaveCount(1);
  await viewport.focus();
  await page.keyboard.press('m');
  await expect(page.getByTestId('key-image')).toHaveCount(1);

  // Insert… › the key image: the text refers to the figure, and the figure shows the picture.
  const pane = page.getByTestId('report-pane');
  const diagnosis = pane.getByTestId('report-field-diagnosis');
  await diagnosis.fill('Fissure horizontale de la corne postérieure');
  await diagnosis.focus();
  const insertMenu = pane.getByTestId('report-insert');
  await insertMenu.focus();
  const option = insertMenu.locator('option', { hasText: 'Key image as a figure' });
  await expect(option).toHaveCount(1);
  await insertMenu.selectOption((await option.getAttribute('value'))!);
  await expect(diagnosis).toHaveValue(/^Fissure horizontale de la corne postérieure \(voir figure 1, série \d+, image \d+\)$/);
  const figure = pane.getByTestId('report-figure');
  await expect(figure).toHaveCount(1);
  const picture = figure.locator('img');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  const png = await picture.evaluate(async (img: HTMLImageElement) => {
    const bitmap = await createImageBitmap(img);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  (await import('node:fs')).writeFileSync('test-results/screens/report-figure-picture.png', Buffer.from(png, 'base64'));
  // The picture is the image (not black) with the length drawn in the viewer's yellow.
  const pixels = await picture.evaluate(async (img: HTMLImageElement) => {
    const bitmap = await createImageBitmap(img);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let yellow = 0;
    let lit = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      // The grey image has r = g = b: a pixel well off grey towards yellow is the measurement's.
      if (r - b > 60 && g - b > 40) yellow++;
      if (r + g + b > 60) lit++;
    }
    return { yellow, lit, total: data.length / 4 };
  });
  expect(pixels.yellow).toBeGreaterThan(50);
  expect(pixels.lit / pixels.total).toBeGreaterThan(0.1);
  await figure.getByTestId('report-figure-caption').fill('Fissure de la corne postérieure, 5 mm');
  await expect(pane.getByTestId('report-save-state')).toHaveAttribute('data-state', 'saved');
  await expect.poll(async () => (await (await fetch(`${preview.platformUrl}/`)).status) > 0).toBe(true);
  await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shoot(page, 'report-figures-en');
  await toFrench(page);
  await expect(figure).toContainText('Légende');
  await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shoot(page, 'report-figures-fr');

  // The draft's PDF holds the picture itself and its caption.
  await expect
    .poll(async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), pane.getByTestId('report-export-pdf').click()]);
      const path = 'test-results/report-figures.pdf';
      await download.saveAs(path);
      return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    })
    .toMatch(/Figure 1 — série \d+, image \d+ : Fissure de la corne postérieure, 5 mm/);
  // The text inserted with the figure was kept: the draft's PDF refers to the figure.
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', 'test-results/report-figures.pdf', '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toMatch(
    /Fissure horizontale de la corne postérieure \(voir figure 1, série \d+, image \d+\)/,
  );
  await expect(diagnosis).toHaveValue(/\(voir figure 1, série \d+, image \d+\)$/);
  const images = execFileSync('pdfimages', ['-list', 'test-results/report-figures.pdf'], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images).toHaveLength(1);
  expect(images[0]).toMatch(/\bjpeg\b/);
  execFileSync('pdftoppm', ['-png', '-r', '60', 'test-results/report-figures.pdf', 'test-results/screens/report-figures-pdf']);
});
