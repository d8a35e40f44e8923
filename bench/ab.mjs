// A/B of time to drawn: our two charts (bench/compare/ours.html) built from one or more dist/
// folders, against the plain chart.js page, loads interleaved round by round so that the
// machine's drift hits all alike. Prints each one's median, and chart.js ÷ ours with a bootstrap
// 95 % interval: on a shared machine a single full `npm run bench` moves the loopback ratio by
// ±5 %, so decide a change on this, not on one run.
//
//   node bench/ab.mjs [--rounds 31] [--network 4g|slow4g] DIR [DIR …]
//   e.g. build the old commit into /tmp/old (`vite build --outDir /tmp/old`), then:
//        node bench/ab.mjs /tmp/old dist
import { resolve } from 'node:path';
import { launch } from '../scripts/chromium.mjs';
import { startServer } from './server.mjs';
import { benchArgs, loadDrawn, median, ratioOfMedians } from './shared.mjs';

const { rounds: ROUNDS, network, dists: folders } = benchArgs();
const dists = folders();

const servers = await Promise.all(dists.map((d) => startServer({ dist: resolve(d) })));
const browser = await launch();
const pages = [
  ...dists.map((d, i) => [d, `${servers[i].origin}/bench/compare/ours.html`]),
  ['chart.js', `${servers[0].origin}/bench/compare/chartjs.html`],
];
const times = new Map(pages.map(([name]) => [name, []]));

const drawn = (url) =>
  loadDrawn(browser, url, {
    network,
    measure: async (page) => Math.max(...(await page.evaluate(() => window.__bench.ready)).map((r) => r.t)),
  });

for (const [, url] of pages) await drawn(url); // warm-up, discarded
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order every round: no page always goes first.
  for (let i = 0; i < pages.length; i++) {
    const [name, url] = pages[(i + round) % pages.length];
    times.get(name).push(await drawn(url));
  }
  if ((round + 1) % 10 === 0) console.error(`  round ${round + 1}/${ROUNDS}`);
}

console.log(`time to both charts drawn, ${ROUNDS} rounds, ${network?.label ?? 'loopback'}; ms, median`);
for (const [name, ts] of times) console.log(`  ${name.padEnd(24)} ${median(ts).toFixed(1)}`);
console.log('chart.js ÷ ours (above 1: ours is faster), with a bootstrap 95 % interval');
for (const d of dists) {
  const [r, lo, hi] = ratioOfMedians(times.get('chart.js'), times.get(d));
  console.log(`  ${d.padEnd(24)} ${r.toFixed(3)}  [${lo.toFixed(3)}, ${hi.toFixed(3)}]`);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
