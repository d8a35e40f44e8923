import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const component = (name: string) => `src/components/${name}/dk-${name}.ts`;

/** Static files beside the bundle: the iframe page, its stylesheet, and the report. */
const staticFiles = (): Plugin => ({
  name: 'datakultur-static-files',
  apply: 'build',
  generateBundle() {
    for (const [fileName, from] of [
      ['embed.html', 'src/embed/embed.html'],
      ['embed.css', 'src/embed/embed.css'],
      ['data/datakultur.json', 'data/datakultur.json'],
      ['data/report.schema.json', 'data/report.schema.json'],
    ])
      this.emitFile({ type: 'asset', fileName, source: readFileSync(from, 'utf8') });
  },
});

// `npm run build`: the embed bundle and one entry per element, ES modules with Lit bundled in.
// Chunks are imported relative to the entry, so `dist/` works from any base URL.
export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [staticFiles()],
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
