import { launch } from './scripts/chromium.mjs';
import { readFileSync } from 'node:fs';
const report = JSON.parse(readFileSync('data/datakultur.json', 'utf8'));
const base = process.argv[2];
const cases = [
  ...report.stats.map((s) => ['headline-stat', s.id]),
  ...report.quotes.map((q) => ['quote-card', q.id]),
  ...report.questions.filter((q) => !q.multiple).map((q) => ['donut-chart', q.id]),
  ...report.questions.filter((q) => q.multiple).map((q) => ['bar-chart', q.id]),
];
const browser = await launch();
const page = await browser.newPage();
await page.goto(base + 'data/datakultur.json');
const out = {};
for (const width of [320, 328, 360, 400, 700]) for (const lang of ['da', 'en'])
  for (const [w, id] of cases) {
    const h = await page.evaluate(async (src, width) => {
      const f = document.createElement('iframe');
      f.setAttribute('width', String(width)); f.setAttribute('height', '100'); f.setAttribute('frameborder', '0');
      f.src = src;
      document.body.append(f);
      const t0 = Date.now();
      while (f.contentDocument?.querySelector('[state]')?.getAttribute('state') !== 'ready') {
        if (Date.now() - t0 > 10000) return -1;
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 400));
      const h = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
      f.remove();
      return h;
    }, `${base}embed.html?widget=${w}&id=${id}&lang=${lang}`, width);
    (out[`${w}`] ??= {})[`${width}/${lang}/${id}`] = h;
  }
console.log(JSON.stringify(out, null, 1));
await browser.close();
