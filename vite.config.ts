import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
// Lit's own minifier for the static text of css`…`/html`…` literals (rolldown leaves it as
// written): −0.5 KB gzip on a text page, −1.0 KB for all four (docs/benchmarks.md, issue 13).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const component = (name: string) => `src/components/${name}/dk-${name}.ts`;

/** `vite build`: the embed bundle and the scripts that run beside it. */
const BUNDLE_ENTRIES: Record<string, string> = {
  'datakultur-widgets': 'src/datakultur-widgets.ts',
  embed: 'src/embed/embed.ts',
  'embed-resize': 'src/embed/embed-resize.ts',
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

/** Static files beside the bundle: the demo and builder pages, the iframe page, the report. */
const staticFiles = (): Plugin => ({
  name: 'datakultur-static-files',
  apply: 'build',
  generateBundle() {
    const files: [string, string][] = [
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

// `npm run build` is two builds into dist/, ES modules with Lit bundled in; chunks are imported
// relative to the file importing them, so dist/ works from any base URL.
//   `vite build`: the embed bundle, datakultur-widgets.js, one file with Lit and all four elements,
//     which fetches chart.js (chunks/chart-kit-*.js) once a chart connects; embed.js, builder.js
//     and embed-resize.js beside it; the static files. Empties dist/ first.
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
    plugins: [minifyHtmlLiterals(), ...(elements ? [] : [staticFiles(), bundleBeside()])],
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
