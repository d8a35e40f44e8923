#!/usr/bin/env node
// Screenshots of the built catalogue, for looking at it: node .storybook/screenshot.mjs OUT_DIR [path …]
// A path is what follows the host, then optionally WIDTHxHEIGHT and full|slices: `iframe.html?id=…&viewMode=story`, `index.html?path=/docs/…`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../scripts/chromium.mjs';
import { serveDir } from '../scripts/static-server.mjs';

const [out = 'storybook-shots', ...pages] = process.argv.slice(2);
const { origin, close } = await serveDir('storybook-static');
const browser = await launch();
mkdirSync(out, { recursive: true });
for (const [i, p] of pages.entries()) {
  const [url, size = '1280x900', full] = p.split(' ');
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${origin}/${url}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 2500));
  const name = `${String(i + 1).padStart(2, '0')}`;
  if (full === 'slices') {
    // A long page as screen-high slices, each readable on its own.
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < total; y += height, n++) {
      const file = path.join(out, `${name}-${n}.png`);
      await page.screenshot({
        path: file,
        clip: { x: 0, y, width, height: Math.min(height, total - y) },
        captureBeyondViewport: true,
      });
      console.log(file, url);
    }
  } else {
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage: full === 'full' });
    console.log(file, url);
  }
  await page.close();
}
await browser.close();
close();
