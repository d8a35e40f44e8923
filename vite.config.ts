import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const component = (name: string) => `src/components/${name}/dk-${name}.ts`;

// `npm run build`: the embed bundle and one entry per element, ES modules with Lit bundled in.
// Chunks are imported relative to the entry, so `dist/` works from any base URL.
export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
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
