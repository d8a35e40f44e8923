// Main-thread CPU time from navigation until both charts are drawn: our two charts
// (bench/compare/ours.html) built from one or more dist/ folders, against the plain chart.js page
// (bench/compare/chartjs.html: chart.js's UMD file, the report fetched by hand, numbers through
// Intl, an HTML legend and value labels), on the same report. Issue 13's goal is ours ÷ chart.js
// ≤ 1.0.
//
//   node bench/cpu.mjs [--rounds 31] [--network 4g|slow4g] [--kinds] [--traces DIR] [--json FILE] DIR [DIR …]
//   e.g. build the old commit into /tmp/old (`vite build --outDir /tmp/old`), then:
//        node bench/cpu.mjs /tmp/old dist
//   --kinds     also trace what the tasks do, and print the CPU by kind of work (script, layout,
//               paint …); the extra categories cost every page some overhead
//   --traces    keep every trace in DIR (they open in Chromium's DevTools, Performance panel)
//   --json      write every load's figures to FILE
// With two or more DIRs it also prints what each changed against the first, round by round.
//
// Every load: a fresh browser context, 1200×900, `prefers-reduced-motion: reduce`, a Chromium
// trace of the categories `toplevel` (one slice per task the scheduler runs) and
// `blink.user_timing` (the navigation's start, and `bench:drawn`, which bench/instrument.js marks
// when the last chart is drawn: chart.js's `afterRender` on the plain page, `dk-ready` on ours).
// On the renderer's main thread (the thread that marked `bench:drawn`), the outermost `toplevel`
// slices between the navigation's start and that mark are summed:
//   - CPU ms: their thread time (`tdur`, the CPU the thread got; the last task is cut at the mark's
//     own thread time), the figure the goal is about;
//   - busy ms: their wall time (`dur`), which also counts the thread waiting inside a task and
//     being preempted — on a shared 2-vCPU machine that is noise as often as work.
// Performance.getMetrics (TaskDuration, ThreadTime) would be one counter per load, but it can only
// be read over CDP after the page says it is done: it then also holds what ran before the
// navigation and after the charts were drawn (the canvases' first paint, the driver's own calls),
// a different amount for each page. The driver waits on `__bench.whenDone` instead of polling the
// page, whose every-frame polling would cost the slower page main-thread time.
// Rounds are interleaved (the pages in rotating order) after one discarded warm-up round; the
// ratio's 95 % interval is a bootstrap that resamples whole rounds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../scripts/chromium.mjs';
import { startServer } from './server.mjs';
import {
  cpuByKind,
  loadDrawn,
  mainThreadToDrawn,
  median,
  pairedDifference,
  ratioOfMedians,
  benchArgs,
} from './shared.mjs';

const { rounds: ROUNDS, network, option, flag, dists: folders } = benchArgs();
const kinds = flag('--kinds');
const tracesDir = option('--traces', '');
const jsonFile = option('--json', '');
if (tracesDir) mkdirSync(tracesDir, { recursive: true });
const dists = folders();

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  '__metadata',
  // --kinds: what the main thread's tasks do (style, layout, script …), at some cost in overhead.
  ...(kinds
    ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading']
    : []),
];

const servers = await Promise.all(dists.map((d) => startServer({ dist: resolve(d) })));
const browser = await launch();
const pages = [
  ...dists.map((d, i) => [d, `${servers[i].origin}/bench/compare/ours.html`]),
  ['chart.js', `${servers[0].origin}/bench/compare/chartjs.html`],
];
const results = new Map(pages.map(([name]) => [name, []]));

async function measure(name, url, label) {
  return loadDrawn(browser, url, {
    network,
    before: (page) => page.tracing.start({ categories: CATEGORIES }),
    measure: async (page) => {
      const trace = Buffer.from(await page.tracing.stop()).toString();
      if (tracesDir) writeFileSync(join(tracesDir, `${label}-${name.replace(/\W+/g, '_')}.json`), trace);
      const parsed = JSON.parse(trace);
      const events = parsed.traceEvents ?? parsed;
      return { ...mainThreadToDrawn(events), ...(kinds && { kinds: cpuByKind(events) }) };
    },
  });
}

for (const [name, url] of pages) await measure(name, url, 'warmup'); // discarded
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order every round: no page always goes first.
  for (let i = 0; i < pages.length; i++) {
    const [name, url] = pages[(i + round) % pages.length];
    results.get(name).push(await measure(name, url, `r${String(round).padStart(2, '0')}`));
  }
  if ((round + 1) % 10 === 0) console.error(`  round ${round + 1}/${ROUNDS}`);
}

const med = (name, key) => median(results.get(name).map((r) => r[key]));
console.log(
  `main thread from navigation to both charts drawn, ${ROUNDS} rounds, ${network?.label ?? 'loopback'}; medians`,
);
console.log(`  ${'page'.padEnd(24)} ${'CPU ms'.padStart(7)} ${'busy ms'.padStart(8)} ${'tasks'.padStart(6)} drawn ms`);
for (const [name] of pages)
  console.log(
    `  ${name.padEnd(24)} ${med(name, 'cpu').toFixed(1).padStart(7)} ${med(name, 'busy').toFixed(1).padStart(8)} ${String(med(name, 'tasks')).padStart(6)} ${med(name, 'drawn').toFixed(1).padStart(8)}`,
  );
console.log('ours ÷ chart.js (at most 1: the goal), with a bootstrap 95 % interval over rounds');
const theirs = (key) => results.get('chart.js').map((r) => r[key]);
for (const d of dists) {
  const ours = (key) => results.get(d).map((r) => r[key]);
  const [c, clo, chi] = ratioOfMedians(ours('cpu'), theirs('cpu'), { paired: true });
  const [b, blo, bhi] = ratioOfMedians(ours('busy'), theirs('busy'), { paired: true });
  console.log(
    `  ${d.padEnd(24)} CPU ${c.toFixed(3)} [${clo.toFixed(3)}, ${chi.toFixed(3)}]   busy ${b.toFixed(3)} [${blo.toFixed(3)}, ${bhi.toFixed(3)}]`,
  );
}
if (dists.length > 1) {
  console.log(`CPU ms against ${dists[0]}: the median of the differences within a round, with its 95 % interval`);
  const cpus = (name) => results.get(name).map((r) => r.cpu);
  for (const d of dists.slice(1)) {
    const [m, lo, hi] = pairedDifference(cpus(d), cpus(dists[0]));
    const f = (x) => (x > 0 ? '+' : '') + x.toFixed(1);
    console.log(`  ${d.padEnd(24)} ${f(m)} [${f(lo)}, ${f(hi)}]`);
  }
}
if (kinds) {
  console.log(
    'CPU ms by kind of work, mean over rounds (--kinds: the extra trace categories add overhead to every page)',
  );
  const mean = (name, kind) => results.get(name).reduce((s, r) => s + (r.kinds[kind] ?? 0), 0) / ROUNDS;
  const names = [...new Set([...results.values()].flat().flatMap((r) => Object.keys(r.kinds)))].sort(
    (a, b) => mean(pages[0][0], b) - mean(pages[0][0], a),
  );
  const col = (s) => String(s).slice(-14).padStart(15);
  console.log(`  ${''.padEnd(20)}${pages.map(([name]) => col(name)).join('')}`);
  for (const kind of names)
    console.log(`  ${kind.padEnd(20)}${pages.map(([name]) => col(mean(name, kind).toFixed(1))).join('')}`);
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(Object.fromEntries(results), null, 1));
await browser.close();
await Promise.all(servers.map((s) => s.close()));
