#!/usr/bin/env node
// `npm run check:pack` (after `npm run build`): the npm package holds exactly what a user needs
// — dist/ (bundle, chunks, source maps, iframe page, types), the manifest, the report and its
// schema, README, LICENSE, package.json — and nothing else; and it works once installed:
//   1. `npm pack --dry-run` lists only allowed files, and every required one;
//   2. every `exports`/`main`/`types`/`customElements` target, and every relative import in the
//      packed JS and .d.ts files, is in the package;
//   3. the real tarball, unpacked into a scratch project's node_modules, resolves from Node
//      (every `exports` entry) and type-checks from TypeScript (moduleResolution bundler and
//      node16): typed elements through HTMLElementTagNameMap, the report types, and JSX through
//      DkIntrinsicElements (against a minimal stand-in shaped like @types/react 19's JSX namespace).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const problems = [];
const fail = (m) => problems.push(m);

function die(lines) {
  for (const l of [].concat(lines)) console.error(`check-pack: ${l}`);
  process.exit(1);
}

if (!existsSync(path.join(root, 'dist', 'datakultur-widgets.js')) || !existsSync(path.join(root, 'dist', 'types')))
  die('dist/ or dist/types/ is missing: run npm run build first');

// ---- 1. the file list --------------------------------------------------------------------------
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dry = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(dry[0].files.map((f) => f.path));

const EXACT = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'data/datakultur.json',
  'data/report.schema.json',
];
for (const f of files)
  if (!EXACT.includes(f) && !f.startsWith('dist/')) fail(`${f} is in the package but nobody installing it needs it`);
const REQUIRED = [
  ...EXACT,
  'dist/datakultur-widgets.js',
  'dist/dk-headline-stat.js',
  'dist/dk-quote-card.js',
  'dist/dk-donut-chart.js',
  'dist/dk-bar-chart.js',
  'dist/data.js',
  'dist/types/data.d.ts',
  'dist/embed.html',
  'dist/embed-resize.js',
  'dist/types/datakultur-widgets.d.ts',
  'dist/types/jsx.d.ts',
];
for (const f of REQUIRED) if (!files.has(f)) fail(`${f} is missing from the package`);
// The demo page is the repository's, not a user's; the builder stays (it works wherever dist/ is hosted).
for (const f of files)
  if (f === 'dist/index.html' || f === 'dist/demo/cms.css' || /^dist\/types\/(builder|embed)\//.test(f))
    fail(`${f} is in the package but nobody installing it needs it`);
// One chart.js chunk: the bundle and the per-element entries come from two builds (vite.config.ts)
// that must write the same chart-kit file, not two copies of it.
const chartKits = [...files].filter((f) => /^dist\/chunks\/chart-kit-[\w-]+\.js$/.test(f));
if (chartKits.length === 0) fail('the chart.js chunk is missing');
if (chartKits.length > 1) fail(`${chartKits.join(', ')}: the chart.js chunk is in the package more than once`);
for (const f of files)
  if (
    f.endsWith('.js') &&
    f.startsWith('dist/') &&
    !files.has(`${f}.map`) &&
    readFileSync(path.join(root, f), 'utf8').includes('//# sourceMappingURL=')
  )
    fail(`${f} names a source map that is not in the package`);

// ---- 2. every target and every relative import is packed ----------------------------------------
const rel = (p) => p.replace(/^\.\//, '');
const targets = [];
const walk = (v, where) => {
  if (typeof v === 'string') targets.push([where, v]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${where} ${k}`);
};
walk(pkg.exports, 'exports');
for (const k of ['main', 'module', 'types', 'customElements']) if (pkg[k]) targets.push([k, pkg[k]]);
for (const [where, t] of targets) if (!files.has(rel(t))) fail(`package.json ${where} → ${t}: not in the package`);

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
for (const f of files) {
  if (!/\.(js|d\.ts)$/.test(f)) continue;
  const text = readFileSync(path.join(root, f), 'utf8');
  for (const [, spec] of text.matchAll(IMPORT)) {
    let target = path.posix.normalize(path.posix.join(path.posix.dirname(f), spec));
    if (f.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
    if (!files.has(target)) fail(`${f} imports ${spec}, which is not in the package`);
  }
}

// ---- 3. installed into a scratch project --------------------------------------------------------
const scratch = mkdtempSync(path.join(tmpdir(), 'dk-pack-'));
try {
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const installed = path.join(scratch, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(scratch, packed[0].filename), '-C', installed, '--strip-components=1']);
  // The package's dependencies (for its .d.ts files), as `npm install` would put them beside it.
  const link = (name) => {
    const from = path.join(root, 'node_modules', name);
    const to = path.join(scratch, 'node_modules', name);
    if (!existsSync(from) || existsSync(to)) return;
    mkdirSync(path.dirname(to), { recursive: true });
    symlinkSync(from, to, 'dir');
  };
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    link(dep);
    const own = JSON.parse(readFileSync(path.join(root, 'node_modules', dep, 'package.json'), 'utf8'));
    for (const d of Object.keys(own.dependencies ?? {})) link(d);
  }
  for (const d of ['lit-html', 'lit-element', '@lit/reactive-element', '@kurkle/color']) link(d);
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));

  // Node: every `exports` entry resolves to a file that exists.
  const subpaths = Object.keys(pkg.exports ?? { '.': pkg.main });
  const resolveScript = `
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const bad = [];
    for (const sub of ${JSON.stringify(subpaths)}) {
      const spec = ${JSON.stringify(pkg.name)} + sub.slice(1);
      try {
        const file = fileURLToPath(import.meta.resolve(spec));
        if (!existsSync(file)) bad.push(spec + ' → ' + file + ' (no such file)');
      } catch (e) { bad.push(spec + ': ' + e.message.split('\\n')[0]); }
    }
    console.log(JSON.stringify(bad));`;
  writeFileSync(path.join(scratch, 'resolve.mjs'), resolveScript);
  const node = spawnSync(process.execPath, ['resolve.mjs'], { cwd: scratch, encoding: 'utf8' });
  if (node.status !== 0) fail(`Node resolution failed: ${node.stderr.trim().split('\n')[0]}`);
  else for (const b of JSON.parse(node.stdout)) fail(`Node cannot resolve ${b}`);

  // TypeScript, as an app using the package from a bundler and from Node would.
  mkdirSync(path.join(scratch, 'node_modules', '@types', 'react'), { recursive: true });
  writeFileSync(
    path.join(scratch, 'node_modules', '@types', 'react', 'package.json'),
    JSON.stringify({
      name: '@types/react',
      version: '19.0.0-standin',
      types: 'index.d.ts',
      exports: { '.': { types: './index.d.ts' }, './jsx-runtime': { types: './jsx-runtime.d.ts' } },
    }),
  );
  // Only what the JSX check needs, in @types/react 19's shape: the JSX namespace inside React,
  // and react/jsx-runtime re-exporting it.
  writeFileSync(
    path.join(scratch, 'node_modules', '@types', 'react', 'index.d.ts'),
    `export = React;
export as namespace React;
declare namespace React {
  type ReactNode = string | number | boolean | null | undefined | JSX.Element | Iterable<ReactNode>;
  interface HTMLAttributes<T> { className?: string; id?: string; style?: Record<string, string | number>; children?: ReactNode; onClick?: (e: { currentTarget: T }) => void; }
  function useRef<T>(initial: T | null): { current: T | null };
  namespace JSX {
    interface Element { type: unknown; props: unknown; key: string | null }
    interface ElementChildrenAttribute { children: {} }
    interface IntrinsicAttributes { key?: string | number | bigint | null }
    interface IntrinsicElements { div: HTMLAttributes<HTMLDivElement>; p: HTMLAttributes<HTMLParagraphElement> }
  }
}
`,
  );
  writeFileSync(
    path.join(scratch, 'node_modules', '@types', 'react', 'jsx-runtime.d.ts'),
    `import * as React from './';
export namespace JSX {
  interface Element extends React.JSX.Element {}
  interface ElementChildrenAttribute extends React.JSX.ElementChildrenAttribute {}
  interface IntrinsicAttributes extends React.JSX.IntrinsicAttributes {}
  interface IntrinsicElements extends React.JSX.IntrinsicElements {}
}
export function jsx(type: unknown, props: unknown, key?: unknown): JSX.Element;
export function jsxs(type: unknown, props: unknown, key?: unknown): JSX.Element;
`,
  );
  writeFileSync(
    path.join(scratch, 'app.ts'),
    `import 'datakultur-widgets';
import 'datakultur-widgets/dk-bar-chart.js';
import { validateReport } from 'datakultur-widgets';
import { loadReport, ReportError } from 'datakultur-widgets/data.js';
import type { Question } from 'datakultur-widgets/data.js';
import type { Report, DkErrorDetail } from 'datakultur-widgets';

const stat = document.createElement('dk-headline-stat');
stat.stat = 'more-data-driven';
stat.src = '/data/datakultur.json';
const bars = document.querySelector('dk-bar-chart')!;
bars.sort = 'desc';
const state: 'loading' | 'ready' | 'error' = bars.state;
bars.addEventListener('dk-error', (e) => {
  const detail: DkErrorDetail = e.detail;
  console.log(detail.message, detail.code, state);
});
const report: Report = validateReport({});
document.querySelector('dk-donut-chart')!.report = report;
// @ts-expect-error: sort takes none, desc or asc
bars.sort = 'sideways';
void loadReport('/data/datakultur.json').then(
  (r) => console.log((r.questions[0] satisfies Question).title),
  (e: unknown) => console.log(e instanceof ReportError && e.code),
);
`,
  );
  writeFileSync(
    path.join(scratch, 'react-jsx.d.ts'),
    `import type { HTMLAttributes } from 'react';
import type { DkIntrinsicElements } from 'datakultur-widgets';
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends DkIntrinsicElements<HTMLAttributes<HTMLElement>> {}
  }
}
`,
  );
  writeFileSync(
    path.join(scratch, 'page.tsx'),
    `import { useRef } from 'react';
import type { QuoteCard } from 'datakultur-widgets';

export function Page() {
  const card = useRef<QuoteCard>(null);
  return (
    <div className="report">
      <dk-headline-stat src="/data/datakultur.json" stat="more-data-driven" lang="en"></dk-headline-stat>
      <dk-bar-chart src="/data/datakultur.json" question="usage-contexts" sort="desc" heading-level={2}
        ondk-ready={() => console.log('drawn')}></dk-bar-chart>
      <dk-quote-card ref={card} heading="Inline" author="A. Person" author-title="Title"
        ondk-error={(e) => console.log(e.detail.message)}>
        <p>The quote.</p>
      </dk-quote-card>
      {/* @ts-expect-error: sort takes none, desc or asc */}
      <dk-bar-chart question="roles" sort="sideways"></dk-bar-chart>
    </div>
  );
}
`,
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [label, options] of [
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
  ]) {
    writeFileSync(
      path.join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          ...options,
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          jsx: 'react-jsx',
          jsxImportSource: 'react',
          // A user's project checks only its own code; the package's own .d.ts pass too (below).
          skipLibCheck: false,
          types: [],
        },
        files: ['app.ts', 'page.tsx', 'react-jsx.d.ts'],
      }),
    );
    const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
    if (run.status !== 0) {
      const lines = (run.stdout + run.stderr)
        .trim()
        .split('\n')
        .filter((l) => !l.includes('node_modules/lit') && !l.includes('node_modules/@lit') && !l.includes('chart.js'));
      fail(`TypeScript (${label}) cannot use the installed package:\n    ${lines.slice(0, 12).join('\n    ')}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) die(problems);
const size = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `check-pack: ${files.size} files, ${size(dry[0].size)} packed, ${size(dry[0].unpackedSize)} unpacked; ` +
    'exports resolve in Node, types check with bundler and node16 resolution and in JSX.',
);
