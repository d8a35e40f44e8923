// Screenshots of the three comparison pages, to check that they draw the same charts:
//   node bench/shoot.mjs [outdir=/tmp/dk-bench-shots] [--dist DIR]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../scripts/chromium.mjs';
import { startServer } from './server.mjs';

const argv = process.argv.slice(2);
const distAt = argv.indexOf('--dist');
const dist = distAt >= 0 ? resolve(argv.splice(distAt, 2)[1]) : undefined;
const out = argv[0] ?? '/tmp/dk-bench-shots';
mkdirSync(out, { recursive: true });
const server = await startServer(dist ? { dist } : {});
const browser = await launch();
for (const name of ['ours', 'chartjs', 'echarts']) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log(`[${name}] pageerror`, e.message));
  page.on('console', (m) => m.type() !== 'log' && console.log(`[${name}] ${m.type()}`, m.text()));
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setViewport({ width: 768, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/bench/compare/${name}.html`);
  await page.waitForFunction(() => window.__bench.done, { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 300));
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, await page.evaluate(() => JSON.stringify(window.__bench.errors)));
  await page.close();
}
await browser.close();
await server.close();
