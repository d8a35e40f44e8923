// Shared by scripts/bench.mjs, bench/ab.mjs and bench/cpu.mjs.

/**
 * Network profiles for the comparisons (Chromium's emulation: latency added to every request,
 * throughput capped). On loopback the pages race on CPU alone; on a real connection the order of
 * requests matters too.
 */
export const NETWORKS = {
  '4g': { label: '4G: 40 ms, 20 Mbit/s', latency: 40, download: 20e6 / 8, upload: 10e6 / 8 },
  slow4g: { label: 'slow 4G: 150 ms, 1.6 Mbit/s', latency: 150, download: 1.6e6 / 8, upload: 0.75e6 / 8 },
};

/** The median of the finite numbers in `xs` (the mean of the middle two for an even count); NaN for none. */
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Loads `url` in a fresh browser context (an empty cache, a new renderer) at 1200×900 with
 * `prefers-reduced-motion: reduce`, waits until every widget or chart on it is drawn
 * (`__bench.whenDone`), and returns `measure(page)`. `before(page)` runs before the navigation. A page
 * that failed (a page error, a widget error) throws: it is no measurement.
 */
export async function loadDrawn(browser, url, { network, before, measure }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setViewport({ width: 1200, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    if (network) await page.emulateNetworkConditions({ offline: false, ...network });
    await before?.(page);
    await page.goto(url);
    // Waits on a promise in the page, not by polling it: Puppeteer's polling runs a function in
    // every animation frame, main-thread time that would count against the slower page.
    let timer;
    await Promise.race([
      page.evaluate(() => window.__bench.whenDone),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${url}: not drawn in 30 s`)), 30_000))),
    ]).finally(() => clearTimeout(timer));
    const { errors } = await page.evaluate(() => window.__bench);
    if (pageErrors.length || errors.length)
      throw new Error(`${url}: ${[...pageErrors, JSON.stringify(errors)].join('; ')}`);
    return await measure(page);
  } finally {
    await context.close();
  }
}

/**
 * `median(num) ÷ median(den)` and its bootstrap 95 % interval (the 2.5th and 97.5th percentiles
 * over 2000 resamplings). `paired`: `num[i]` and `den[i]` come from the same interleaved round, and
 * rounds are resampled whole, so drift that hits a round hits both sides of the ratio alike.
 */
export function ratioOfMedians(num, den, { paired = false } = {}) {
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  const boot = Array.from({ length: 2000 }, () => {
    if (!paired) return median(num.map(() => pick(num))) / median(den.map(() => pick(den)));
    const rounds = num.map(() => Math.floor(Math.random() * num.length));
    return median(rounds.map((i) => num[i])) / median(rounds.map((i) => den[i]));
  }).sort((a, b) => a - b);
  return [median(num) / median(den), boot[50], boot[1949]];
}

/**
 * The median of the paired differences `a[i] - b[i]` (the same round) and its bootstrap 95 %
 * interval: what a change to a build did, measured in one interleaved run.
 */
export function pairedDifference(a, b) {
  const d = a.map((x, i) => x - b[i]);
  const boot = Array.from({ length: 2000 }, () => median(d.map(() => d[Math.floor(Math.random() * d.length)]))).sort(
    (x, y) => x - y,
  );
  return [median(d), boot[50], boot[1949]];
}

/** The renderer main thread's `bench:drawn` mark and its navigation's start, from a trace's events. */
function drawnAndStart(events) {
  const drawn = events.find((e) => e.name === 'bench:drawn' && e.cat.includes('blink.user_timing'));
  if (!drawn) throw new Error('no bench:drawn mark in the trace');
  const navigationId = drawn.args?.data?.navigationId;
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.navigationId === navigationId);
  if (!start) throw new Error(`no navigationStart for navigation ${navigationId} in the trace`);
  return { drawn, start };
}

/** A complete slice's thread time (µs) between the navigation's start and the mark. */
const threadTime = (e, start, drawn) =>
  e.ts + e.dur > drawn.ts && e.tts !== undefined && drawn.tts !== undefined
    ? Math.max(0, drawn.tts - e.tts)
    : ((e.tdur ?? e.dur) * Math.max(0, Math.min(e.ts + e.dur, drawn.ts) - Math.max(e.ts, start.ts))) / e.dur;

/**
 * From a trace's events: the main thread's CPU and busy time (ms) from the navigation's start to
 * `bench:drawn`, the number of tasks that ran in it, and the time to drawn (ms). The main thread is
 * the one that marked `bench:drawn`; its tasks are the outermost `toplevel` slices.
 */
export function mainThreadToDrawn(events) {
  const { drawn, start } = drawnAndStart(events);
  const tasks = events
    .filter((e) => e.pid === drawn.pid && e.tid === drawn.tid && e.ph === 'X' && e.cat.split(',').includes('toplevel'))
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let busy = 0;
  let count = 0;
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue; // nested in the task before: counted with it
    end = t.ts + t.dur;
    const from = Math.max(t.ts, start.ts);
    const to = Math.min(end, drawn.ts);
    if (to <= from) continue;
    count++;
    busy += to - from;
    cpu += threadTime(t, start, drawn);
  }
  return { cpu: cpu / 1000, busy: busy / 1000, tasks: count, drawn: (drawn.ts - start.ts) / 1000 };
}

/** What a trace slice's own time is spent on, by its name (the first match wins; unmatched: its parent's kind). */
const KINDS = [
  ['style', /^(UpdateLayoutTree|Document::(recalcStyle|updateStyle|rebuildLayoutTree)|StyleEngine|Blink\.Style)/],
  ['layout', /^(Layout$|LocalFrameView::(performLayout|layout)|Blink\.Layout)/],
  [
    'paint, commit',
    /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|Blink\.(Paint|PrePaint|Commit|CompositingInputs)|LocalFrameView::RunPaintLifecyclePhase|WebFrameWidgetImpl::(UpdateLifecycle|BeginMainFrame)|ProxyMain)/,
  ],
  ['HTML parser', /^(ParseHTML|HTMLDocumentParser)/],
  ['CSS parser', /^(ParseAuthorStyleSheet|CSSParserImpl|Blink\.ParseStyleSheet)/],
  ['GC', /^(MinorGC|MajorGC|V8\.GC|BlinkGC|CppGC)/],
  ['compile', /^(v8\.compile|V8\.Compile|v8\.parseOnBackground|V8\.Parse|v8\.produceCache)/],
  [
    'JavaScript',
    /^(FunctionCall|EvaluateScript|v8\.(evaluateModule|run|callFunction|callAsConstructor|newInstance)|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|HandlePostMessage|V8\.(Execute|HandleInterrupts|BytecodeBudgetInterrupt|StackGuard)|BlinkScheduler_PerformMicrotaskCheckpoint)/,
  ],
  [
    'navigation, context',
    /^(DocumentLoader|LocalWindowProxy|Frame::|CommitNavigation|NavigationBodyLoader|V8\.DeserializeContext|InstallConditionalFeatures)/,
  ],
  [
    'loading',
    /^(ResourceFetcher|ResourceLoader|ResponseBodyLoader|Resource::|Resource(SendRequest|Receive|Finish|ChangePriority)|MemoryCache|TextResourceDecoder|ScriptStreamer|ModuleScriptLoader|ModuleTreeLinker)/,
  ],
];

/**
 * The same main-thread CPU time, by kind of work (ms): each slice's own thread time (less its
 * children's) goes to the kind its name says, or to its parent's. Needs a trace with
 * `devtools.timeline` and `disabled-by-default-devtools.timeline` (`bench/cpu.mjs --kinds`).
 */
export function cpuByKind(events) {
  const { drawn, start } = drawnAndStart(events);
  const slices = events
    .filter(
      (e) =>
        e.pid === drawn.pid &&
        e.tid === drawn.tid &&
        e.ph === 'X' &&
        e.tdur !== undefined &&
        e.ts + e.dur > start.ts &&
        e.ts < drawn.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kinds = {};
  const stack = []; // open slices: { e, kind, children }
  const close = (n) => {
    const own = threadTime(n.e, start, drawn) - n.children;
    kinds[n.kind] = (kinds[n.kind] ?? 0) + own / 1000;
  };
  for (const e of slices) {
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= e.ts) close(stack.pop());
    const parent = stack.at(-1);
    if (parent) parent.children += threadTime(e, start, drawn);
    const kind = KINDS.find(([, re]) => re.test(e.name))?.[0] ?? parent?.kind ?? 'task, other';
    stack.push({ e, kind, children: 0 });
  }
  while (stack.length) close(stack.pop());
  return kinds;
}

/**
 * The A/B scripts' command line: `--rounds N` (default 31), `--network 4g|slow4g`, any other
 * `--name value` option or bare flag the script asks for, and the dist folders to compare (default
 * `dist`). Exits with a message for an unknown network.
 */
export function benchArgs(args = process.argv.slice(2)) {
  const argv = [...args];
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    return i < 0 ? fallback : argv.splice(i, 2)[1];
  };
  const flag = (name) => {
    const i = argv.indexOf(name);
    if (i >= 0) argv.splice(i, 1);
    return i >= 0;
  };
  const rounds = Number(option('--rounds', 31));
  const networkName = option('--network', '');
  const network = NETWORKS[networkName];
  if (networkName && !network) {
    console.error(`--network ${networkName}: use ${Object.keys(NETWORKS).join(' or ')}`);
    process.exit(2);
  }
  // The folders are what is left once the caller has taken its own options: call `dists()` last.
  return { rounds, network, option, flag, dists: () => (argv.length ? argv : ['dist']) };
}
