#!/usr/bin/env node
// `npm run check:storybook`: opens every story of the built catalogue (storybook-static/, from
// `npm run build-storybook`) in headless Chromium and fails on
//   - an uncaught error or a console.error in the page (except what the story's tags expect),
//   - a story that does not render, or has no dk-* widget,
//   - a widget that has not settled (state loading) after 10 s, unless the story is tagged
//     `loading-on-purpose`; a widget in the wrong end state (`expect-error` stories end in
//     error, the others in ready),
//   - any axe violation (WCAG 2.x A/AA and best practice) in #storybook-root.
// Usage: node scripts/check-storybook.mjs [storybook-static] [--grep text] [--jobs n]
// Chromium: CHROME_PATH, else /usr/bin/chromium.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, requireChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv.splice(i, 2)[1];
};
const grep = option('--grep');
const jobs = Math.max(1, Number(option('--jobs') ?? process.env.STORYBOOK_CHECK_JOBS ?? 3));
const dir = path.resolve(argv[0] ?? path.join(root, 'storybook-static'));

const SETTLE_MS = 10_000;
const RENDER_MS = 20_000;
const WIDGETS = 'dk-headline-stat, dk-quote-card, dk-donut-chart, dk-bar-chart';
// What the browser itself logs as console errors for the failures some stories show on purpose.
const ALLOWED = {
  'allow-console-404': [/Failed to load resource: the server responded with a status of 404/],
  'allow-console-network': [/Failed to load resource: net::ERR_/, /Mixed Content/],
};

function die(message) {
  console.error(`check-storybook: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(dir, 'index.json')) || !existsSync(path.join(dir, 'iframe.html')))
  die(`no built Storybook in ${path.relative(process.cwd(), dir) || '.'}: run npm run build-storybook first`);
await requireChromium();
const axeSource = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
if (!existsSync(axeSource)) die('node_modules/axe-core/axe.min.js is missing: run npm ci');

const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .filter((e) => !grep || e.id.includes(grep) || `${e.title} ${e.name}`.toLowerCase().includes(grep.toLowerCase()));
if (!stories.length) die(grep ? `no story matches "${grep}"` : 'index.json lists no stories');

// ---- a tiny static server: files only, 404 for anything else (no SPA fallback) ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(dir, decodeURIComponent(url.pathname));
  if (!file.startsWith(dir)) return void res.writeHead(403).end();
  // Chromium asks for it by itself; the catalogue has favicon.svg.
  if (url.pathname === '/favicon.ico' && !existsSync(file)) return void res.writeHead(204).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('Not found');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Hashed assets are cached by the browser across stories: one download of the preview bundle.
    'cache-control': /\/assets\//.test(url.pathname) ? 'max-age=3600' : 'no-cache',
  });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();

/** Opens one story and returns the reasons it fails (none: it passes). */
async function check(story, context) {
  const tags = new Set(story.tags ?? []);
  const allowed = [...tags].flatMap((t) => ALLOWED[t] ?? []);
  const problems = [];
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => problems.push(`uncaught: ${String(e.message ?? e).split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    const where = m.location()?.url;
    if (!allowed.some((re) => re.test(text)))
      problems.push(`console.error: ${text.split('\n')[0]}${where ? ` (${where.replace(origin, '')})` : ''}`);
  });
  try {
    // The a11y addon's own run is switched off (axe runs below, once the widgets have settled).
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: RENDER_MS });
    const shown = await page
      .waitForFunction(
        () =>
          ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].find((c) =>
            document.body.classList.contains(c),
          ),
        { timeout: RENDER_MS, polling: 50 },
      )
      .then((h) => h.jsonValue());
    if (shown !== 'sb-show-main') {
      const message = await page.$eval('#error-message', (e) => e.textContent?.trim()).catch(() => '');
      problems.push(`story did not render (${shown})${message ? `: ${message}` : ''}`);
      return problems;
    }

    // A play function (a click, say) has run to its end.
    const phase = await page
      .waitForFunction(
        () => {
          const p = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
          return (
            (!p ||
              !['preparing', 'loading', 'beforeEach', 'rendering', 'playing', 'played', 'completing'].includes(p)) &&
            (p ?? 'unknown')
          );
        },
        { timeout: RENDER_MS, polling: 50 },
      )
      .then(
        (h) => h.jsonValue(),
        () => 'timeout',
      );
    if (phase === 'errored' || phase === 'aborted' || phase === 'timeout')
      problems.push(`story ${phase} (play function?)`);

    const states = () =>
      page.$$eval(`#storybook-root :is(${WIDGETS})`, (els) =>
        els.map((e) => `${e.localName}:${e.getAttribute('state') ?? '(none)'}`),
      );
    const loadingOnPurpose = tags.has('loading-on-purpose');
    const found = await page
      .waitForFunction(
        (sel) => document.querySelector(`#storybook-root :is(${sel})`),
        { timeout: 5000, polling: 50 },
        WIDGETS,
      )
      .then(
        () => true,
        () => false,
      );
    if (!found) {
      problems.push('no dk-* widget in the story');
      return problems;
    }
    await page
      .waitForFunction(
        (sel) =>
          [...document.querySelectorAll(`#storybook-root :is(${sel})`)].every(
            (e) => e.getAttribute('state') !== 'loading',
          ),
        { timeout: loadingOnPurpose ? 1000 : SETTLE_MS, polling: 50 },
        WIDGETS,
      )
      .catch(() => {});
    const want = loadingOnPurpose ? 'loading' : tags.has('expect-error') ? 'error' : 'ready';
    const wrong = (await states()).filter((s) => !s.endsWith(`:${want}`));
    if (wrong.length)
      problems.push(
        want === 'ready' && wrong.some((s) => s.endsWith(':loading'))
          ? `did not settle within ${SETTLE_MS / 1000} s: ${wrong.join(', ')}`
          : `expected state ${want}: ${wrong.join(', ')}`,
      );

    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        // Page-level rules: a story is a fragment of a page.
        rules: {
          region: { enabled: false },
          'landmark-one-main': { enabled: false },
          'page-has-heading-one': { enabled: false },
        },
      });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${JSON.stringify(v.nodes[0]?.target)} — ${v.help}`,
      );
    });
    problems.push(...violations.map((v) => `axe ${v}`));
    // Late console errors (a chart drawing after ready, say) still count.
    await new Promise((r) => setTimeout(r, 100));
  } catch (e) {
    problems.push(`check failed: ${String(e.message ?? e).split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

const started = Date.now();
const results = new Array(stories.length);
let next = 0;
async function worker() {
  // One browser context (one window) per worker: a tab behind another is hidden and gets no
  // animation frames, and a chart reports ready only once chart.js has drawn in a frame.
  const context = await browser.createBrowserContext();
  while (next < stories.length) {
    const i = next++;
    const t = Date.now();
    const problems = await check(stories[i], context);
    results[i] = problems;
    const secs = ((Date.now() - t) / 1000).toFixed(1);
    const head = `${problems.length ? 'FAIL' : 'ok  '} ${stories[i].id} (${secs} s)`;
    console.log(problems.length ? [head, ...problems.map((p) => `       ${p}`)].join('\n') : head);
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(jobs, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((p) => p.length).length;
console.log(
  `storybook: ${stories.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(failed ? 1 : 0);
