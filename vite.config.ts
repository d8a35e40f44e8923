import { defineConfig, minifySync, transformWithOxc } from 'vite';
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
// Lit's own minifier for the static text of css`…`/html`…` literals (rolldown leaves it as
// written): −0.5 KB gzip on a text page, −1.0 KB for all four (docs/benchmarks.md, issue 13).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const component = (name: string) => `src/components/${name}/dk-${name}.ts`;

/** `vite build`: the embed bundle and the modules that run beside it (embed-resize.js is no module: below). */
const BUNDLE_ENTRIES: Record<string, string> = {
  'datakultur-widgets': 'src/datakultur-widgets.ts',
  embed: 'src/embed/embed.ts',
  builder: 'src/builder/builder.ts',
};
/** `vite build --mode elements`: one entry per element. */
const ELEMENT_ENTRIES: Record<string, string> = {
  'dk-headline-stat': component('headline-stat'),
  'dk-quote-card': component('quote-card'),
  'dk-donut-chart': component('donut-chart'),
  'dk-bar-chart': component('bar-chart'),
  // The loader, validator and error class the entries share, for code that uses them directly.
  data: 'src/data.ts',
};

/** A dev-server page as it is published beside the bundle: every path made relative to dist/. */
const published = (file: string) =>
  readFileSync(file, 'utf8')
    .replace('/src/datakultur-widgets.ts', './datakultur-widgets.js')
    .replace('/src/builder/builder.ts', './builder.js')
    .replace(/"\/(data|demo)\//g, '"./$1/')
    .replace('href="/builder.html"', 'href="./builder.html"');

/**
 * embed-resize.js, a classic script (a host page on another origin loads it without CORS), so not
 * an entry of the ES-module build, which would hoist its IIFE into globals of the host page.
 */
async function resizeScript(): Promise<string> {
  const { code } = await transformWithOxc(readFileSync('src/embed/embed-resize.ts', 'utf8'), 'embed-resize.ts');
  return minifySync('embed-resize.js', code, { module: false }).code;
}

/** Static files beside the bundle: the demo and builder pages, the iframe page, the resize script, the report. */
const staticFiles = (): Plugin => ({
  name: 'datakultur-static-files',
  apply: 'build',
  async generateBundle() {
    const files: [string, string][] = [
      ['embed-resize.js', await resizeScript()],
      ['index.html', published('index.html')],
      ['builder.html', published('builder.html')],
      ['embed.html', readFileSync('src/embed/embed.html', 'utf8')],
      ['embed.css', readFileSync('src/embed/embed.css', 'utf8')],
      ['demo/cms.css', readFileSync('demo/cms.css', 'utf8')],
      ['demo/builder.css', readFileSync('demo/builder.css', 'utf8')],
      ['data/datakultur.json', readFileSync('data/datakultur.json', 'utf8')],
      ['data/report.schema.json', readFileSync('data/report.schema.json', 'utf8')],
    ];
    for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
  },
});

/**
 * embed.js and builder.js run beside the bundle: they import dist/datakultur-widgets.js itself
 * (one copy of the elements on the page, one file to cache), not a chunk split off it.
 */
const bundleBeside = (): Plugin => ({
  name: 'datakultur-bundle-beside',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '../datakultur-widgets.js' && importer && /[\\/]src[\\/](embed|builder)[\\/]/.test(importer))
      return { id: './datakultur-widgets.js', external: true };
    return undefined;
  },
});

/** A dev-server path under /dist/ → where its source is: a module for vite to serve, or a file to send. */
function devSource(path: string): { module: string } | { file: string; type: string } | undefined {
  const entry: Record<string, string> = {
    ...Object.fromEntries(Object.entries(BUNDLE_ENTRIES).map(([name, src]) => [`${name}.js`, src])),
    ...Object.fromEntries(Object.entries(ELEMENT_ENTRIES).map(([name, src]) => [`${name}.js`, src])),
  };
  if (entry[path]) return { module: `/${entry[path]}` };
  const files: Record<string, [string, string]> = {
    'embed.html': ['src/embed/embed.html', 'text/html'],
    'embed.css': ['src/embed/embed.css', 'text/css'],
    'index.html': ['index.html', 'text/html'],
    'builder.html': ['builder.html', 'text/html'],
  };
  if (files[path]) return { file: files[path][0], type: files[path][1] };
  const under = /^(data|demo)\/([\w.-]+\.(json|css))$/.exec(path);
  if (under && existsSync(`${under[1]}/${under[2]}`))
    return { file: `${under[1]}/${under[2]}`, type: under[3] === 'json' ? 'application/json' : 'text/css' };
  return undefined;
}

/**
 * `npm start`: prints nothing but the URL (with `--logLevel warn`, package.json), and serves dist/'s
 * layout under /dist/ from the source, so the builder's code (…/dist/datakultur-widgets.js,
 * …/dist/embed.html, …/dist/data/datakultur.json) works in dev as in a build. Any other /dist/ path
 * is a 404, not the demo page (vite's fallback for unknown paths). Not in Storybook (middleware mode).
 */
const devServer = (): Plugin => ({
  name: 'datakultur-dev-server',
  apply: 'serve',
  configureServer(server) {
    if (server.config.server.middlewareMode) return;
    if (server.config.logLevel !== 'info')
      server.printUrls = () => {
        const url = server.resolvedUrls?.local[0];
        if (url) console.log(url);
      };
    server.middlewares.use((req, res, next) => {
      const url = new URL(req.url ?? '/', 'http://dev');
      if (!url.pathname.startsWith('/dist/')) return next();
      const source = devSource(url.pathname.slice('/dist/'.length));
      if (source && 'module' in source) {
        req.url = source.module + url.search;
        return next();
      }
      // The files a host on another origin reads (the report, the resize script) need CORS, as in production.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cache-Control', 'no-store');
      if (url.pathname === '/dist/embed-resize.js')
        return void resizeScript().then((code) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      if (!source) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        return void res.end(`Not in dist/ under npm start: ${url.pathname}`);
      }
      const text =
        source.file.endsWith('.html') && !source.file.startsWith('src/')
          ? published(source.file)
          : readFileSync(source.file, 'utf8');
      res.setHeader('Content-Type', `${source.type}; charset=utf-8`);
      res.end(text);
    });
  },
});

// `npm run build` is two builds into dist/, ES modules with Lit bundled in; chunks are imported
// relative to the file importing them, so dist/ works from any base URL.
//   `vite build`: the embed bundle, datakultur-widgets.js, one file with Lit and all four elements,
//     which fetches chart.js (chunks/chart-kit-*.js) once a chart connects; embed.js and builder.js
//     beside it; the static files, embed-resize.js among them. Empties dist/ first.
//   `vite build --mode elements`: one entry per element, dk-*.js, each holding its own element;
//     what they share in chunks/: Lit and the base element (all four), the chart elements' common
//     code (the two charts), and the same chart-kit chunk (same content, same name); and data.js,
//     the loader, validator and ReportError from the shared chunk, for code using them directly.
// A page uses either the bundle or the per-element entries: mixing them works (define() skips a
// tag already defined) but loads Lit twice.
export default defineConfig(({ mode }) => {
  const elements = mode === 'elements';
  return {
    define: { __VERSION__: JSON.stringify(version) },
    plugins: [minifyHtmlLiterals(), devServer(), ...(elements ? [] : [staticFiles(), bundleBeside()])],
    build: {
      target: 'es2022',
      minify: true,
      sourcemap: true,
      emptyOutDir: !elements,
      lib: {
        formats: ['es'],
        entry: elements ? ELEMENT_ENTRIES : BUNDLE_ENTRIES,
      },
      rolldownOptions: {
        output: {
          // Vite 8 library mode keeps whitespace without this.
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Elements build: Lit, the base element and the data code in one shared chunk, though
          // data.js needs only the last: a page of text widgets fetches three files, not four.
          ...(elements && {
            codeSplitting: {
              groups: [
                {
                  name: 'dk-element',
                  // …but not the error messages, a chunk of their own fetched on the first failure.
                  test: (id: string) =>
                    /[\\/](src[\\/](internal|data)[\\/]|node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/])/.test(
                      id,
                    ) && !/[\\/]errors\.ts$/.test(id),
                },
              ],
            },
          }),
        },
      },
    },
  };
});
