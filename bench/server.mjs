// A tiny static server for the benchmark, on 127.0.0.1 only:
//   /dist/…            the build (or --dist DIR)
//   /data/…            the report, from the build
//   /bench/…           the benchmark's pages
//   /bench/widgets.html?n=10   a page of n widgets of all four kinds, generated
//   /demo/…            the demo page's stylesheet
//   /node_modules/chart.js/…, /node_modules/echarts/…   the libraries of the comparison pages
// It compresses text with gzip when the browser asks for it (as any real host would), sends
// `Cache-Control: no-store` (a second request for a file is always visible), and can tell the
// gzip size of anything it serves.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, extname, dirname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The widgets of the n-widget pages, in the order they repeat: a chart first. */
const KINDS = [
  ['dk-donut-chart', 'question', 'roles'],
  ['dk-headline-stat', 'stat', 'more-data-driven'],
  ['dk-bar-chart', 'question', 'usage-contexts'],
  ['dk-quote-card', 'quote', 'top-management'],
  ['dk-headline-stat', 'stat', 'see-potential'],
  ['dk-quote-card', 'quote', 'cross-disciplinary'],
];

export function widgetsPage(n, { textOnly = false, reserve = false } = {}) {
  const kinds = textOnly ? KINDS.filter(([tag]) => !tag.endsWith('chart')) : KINDS;
  const items = Array.from({ length: n }, (_, i) => {
    const [tag, attr, id] = kinds[i % kinds.length];
    return `<${tag} src="/data/datakultur.json" ${attr}="${id}"></${tag}>`;
  });
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${n} widgets</title>
<script src="/bench/instrument.js"></script>
<script>__bench.expected = ${n};</script>
<link rel="stylesheet" href="/bench/page.css">${reserve ? '\n<link rel="stylesheet" href="/bench/reserve.css">' : ''}
<script type="module" src="/dist/datakultur-widgets.js"></script>
</head>
<body>
<main class="article">
<h1>${n} widget${n === 1 ? '' : 's'}</h1>
<p>Tekst før widgets.</p>
${items.join('\n')}
<p>Tekst efter widgets.</p>
</main>
</body>
</html>
`;
}

export function startServer({ dist = join(root, 'dist'), port = 0 } = {}) {
  const mounts = [
    ['/dist/', dist],
    ['/data/', join(dist, 'data')],
    ['/bench/', join(root, 'bench')],
    ['/demo/', join(root, 'demo')],
    ['/node_modules/chart.js/', join(root, 'node_modules', 'chart.js')],
    ['/node_modules/echarts/', join(root, 'node_modules', 'echarts')],
  ];
  const cache = new Map(); // path -> { body, gz, mtime }

  function fileFor(pathname) {
    for (const [prefix, dir] of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = resolve(dir, '.' + decodeURIComponent(pathname.slice(prefix.length - 1)));
      if (file !== dir && !file.startsWith(dir + sep)) return undefined; // no ../ out of a mount
      return file;
    }
    return undefined;
  }

  function load(file) {
    const mtime = statSync(file).mtimeMs;
    let entry = cache.get(file);
    if (!entry || entry.mtime !== mtime) {
      const body = readFileSync(file);
      entry = { body, gz: /\.(png)$/.test(file) ? undefined : gzipSync(body, { level: 9 }), mtime };
      cache.set(file, entry);
    }
    return entry;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body, gz) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      const useGzip = gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (useGzip) headers['content-encoding'] = 'gzip';
      headers['content-length'] = (useGzip ? gz : body).length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : useGzip ? gz : body);
    };
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/dist/index.html' });
      return res.end();
    }
    if (url.pathname === '/bench/widgets.html') {
      const n = Math.max(1, Math.min(1000, Number(url.searchParams.get('n')) || 1));
      const body = Buffer.from(
        widgetsPage(n, { textOnly: url.searchParams.has('text'), reserve: url.searchParams.has('reserve') }),
      );
      return send(200, TYPES['.html'], body, gzipSync(body));
    }
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile())
      return send(404, 'text/plain', Buffer.from('not found'));
    const { body, gz } = load(file);
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', body, gz);
  });

  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      ok({
        origin,
        close: () => new Promise((done) => server.close(done)),
        /** gzip bytes of what the server sends for a URL path (0 when it does not serve it). */
        gzipSize(pathname) {
          const file = fileFor(pathname);
          if (!file || !existsSync(file)) return 0;
          const e = load(file);
          return (e.gz ?? e.body).length;
        },
      });
    }),
  );
}

// `node bench/server.mjs [port]`: serve for looking at the pages by hand.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer({ port: Number(process.argv[2]) || 8099 });
  console.log(`${origin}/dist/index.html  ${origin}/bench/compare/ours.html  ${origin}/bench/widgets.html?n=10`);
}
