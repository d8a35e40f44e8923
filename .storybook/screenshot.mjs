#!/usr/bin/env node
// Screenshots of the built catalogue, for looking at it: node .storybook/screenshot.mjs OUT_DIR [path …]
// A path is what follows the host, then optionally WIDTHxHEIGHT and full|slices: `iframe.html?id=…&viewMode=story`, `index.html?path=/docs/…`.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { launch } from '../scripts/chromium.mjs';

const [out = 'storybook-shots', ...pages] = process.argv.slice(2);
const dir = path.resolve('storybook-static');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
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
server.close();
