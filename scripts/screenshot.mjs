// Screenshots a page in headless Chromium:
//   node scripts/screenshot.mjs URL out.png [width] [light|dark] [css selector to clip to]
import { launch } from './chromium.mjs';
const [url, out, width = '1100', scheme = 'light', selector] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage();
page.on('console', (m) => console.log(`[${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
await page.goto(url, { waitUntil: 'networkidle0' });
await page
  .waitForFunction(
    () => [...document.querySelectorAll('[state]')].every((e) => e.getAttribute('state') !== 'loading'),
    { timeout: 15000 },
  )
  .catch(() => console.log('some widget still loading'));
await new Promise((r) => setTimeout(r, 800));
if (selector) await (await page.$(selector)).screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
