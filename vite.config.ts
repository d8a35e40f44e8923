import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { minifyTemplates } from './scripts/minify-templates.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const component = (name: string) => `src/components/${name}/dk-${name}.ts`;

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

// `npm run build`: the embed bundle and one entry per element, ES modules with Lit bundled in.
// Chunks are imported relative to the entry, so `dist/` works from any base URL.
export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [minifyTemplates(), staticFiles()],
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      formats: ['es'],
      entry: {
        'datakultur-widgets': 'src/datakultur-widgets.ts',
        'dk-headline-stat': component('headline-stat'),
        'dk-quote-card': component('quote-card'),
        'dk-donut-chart': component('donut-chart'),
        'dk-bar-chart': component('bar-chart'),
        embed: 'src/embed/embed.ts',
        'embed-resize': 'src/embed/embed-resize.ts',
        builder: 'src/builder/builder.ts',
      },
    },
    rolldownOptions: {
      output: {
        // Vite 8 library mode keeps whitespace without this.
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
