// The imaging conformance matrix in the browser: every photometric interpretation, bit depth,
// sign, byte order and compression the standard allows for the fixtures (tests/support/
// conformance-fixtures.ts), made by independent tools (dcmtk, GDCM, OpenJPH), opened one after the
// other in the viewer. Lossless forms must decode to exactly the stored values; lossy forms and
// YCbCr conversions to what the encoder's (or dcmtk's) own decoder makes, within a bound;
// MONOCHROME1 must be shown inverted by default. Then the fault that once showed another file's
// image: a damaged file opened after a good one, and the other way round, each in its own
// viewport and in the same one, shows its own picture or its own sentence, never the other's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openUnlocked, platformControl, openCase, toolbarControl, type PreviewProcess } from './fixtures';
import { conformanceFixtures, nativeFile, transcode, type Fixture } from '../support/conformance-fixtures';

type Page = import('@playwright/test').Page;

async function upload(preview: PreviewProcess, fixtures: Fixture[]): Promise<void> {
  for (const f of fixtures) {
    await platformControl(preview, '/dev/cases/SMO-2026-0105/attachments', {
      name: `${f.name}.dcm`,
      kind: 'dicom',
      mediaType: 'application/dicom',
      base64: f.file.toString('base64'),
    });
  }
}

/** Opens a fixture in the viewer and waits for what it shows: a decoded image, or a failure. */
async function open(page: Page, name: string): Promise<Record<string, string | null>> {
  await page.getByTestId('document-list').getByText(`${name}.dcm`, { exact: true }).click();
  const viewer = page.getByTestId('dicom-viewer');
  await expect(viewer.and(page.locator('[data-pixel-hash], [data-failure]')), name).toBeVisible();
  const read = async (attribute: string) => viewer.getAttribute(attribute);
  const viewport = page.getByTestId('dicom-viewport').first();
  return {
    hash: await read('data-pixel-hash'),
    sum: await read('data-pixel-sum'),
    valueSum: await read('data-value-sum'),
    min: await read('data-pixel-min'),
    max: await read('data-pixel-max'),
    failure: await read('data-failure'),
    inverted: await viewport.getAttribute('data-inverted'),
  };
}

test('every photometric interpretation, bit depth, sign, byte order and compression decodes right', async ({ page, preview }) => {
  test.setTimeout(420_000);
  const fixtures = await conformanceFixtures(mkdtempSync(join(tmpdir(), 'smo-e2e-cm-')));
  await upload(preview, fixtures);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker: ${m.text()}`)));
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0105', 'offered');
  await expect(page.getByTestId('document-list').locator('[data-kind="dicom"][data-state="available"]')).toHaveCount(fixtures.length, { timeout: 90_000 });

  const wrong: string[] = [];
  for (const fixture of fixtures) {
    const shown = await open(page, fixture.name);
    const e = fixture.expect;
    if (shown.failure) wrong.push(`${fixture.name}: failed (${shown.failure})`);
    else if (e.kind === 'exact') {
      if (shown.hash !== e.hash || Number(shown.sum) !== e.sum) wrong.push(`${fixture.name}: sum ${shown.sum} hash ${shown.hash}, expected ${e.sum} ${e.hash}`);
      if (e.inverted !== undefined && shown.inverted !== String(e.inverted)) wrong.push(`${fixture.name}: inverted ${shown.inverted}, expected ${e.inverted}`);
    } else if (e.kind === 'close') {
      const error = Math.abs(Number(shown.sum) - e.sum) / Math.abs(e.sum);
      if (!(error <= e.bound)) wrong.push(`${fixture.name}: sum ${shown.sum}, expected ${e.sum} within ${e.bound * 100} %`);
    } else {
      const valueSum = Number(shown.valueSum);
      if (Math.abs(valueSum - e.valueSum) > e.bound) wrong.push(`${fixture.name}: value sum ${valueSum}, expected ${e.valueSum} ± ${e.bound}`);
    }
    await page.locator('.tabs__close').click();
  }
  expect(wrong).toEqual([]);
  expect(problems).toEqual([]);
});

test('a damaged file never shows another file’s image, in whichever order and viewport they are opened', async ({ page, preview }) => {
  const dir = mkdtempSync(join(tmpdir(), 'smo-e2e-cm-'));
  const spec = { photometric: 'MONOCHROME2', bitsAllocated: 16, bitsStored: 12, signed: false } as const;
  const good = transcode(dir, 'good', nativeFile({ ...spec, label: 'CM good J2K' }, '1.2.826.0.1.3680043.10.1234.89.1'), ['gdcmconv', '--j2k']);
  const damagedSource = transcode(dir, 'bad', nativeFile({ ...spec, label: 'CM damaged J2K', rows: 48, columns: 40 }, '1.2.826.0.1.3680043.10.1234.89.2'), [
    'gdcmconv',
    '--j2k',
  ]);
  // The codestream's tile data overwritten half-way: headers intact, the image undecodable.
  const damaged = Buffer.from(damagedSource);
  const soc = damaged.indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51]));
  damaged.fill(0xff, soc + 200, damaged.length - 20);
  await upload(preview, [
    { name: 'CM good J2K', file: good, expect: { kind: 'exact', hash: '', sum: 0 } },
    { name: 'CM damaged J2K', file: damaged, expect: { kind: 'exact', hash: '', sum: 0 } },
  ]);
  await openUnlocked(page, preview);
  await openCase(page, 'SMO-2026-0105', 'offered');
  await expect(page.getByTestId('document-list').locator('[data-kind="dicom"][data-state="available"]')).toHaveCount(2, { timeout: 60_000 });

  for (const order of [
    ['CM good J2K', 'CM damaged J2K'],
    ['CM damaged J2K', 'CM good J2K'],
    ['CM good J2K', 'CM damaged J2K'],
  ]) {
    const seen: Record<string, Record<string, string | null>> = {};
    for (const name of order) {
      seen[name] = await open(page, name);
      await page.locator('.tabs__close').click();
    }
    expect(seen['CM good J2K']?.failure, order.join(' → ')).toBeNull();
    expect(seen['CM good J2K']?.hash, order.join(' → ')).toMatch(/^[0-9a-f]{8}$/);
    expect(seen['CM damaged J2K']?.failure, order.join(' → ')).toBe('damaged');
    expect(seen['CM damaged J2K']?.hash, order.join(' → ')).toBeNull();
  }
  // Side by side: the good one in one viewport, the damaged one in the other, a sentence in its place.
  await open(page, 'CM good J2K');
  await (await toolbarControl(page, 'layout-1x2')).click();
  await page.getByTestId('dicom-viewport').nth(1).click();
  await page.locator('[data-testid="series-thumbnail"][title="CM damaged J2K"]').click();
  const second = page.getByTestId('dicom-viewport').nth(1);
  await expect(second).toHaveAttribute('data-failed', 'true');
  await expect(second.getByTestId('document-error')).toContainText('damaged');
  await expect(page.getByTestId('dicom-viewport').first()).not.toHaveAttribute('data-failed', 'true');
  await page.screenshot({ path: 'test-results/screens/dicom-damaged-beside-good-en.png' });
});
