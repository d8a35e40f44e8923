// The benchmark: `npm run build && npm run bench` (builds nothing itself; reads dist/).
//
// Serves dist/ and the pages under bench/ on 127.0.0.1 and drives headless Chromium
// (puppeteer-core) over them:
//   1. pages of 1, 10 and 100 widgets (all four kinds, one report), and 10 text widgets:
//      time from navigation to every widget `ready`, requests made, long tasks and total
//      blocking time while the widgets start, cumulative layout shift;
//   2. JS heap after N mount/unmount cycles of each chart, after a forced GC, against the start;
//   3. the same donut and bars made three ways on identical data — our widgets, the plain way
//      with chart.js/auto, and Apache ECharts — JS bytes, time to drawn, blocking time, as ratios
//      to ours; time to drawn also on two emulated networks (4G, slow 4G), where the order of the
//      requests counts as well as the CPU;
//   4. Lighthouse 12 on dist/index.html, the demo page as built (with the <head> reserve of
//      demo/cms.css: space for the widgets before their script runs).
// Every page gets a fresh browser context (empty cache); runs of the different pages are
// interleaved, and the figures are medians. Motion is reduced (prefers-reduced-motion), so no
// page waits for an entry animation: "drawn" is the first complete frame, for all three.
//
//   node scripts/bench.mjs [--quick] [--runs N] [--cycles N] [--no-lighthouse] [--md] [--json FILE] [--dist DIR]
import { writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';
import { startServer } from '../bench/server.mjs';
import { NETWORKS, median } from '../bench/shared.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const QUICK = flag('--quick');
const RUNS = Number(option('--runs', QUICK ? 3 : 7));
const CYCLES = Number(option('--cycles', QUICK ? 100 : 500));
const LIGHTHOUSE = !flag('--no-lighthouse');
const dist = resolve(root, option('--dist', 'dist'));

if (!existsSync(join(dist, 'datakultur-widgets.js'))) {
  console.error(`${dist}/datakultur-widgets.js is missing: run \`npm run build\` first.`);
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error(...a); // progress on stderr, the tables on stdout

const server = await startServer({ dist });
const browser = await launch();
const chromium = await browser.version();
const started = Date.now();

/** Loads `path` in a fresh context and returns what instrument.js recorded, plus the requests. */
async function measure(path, network) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const requests = [];
  page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, type: r.resourceType() }));
  await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  if (network) await page.emulateNetworkConditions({ offline: false, ...NETWORKS[network] });
  await page.goto(server.origin + path, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__bench && window.__bench.done, { timeout: 60_000, polling: 50 });
  // Layouts and style recalculations up to now: start-up's, not the idle page's.
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await sleep(400); // late layout shifts and long tasks
  const b = await page.evaluate(() => {
    const x = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      ready: x.ready,
      errors: x.errors,
      longtasks: x.longtasks,
      cls: x.cls,
      shifts: x.shifts,
      fcp: fcp?.startTime,
    };
  });
  await context.close();
  if (pageErrors.length) throw new Error(`${path}: ${pageErrors.join('; ')}`);
  if (b.errors.length) throw new Error(`${path}: widget errors: ${JSON.stringify(b.errors)}`);
  const done = Math.max(...b.ready.map((r) => r.t));
  const text = b.ready.filter((r) => /headline|quote/.test(r.what)).map((r) => r.t);
  const during = b.longtasks.filter((t) => t.start < done);
  const scripts = requests.filter((r) => r.type === 'script' && r.path !== '/bench/instrument.js');
  return {
    done,
    textDone: text.length ? Math.max(...text) : NaN,
    fcp: b.fcp,
    longTasks: during.length,
    tbt: during.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    cls: b.cls,
    shifts: b.shifts,
    reportRequests: requests.filter((r) => r.path.endsWith('/datakultur.json')).length,
    chartRequests: requests.filter((r) => /\/chart-kit-[^/]*\.js$/.test(r.path)).length,
    requests: requests.length,
    jsGzip: scripts.reduce((s, r) => s + server.gzipSize(r.path), 0),
    scripts: scripts.length,
    layouts: metrics.LayoutCount,
    styleRecalcs: metrics.RecalcStyleCount,
    layoutMs: metrics.LayoutDuration * 1000,
    styleMs: metrics.RecalcStyleDuration * 1000,
    scriptMs: metrics.ScriptDuration * 1000,
  };
}

const PAGES = [
  { key: 'w1', label: '1 widget (donut)', path: '/bench/widgets.html?n=1' },
  { key: 'w10', label: '10 widgets (4 kinds)', path: '/bench/widgets.html?n=10' },
  { key: 'w100', label: '100 widgets (4 kinds)', path: '/bench/widgets.html?n=100' },
  { key: 't10', label: '10 text widgets', path: '/bench/widgets.html?n=10&text' },
  { key: 'r10', label: '10 widgets + reserve.css', path: '/bench/widgets.html?n=10&reserve' },
  { key: 'ours', label: 'datakultur-widgets', path: '/bench/compare/ours.html' },
  { key: 'chartjs', label: 'chart.js/auto, plain', path: '/bench/compare/chartjs.html' },
  { key: 'echarts', label: 'Apache ECharts, plain', path: '/bench/compare/echarts.html' },
];
const COMPARED = ['ours', 'chartjs', 'echarts'];
// The comparison pages again on each emulated network: keys like `ours@4g`.
for (const network of Object.keys(NETWORKS))
  for (const key of COMPARED) {
    const p = PAGES.find((x) => x.key === key);
    PAGES.push({ ...p, key: `${key}@${network}`, network });
  }

// 1 + 3: every page once to warm up (discarded), then RUNS rounds, the order rotating each round.
const runs = Object.fromEntries(PAGES.map((p) => [p.key, []]));
log(`bench: Chromium ${chromium}, ${RUNS} runs per page${QUICK ? ' (--quick)' : ''}`);
for (const p of PAGES) await measure(p.path, p.network);
for (let round = 0; round < RUNS; round++) {
  const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]);
  for (const p of order) runs[p.key].push(await measure(p.path, p.network));
  log(`  round ${round + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const med = (key, metric) => median(runs[key].map((r) => r[metric]));
const max = (key, metric) => Math.max(...runs[key].map((r) => r[metric]));

// 2. Heap after CYCLES mount/unmount cycles of each chart.
async function heap(tag, on = browser) {
  const context = await on.createBrowserContext();
  const page = await context.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${server.origin}/bench/heap.html`);
  await page.waitForFunction(() => window.heapPageReady);
  const cdp = await page.createCDPSession();
  const usage = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    // usedSize: the JS heap; embedderHeapUsedSize: Blink's own (DOM, style), where a leak of the
    // engine's objects shows (a MediaQuerySet per <thead>, before chart.styles.ts declared its
    // break-inside).
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { used: usedSize, blink: embedderHeapUsedSize, nodes, listeners: jsEventListeners };
  };
  // Warm-up: chart.js fetched, the report cached, the code compiled.
  await page.evaluate((t) => window.cycle(t, 20), tag);
  const start = await usage();
  const t0 = Date.now();
  await page.evaluate((t, n) => window.cycle(t, n), tag, CYCLES);
  const ms = (Date.now() - t0) / CYCLES;
  const end = await usage();
  // As many again: a leak keeps growing with every cycle; the JIT's optimised code and inline
  // caches grow at first and stop.
  await page.evaluate((t, n) => window.cycle(t, n), tag, CYCLES);
  const more = await usage();
  await context.close();
  return { tag, start, end, more, msPerCycle: ms };
}
log(`  heap: ${CYCLES} mount/unmount cycles of each chart`);
const heaps = [await heap('dk-donut-chart'), await heap('dk-bar-chart')];
// The same without V8's optimising compilers: their code and feedback grow over the first
// thousand cycles and then level off, which hides a small leak. Without them, anything that
// grows is retained.
const plainV8 = await launch(['--js-flags=--no-opt --no-maglev']);
const heapsNoOpt = [await heap('dk-donut-chart', plainV8), await heap('dk-bar-chart', plainV8)];
await plainV8.close();

// 4. Lighthouse on the demo page (which carries the <head> reserve, demo/cms.css), mobile (its
//    default: simulated slow 4G, 4× CPU) and desktop.
let lighthouse = [];
if (LIGHTHOUSE) {
  const { default: run } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  const port = Number(new URL(browser.wsEndpoint()).port);
  for (const [page, form, config] of [
    ['index.html', 'mobile', undefined],
    ['index.html', 'desktop', desktop],
  ]) {
    log(`  lighthouse (${page}, ${form})`);
    const { lhr } = await run(
      `${server.origin}/dist/${page}`,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      config,
    );
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    const failing = (c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => r.id);
    lighthouse.push({
      page,
      form,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      failing: [...failing('performance'), ...failing('accessibility'), ...failing('best-practices')],
    });
  }
}

await browser.close();
await server.close();

// ---- report ----
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)}` : '–');
const kb = (b) => `${(b / 1024).toFixed(1)}`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? `n/a (ours 0)` : '–');
const MD = flag('--md');
function table(head, rows) {
  if (MD) {
    return [
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  }
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

const out = [];
out.push(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; ` +
    `Chromium ${chromium.replace(/^HeadlessChrome\//, '')}; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ` +
    `${RUNS} runs per page, medians${QUICK ? ' (--quick)' : ''}.`,
  '',
  'Pages of widgets (one report; times from navigation start, ms):',
  table(
    [
      'page',
      'all ready',
      'text ready',
      'FCP',
      'long tasks',
      'TBT',
      'CLS (max)',
      'layouts',
      'style recalcs',
      'report req',
      'chart-kit req',
      'requests',
      'JS gzip KB',
    ],
    PAGES.filter((p) => /^[wtr]\d/.test(p.key)).map((p) => [
      p.label,
      ms(med(p.key, 'done')),
      ms(med(p.key, 'textDone')),
      ms(med(p.key, 'fcp')),
      med(p.key, 'longTasks'),
      ms(med(p.key, 'tbt')),
      max(p.key, 'cls').toFixed(3),
      med(p.key, 'layouts'),
      med(p.key, 'styleRecalcs'),
      max(p.key, 'reportRequests'),
      max(p.key, 'chartRequests'),
      med(p.key, 'requests'),
      kb(med(p.key, 'jsGzip')),
    ]),
  ),
  '',
  `The same donut and bars, three ways (identical data; ratios are theirs ÷ ours):`,
  table(
    [
      'implementation',
      'JS gzip KB',
      'JS ratio',
      'drawn ms',
      'drawn ratio',
      'TBT ms',
      'TBT ratio',
      'long tasks',
      'layouts',
      'CLS (max)',
    ],
    ['ours', 'chartjs', 'echarts'].map((k) => [
      PAGES.find((p) => p.key === k).label,
      kb(med(k, 'jsGzip')),
      ratio(med(k, 'jsGzip'), med('ours', 'jsGzip')),
      ms(med(k, 'done')),
      ratio(med(k, 'done'), med('ours', 'done')),
      ms(med(k, 'tbt')),
      ratio(med(k, 'tbt'), med('ours', 'tbt')),
      med(k, 'longTasks'),
      med(k, 'layouts'),
      max(k, 'cls').toFixed(3),
    ]),
  ),
  '',
  `Time to drawn by network (ms; ratio theirs ÷ ours; loopback is the table above):`,
  table(
    ['implementation', 'loopback', 'ratio', ...Object.values(NETWORKS).flatMap((n) => [n.label, 'ratio'])],
    COMPARED.map((k) => [
      PAGES.find((p) => p.key === k).label,
      ms(med(k, 'done')),
      ratio(med(k, 'done'), med('ours', 'done')),
      ...Object.keys(NETWORKS).flatMap((n) => [
        ms(med(`${k}@${n}`, 'done')),
        ratio(med(`${k}@${n}`, 'done'), med(`ours@${n}`, 'done')),
      ]),
    ]),
  ),
  '',
  `JS heap over ${CYCLES} mount/unmount cycles (after 20 to warm up), forced GC before each reading:`,
  table(
    [
      'chart',
      'heap start KB',
      'heap end KB',
      'growth KB',
      `growth over ${CYCLES} more`,
      `same, no optimising JIT`,
      `Blink heap growth over ${CYCLES} more`,
      'DOM nodes',
      'listeners',
      'ms / cycle',
    ],
    heaps.map((h, i) => [
      h.tag,
      kb(h.start.used),
      kb(h.end.used),
      kb(h.end.used - h.start.used),
      kb(h.more.used - h.end.used),
      kb(heapsNoOpt[i].more.used - heapsNoOpt[i].end.used),
      kb(h.more.blink - h.end.blink),
      `${h.start.nodes} → ${h.end.nodes} → ${h.more.nodes}`,
      `${h.start.listeners} → ${h.end.listeners} → ${h.more.listeners}`,
      h.msPerCycle.toFixed(1),
    ]),
  ),
);
if (lighthouse.length)
  out.push(
    '',
    'Lighthouse 12 on dist/index.html, the demo page (goals: performance ≥ 95, accessibility 100, best practices 100, CLS 0):',
    table(
      [
        'page',
        'form factor',
        'performance',
        'accessibility',
        'best practices',
        'CLS',
        'LCP ms',
        'TBT ms',
        'FCP ms',
        'audits below 1',
      ],
      lighthouse.map((l) => [
        l.page,
        l.form,
        l.performance,
        l.accessibility,
        l.bestPractices,
        l.cls.toFixed(3),
        ms(l.lcp),
        ms(l.tbt),
        ms(l.fcp),
        l.failing.join(', ') || '–',
      ]),
    ),
  );
const shifts = new Map();
for (const [k, rs] of Object.entries(runs))
  for (const r of rs)
    for (const x of r.shifts) {
      const key = `${k}: ${x.value.toFixed(4)} (${x.sources.join(', ')})`;
      shifts.set(key, (shifts.get(key) ?? 0) + 1);
    }
if (shifts.size)
  out.push(
    '',
    'Layout shifts seen (page: score (nodes moved), × runs):',
    ...[...shifts].slice(0, 16).map(([x, n]) => `  ${x} × ${n}`),
  );
out.push('', `(${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(out.join('\n'));

const json = option('--json');
if (json)
  writeFileSync(
    json,
    JSON.stringify(
      {
        chromium,
        runs: RUNS,
        cycles: CYCLES,
        date: new Date().toISOString(),
        results: runs,
        heaps,
        heapsNoOpt,
        lighthouse,
      },
      null,
      2,
    ),
  );
