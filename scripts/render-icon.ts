// Renders resources/icon.svg to resources/icon.png (512×512, transparent corners) with Chromium, the
// one rasteriser every machine of this project has. electron-builder makes the Windows .ico and
// the macOS .icns from that PNG. Run after changing the SVG: `npx tsx scripts/render-icon.ts`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../tests/e2e/chromium';

const SIZE = 512;
const svg = readFileSync('resources/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
await page.setContent(
  `<html><body style="margin:0;background:transparent"><img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
);
await page.screenshot({ path: 'resources/icon.png', omitBackground: true });
await browser.close();
process.stdout.write(`resources/icon.png: ${SIZE}×${SIZE}\n`);
