// Where a radiograph's millimetres come from, said on the image as OHIF does: a projection
// radiograph calibrated only at the detector (Imager Pixel Spacing) says "at detector"; one with no
// calibration at all says its lengths are in pixels; a file whose VOI LUT Function is SIGMOID is
// shown through that function and says so. Files made from the demo radiograph by dcmtk.
// The calipers and lengths themselves are tested in dicom.spec.ts and dicom-objects.spec.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, openCase, openImaging, platformControl, shoot, toFrench } from './fixtures';
import { chestXray } from '../../platform/demo/phantoms';

/** The demo radiograph changed by dcmodify, as a series of its own. */
function radiograph(dir: string, name: string, series: string, changes: string[]): { name: string; base64: string } {
  const path = join(dir, `${name}.dcm`);
  writeFileSync(path, chestXray('calibration', { id: 'CAL', name: 'CALIBRATION^TEST' }).bytes);
  execFileSync('dcmodify', ['-nb', '-m', `(0020,000e)=${series}`, '-m', `(0008,103e)=${name}`, ...changes, path]);
  // JPEG-LS lossless: the dev control takes 2 MiB, the radiograph is 3.4 MB uncompressed.
  execFileSync('dcmcjpls', ['+el', path, `${path}.jls`]);
  return { name: `${name}.dcm`, base64: readFileSync(`${path}.jls`).toString('base64') };
}

test('a radiograph says where its lengths are measured, and a SIGMOID window says so, in both languages', async ({ page, preview }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-calibration-'));
  try {
    const files = [
      radiograph(dir, 'DX at detector', '1.2.826.0.1.3680043.10.1234.66.1', ['-e', '(0028,0030)', '-i', '(0028,1056)=SIGMOID']),
      radiograph(dir, 'DX uncalibrated', '1.2.826.0.1.3680043.10.1234.66.2', ['-e', '(0028,0030)', '-e', '(0018,1164)']),
    ];
    for (const file of files)
      await platformControl(preview, '/dev/cases/SMO-2026-0105/attachments', { ...file, kind: 'dicom', mediaType: 'application/dicom' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0105', 'offered');

  await openImaging(page, 'DX at detector');
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer).toHaveAttribute('data-pixel-sum', /\d+/);
  await expect(page.getByTestId('dicom-calibration')).toHaveAttribute('data-calibration', 'detector');
  await expect(page.getByTestId('dicom-calibration')).toHaveText('Lengths at detector');
  await expect(page.getByTestId('dicom-voi-function')).toHaveText('VOI: sigmoid (as the file asks)');
  await shoot(page, 'dicom-calibration-detector-en');
  await toFrench(page);
  await expect(page.getByTestId('dicom-calibration')).toHaveText('Longueurs au détecteur');
  await expect(page.getByTestId('dicom-voi-function')).toHaveText('VOI : sigmoïde (selon le fichier)');
  await shoot(page, 'dicom-calibration-detector-fr');
  await page.locator('.tabs__close').click();

  await openImaging(page, 'DX uncalibrated');
  await expect(viewer).toHaveAttribute('data-pixel-sum', /\d+/);
  await expect(page.getByTestId('dicom-calibration')).toHaveAttribute('data-calibration', 'pixels');
  await expect(page.getByTestId('dicom-calibration')).toHaveText('Non étalonnée : longueurs en pixels');
  await expect(page.getByTestId('dicom-voi-function')).toHaveCount(0);
  await shoot(page, 'dicom-calibration-pixels-fr');
  expect(problems).toEqual([]);
});
