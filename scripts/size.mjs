// Size budgets of the built bundle: `npm run build && npm run size`.
//
// Prints the gzip and brotli bytes (node:zlib, each file compressed on its own, as a server sends
// it) of every JS file in dist/, then three totals computed from the real module graph of the
// built files (es-module-lexer follows every `import`/`export … from` in them):
//   (a) a page with only the text widgets: dist/dk-headline-stat.js + dist/dk-quote-card.js and
//       everything they import statically, and any import() they make but the error messages'
//       chunk (fetched only when a widget fails; printed on a line of its own) — were it the chart
//       chunk, the budget should fail;
//   (b) the chart chunk: what dist/datakultur-widgets.js fetches with import() once a chart
//       connects (chart-kit: our chart.js setup and the tree-shaken chart.js), minus what the page
//       already has;
//   (d) the export chunk: the CSV and PNG downloads of the charts (src/charts/export.ts), fetched
//       with import() the first time a reader clicks one, so in no other total (like the error
//       messages' chunk, which is fetched only when a widget fails);
//   (a') the same text page through the bundle: dist/datakultur-widgets.js and its static imports
//       (the chart chunk is fetched only once a chart connects: tests/embed/entries.test.ts);
//   (c) all four widgets: dist/datakultur-widgets.js with its static imports + the chart chunk;
// and, for comparison (printed, not enforced), chart.js/auto alone, bundled the same way
// (vite/rolldown, minified, in a temp dir). The bundle and the per-element entries come from two
// builds (vite.config.ts); that both import() one and the same chart chunk is checked by
// scripts/check-pack.mjs and tests/embed/entries.test.ts.
// KB = 1024 bytes.
// Exits 1, with the numbers, when a budget is broken.
//
//   node scripts/size.mjs [--json] [--no-compare] [--dist DIR]
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
// --dist DIR measures another build (e.g. `vite build --outDir /tmp/x`), default dist/.
const dist = resolve(root, argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : 'dist');

// Set for the stack the product is built on (LitElement, @lit/task, Intl, chart.js) by issue 13
// (12.5 / 17 / 62 / 66 KB), then moved by what the next three issues added on that stack: widgets
// that follow their page after the first draw (14), the designer's pass — loading skeletons,
// compact errors, the inherited-CSS reset, the bars' own labels (16) — and the charts' source line
// and download buttons (17, their CSV and PNG code in a chunk of its own, (d)). docs/benchmarks.md
// lists each step.
export const BUDGETS = {
  text: 13 * 1024,
  textBundle: 18 * 1024,
  chart: 62 * 1024,
  all: 67 * 1024,
  exportChunk: 4 * 1024,
};

/** Chunks import()ed only when a widget fails (src/internal/errors.ts): printed, not in the totals. */
const ON_FAILURE = /[\\/]errors-[\w-]+\.js$/;
/** Chunks import()ed only when a reader asks for a chart's CSV or PNG (src/charts/export.ts): (d), in no other total. */
const ON_USE = /[\\/]export-[\w-]+\.js$/;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

function jsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsFiles(p));
    else if (e.name.endsWith('.js')) out.push(p);
  }
  return out.sort();
}

/** Every JS file in `dir` with its sizes and its static and dynamic imports (absolute paths). */
export async function graph(dir = dist) {
  await init;
  const files = new Map();
  for (const file of jsFiles(dir)) {
    const code = readFileSync(file);
    const source = code.toString('utf8');
    const [imports] = parse(source);
    const stat = [];
    const dyn = [];
    const failure = [];
    const onUse = [];
    for (const i of imports) {
      // rolldown writes import(`./chunk.js`): a template literal, which the lexer leaves unnamed.
      const literal = /^`([^`$]*)`$/.exec(source.slice(i.s, i.e).trim());
      const name = i.n ?? literal?.[1];
      if (!name || !name.startsWith('.')) continue; // bare or computed specifiers are not ours
      const target = resolve(dirname(file), name);
      // The error messages' chunk is fetched only when a widget fails: not part of any page's load.
      if (i.d > -1 && ON_FAILURE.test(target)) failure.push(target);
      else if (i.d > -1 && ON_USE.test(target)) onUse.push(target);
      else (i.d > -1 ? dyn : stat).push(target);
    }
    files.set(file, {
      file,
      raw: code.length,
      gzip: gzip(code),
      brotli: brotli(code),
      static: stat,
      dynamic: dyn,
      failure,
      onUse,
    });
  }
  return files;
}

/** `entries` and everything they import statically; with `dynamic`, import() targets too. */
export function closure(files, entries, { dynamic = false } = {}) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    const node = files.get(f);
    if (!node) throw new Error(`${relative(root, f)} is imported but not in dist/`);
    seen.add(f);
    todo.push(...node.static, ...(dynamic ? node.dynamic : []));
  }
  return seen;
}

/** How many levels of requests `entry` makes, counting import() (shortest path to each file). */
function levels(files, entry) {
  let level = [entry];
  const seen = new Set(level);
  let n = 0;
  while (level.length) {
    n++;
    level = level
      .flatMap((f) => [...files.get(f).static, ...files.get(f).dynamic])
      .filter((f) => !seen.has(f) && seen.add(f));
  }
  return n;
}

const sum = (files, set, key) => [...set].reduce((s, f) => s + files.get(f)[key], 0);

/** The three scenarios of the budgets, as sets of files. */
export async function scenarios(dir = dist) {
  const files = await graph(dir);
  const at = (name) => join(dir, name);
  for (const name of [
    'datakultur-widgets.js',
    'dk-headline-stat.js',
    'dk-quote-card.js',
    'dk-donut-chart.js',
    'dk-bar-chart.js',
  ])
    if (!files.has(at(name))) throw new Error(`dist/${name} is missing: run npm run build first`);
  // Static deps, and any import() the text widgets make (none today): all they can ever load.
  const text = closure(files, [at('dk-headline-stat.js'), at('dk-quote-card.js')], { dynamic: true });
  const main = closure(files, [at('datakultur-widgets.js')]);
  // The chart chunk: what the bundle fetches with import() once a chart connects, minus what the
  // page already has from the static graph.
  const lazyOf = (set) => [...set].flatMap((f) => files.get(f).dynamic);
  const chart = new Set([...closure(files, lazyOf(main))].filter((f) => !main.has(f)));
  const all = new Set([...main, ...chart]);
  // What a page of charts loads beyond a page of text widgets (our chart code + chart.js).
  const chartsOverText = new Set(
    [...closure(files, [at('dk-donut-chart.js'), at('dk-bar-chart.js')], { dynamic: true })].filter(
      (f) => !text.has(f),
    ),
  );
  const failure = new Set([...files.values()].flatMap((f) => f.failure));
  // The export chunk and what only it pulls (chart.js it finds on the page already).
  const onUse = new Set(
    [
      ...closure(
        files,
        [...files.values()].flatMap((f) => f.onUse),
      ),
    ].filter((f) => !all.has(f)),
  );
  return { files, sets: { text, main, chart, all, chartsOverText, failure, onUse } };
}

/** chart.js/auto, bundled by vite/rolldown and minified like our build, in a temp dir. */
export async function chartJsAuto() {
  const { build } = await import('vite');
  // The entry sits inside the project so that `chart.js/auto` resolves from its node_modules.
  const entryDir = join(root, 'node_modules', '.cache', 'dk-size');
  mkdirSync(entryDir, { recursive: true });
  const entry = join(entryDir, 'chartjs-auto.js');
  writeFileSync(entry, "import Chart from 'chart.js/auto';\nexport default Chart;\n");
  const outDir = mkdtempSync(join(tmpdir(), 'dk-size-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        copyPublicDir: false,
        lib: { entry, formats: ['es'], fileName: 'chartjs-auto' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const files = jsFiles(outDir).map((f) => readFileSync(f));
    return {
      raw: files.reduce((s, b) => s + b.length, 0),
      gzip: files.reduce((s, b) => s + gzip(b), 0),
      brotli: files.reduce((s, b) => s + brotli(b), 0),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kb = (n) => (n / 1024).toFixed(2).padStart(7) + ' KB';
const pad = (s, n) => String(s).padEnd(n);

async function main() {
  if (!existsSync(dist)) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  const { files, sets } = await scenarios();
  const auto = args.has('--no-compare') ? undefined : await chartJsAuto();
  const total = (set) => ({
    files: set.size,
    raw: sum(files, set, 'raw'),
    gzip: sum(files, set, 'gzip'),
    brotli: sum(files, set, 'brotli'),
  });
  const results = {
    text: total(sets.text),
    textBundle: total(sets.main),
    chart: total(sets.chart),
    all: total(sets.all),
    exportChunk: total(sets.onUse),
    chartsOverText: total(sets.chartsOverText),
    chartJsAuto: auto,
    // Its files and request levels, import() of the chart chunk included.
    bundle: { files: sets.all.size, levels: levels(files, join(dist, 'datakultur-widgets.js')) },
  };
  const checks = [
    ['(a) text widgets only (headline + quote, static deps)', results.text, BUDGETS.text],
    ["(a') text widgets through the bundle (static deps)", results.textBundle, BUDGETS.textBundle],
    ['(b) chart chunk (chart-kit + what only it pulls)', results.chart, BUDGETS.chart],
    ['(c) all four widgets (bundle + static deps + chart chunk)', results.all, BUDGETS.all],
    ['(d) export chunk (CSV and PNG, fetched on first use only)', results.exportChunk, BUDGETS.exportChunk],
  ];
  const failed = checks.filter(([, r, budget]) => r.gzip > budget);

  if (args.has('--json')) {
    console.log(
      JSON.stringify(
        { files: [...files.values()].map((f) => ({ ...f, file: relative(dist, f.file) })), results, BUDGETS },
        null,
        2,
      ),
    );
    process.exit(failed.length ? 1 : 0);
  }

  const w = Math.max(...[...files.keys()].map((f) => relative(dist, f).length)) + 2;
  console.log(`${pad('dist/ file', w)}${'raw'.padStart(10)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const f of files.values())
    console.log(`${pad(relative(dist, f.file), w)}${kb(f.raw)}${kb(f.gzip).padStart(11)}${kb(f.brotli).padStart(11)}`);
  console.log('');
  const list = (set) =>
    [...set]
      .map((f) => relative(dist, f))
      .sort()
      .join(', ');
  for (const [label, r, budget] of checks) {
    const ok = r.gzip <= budget;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${pad(label, 58)} gzip ${kb(r.gzip)} / budget ${kb(budget)}   brotli ${kb(r.brotli)}   (${r.files} files)`,
    );
  }
  const failure = total(sets.failure);
  console.log(
    `     on failure only: ${list(sets.failure)}, gzip ${kb(failure.gzip)} (the error messages, fetched the first time a widget fails; in no total)`,
  );
  console.log(`     files in (a): ${list(sets.text)}`);
  console.log(`     files in (b): ${list(sets.chart)}`);
  console.log(
    `     datakultur-widgets.js: ${results.bundle.files} files, ${results.bundle.levels} levels of requests (import() included)`,
  );
  console.log(
    `\n     a page of charts, beyond a text page: gzip ${kb(results.chartsOverText.gzip)}, brotli ${kb(results.chartsOverText.brotli)}`,
  );
  if (auto) {
    const ratio = (results.all.gzip / auto.gzip).toFixed(2);
    console.log(
      `     chart.js/auto alone (vite/rolldown, minified): gzip ${kb(auto.gzip)}, brotli ${kb(auto.brotli)}, raw ${kb(auto.raw)}` +
        `  → all four widgets are ${ratio}× its gzip size`,
    );
    // For comparison, not a budget (the budget is (c)'s); said loudly when it is not so.
    if (results.all.gzip >= auto.gzip)
      console.log(
        `NOTE all four widgets are not smaller than chart.js/auto alone (${results.all.gzip - auto.gzip} B gzip more)`,
      );
  }
  if (failed.length) {
    console.error(
      `\nSize budget broken: ${failed.map(([l, r, b]) => `${l.trim()}: ${r.gzip} B gzip > ${b} B`).join('; ')}`,
    );
    process.exit(1);
  }
  console.log('\nAll size budgets met.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
