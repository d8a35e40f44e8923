#!/usr/bin/env node
// Screenshots of every widget from the build, one PNG per widget, width, scheme and language, for
// looking at them (and for docs/images/): `npm run build && node scripts/shots.mjs [OUT_DIR]`.
//   --widths 320,360,768,900,1280   --schemes light,dark   --langs da,en   --only bars,donut,…
// Each widget sits in a plain page column of that width (the page's padding included), on a
// page in the scheme's colours, the way a CMS page would hold it. States too: `loading` (the
// report never answers) and `error` (an unknown id).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch } from './chromium.mjs';
import { serveDir } from './static-server.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i < 0 ? fallback : argv.splice(i, 2)[1];
};
const widths = option('--widths', '320,360,768,900,1280').split(',').map(Number);
const schemes = option('--schemes', 'light,dark').split(',');
const langs = option('--langs', 'da,en').split(',');
const only = option('--only', '');
const out = path.resolve(argv[0] ?? 'shots');

const SRC = './data/datakultur.json';
const WIDGETS = {
  stat: `<dk-headline-stat src="${SRC}" stat="more-data-driven"></dk-headline-stat>`,
  stats: `<div style="display:flex;flex-wrap:wrap;gap:1.5em 2.5em"><dk-headline-stat src="${SRC}" stat="more-data-driven" style="flex:1 1 12em"></dk-headline-stat><dk-headline-stat src="${SRC}" stat="see-potential" style="flex:1 1 12em"></dk-headline-stat></div>`,
  quote: `<dk-quote-card src="${SRC}" quote="top-management"></dk-quote-card>`,
  donut: `<dk-donut-chart src="${SRC}" question="roles"></dk-donut-chart>`,
  bars: `<dk-bar-chart src="${SRC}" question="usage-contexts"></dk-bar-chart>`,
  'bars-table': `<dk-bar-chart src="${SRC}" question="usage-contexts" data-show-table></dk-bar-chart>`,
  'donut-table': `<dk-donut-chart src="${SRC}" question="roles" data-show-table></dk-donut-chart>`,
  'bars-error': `<dk-bar-chart src="${SRC}" question="findes-ikke"></dk-bar-chart>`,
  'donut-error': `<dk-donut-chart src="${SRC}" question="findes-ikke"></dk-donut-chart>`,
  'stat-error': `<dk-headline-stat src="${SRC}" stat="see-/potential"></dk-headline-stat>`,
  'bars-loading': `<dk-bar-chart src="./__hang.json" question="usage-contexts"></dk-bar-chart>`,
  'donut-loading': `<dk-donut-chart src="./__hang.json" question="roles"></dk-donut-chart>`,
  all: `<dk-headline-stat src="${SRC}" stat="more-data-driven"></dk-headline-stat><dk-quote-card src="${SRC}" quote="cross-disciplinary"></dk-quote-card><dk-donut-chart src="${SRC}" question="roles"></dk-donut-chart><dk-bar-chart src="${SRC}" question="usage-contexts"></dk-bar-chart>`,
};
const PAGES = { light: 'background:#fff;color:#1b1f24', dark: 'background:#14181d;color:#e8ecf0' };

const page = (name, scheme, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>html{color-scheme:${scheme}}body{margin:0;font:16px/1.5 system-ui,sans-serif;${PAGES[scheme]}}main{padding:16px}</style>
<script type="module" src="./datakultur-widgets.js"></script></head>
<body><main id="shot">${WIDGETS[name]}</main></body></html>`;

const dir = path.resolve('dist');
if (!existsSync(path.join(dir, 'datakultur-widgets.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(2);
}
const { origin, close } = await serveDir(dir, (url, res) => {
  if (url.pathname === '/__hang.json') return true; // never answers: the loading view
  if (url.pathname !== '/__shot.html') return false;
  const q = url.searchParams;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page(q.get('w'), q.get('scheme'), q.get('lang')));
  return true;
});
const browser = await launch();
mkdirSync(out, { recursive: true });
const names = only ? only.split(',') : Object.keys(WIDGETS);
for (const name of names)
  for (const width of widths)
    for (const scheme of schemes)
      for (const lang of langs) {
        const tab = await browser.newPage();
        await tab.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: scheme },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        await tab.setViewport({ width, height: 900 });
        await tab.goto(`${origin}/__shot.html?w=${name}&scheme=${scheme}&lang=${lang}`);
        await tab
          .waitForFunction(
            (loading) =>
              [...document.querySelectorAll('[state]')].every(
                (e) => loading || e.getAttribute('state') !== 'loading',
              ) && document.querySelectorAll('[state]').length > 0,
            { timeout: 10000 },
            name.endsWith('-loading'),
          )
          .catch(() => console.log(`${name}: a widget is still loading`));
        if (name.endsWith('-table'))
          await tab.evaluate(() =>
            document
              .querySelectorAll('[data-show-table]')
              .forEach((e) => e.shadowRoot.querySelector('[part~="table-toggle"]')?.click()),
          );
        await new Promise((r) => setTimeout(r, 600));
        const file = path.join(out, `${name}-${width}-${scheme}-${lang}.png`);
        await (await tab.$('#shot')).screenshot({ path: file });
        console.log(file);
        await tab.close();
      }
await browser.close();
close();
