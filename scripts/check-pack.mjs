#!/usr/bin/env node
// `npm run check:pack` (after `npm run build`): packs the real tarball once, then
//   1. its file list holds what a user needs (dist/, the manifest, the report and its schema,
//      README, LICENSE) and nothing else, with one chart.js chunk and every named source map;
//   2. publint (strict: warnings fail) lints its package.json against the packed files;
//   3. attw (Are the Types Wrong?) resolves every `exports` entry to JS and types;
//   4. installed with npm into a scratch project, the app in scripts/pack-app type-checks against
//      it with moduleResolution bundler and node16: typed elements, the report types, and JSX
//      through DkIntrinsicElements (against a stand-in shaped like @types/react 19's JSX).
// publint and attw check that every target exists and resolves; 1 and 4 are what they do not do.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
const fail = (m) => problems.push(m);
const die = (lines) => {
  for (const l of [].concat(lines)) console.error(`check-pack: ${l}`);
  process.exit(1);
};
if (!existsSync(path.join(root, 'dist', 'datakultur-widgets.js')) || !existsSync(path.join(root, 'dist', 'types')))
  die('dist/ or dist/types/ is missing: run npm run build first');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const scratch = mkdtempSync(path.join(tmpdir(), 'dk-pack-'));
let summary;
try {
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const tarball = path.join(scratch, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));

  // ---- 1. the file list -----------------------------------------------------------------------
  const TOP = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'data/datakultur.json',
    'data/report.schema.json',
  ];
  // The demo page is the repository's, not a user's; the builder stays (it works wherever dist/
  // is hosted); of the iframe's types only embed-resize's, which `exports` names.
  const unneeded = (f) =>
    (!TOP.includes(f) && !f.startsWith('dist/')) ||
    ['dist/index.html', 'dist/demo/cms.css', 'dist/types/embed/embed.d.ts'].includes(f) ||
    f.startsWith('dist/types/builder/');
  for (const f of files) if (unneeded(f)) fail(`${f} is in the package but nobody installing it needs it`);
  // What no `exports` entry names (publint checks those): the files embed.html loads, the notices.
  for (const f of [...TOP, 'dist/embed.js', 'dist/embed.css', 'dist/builder.html', 'dist/builder.js'])
    if (!files.has(f)) fail(`${f} is missing from the package`);
  // One chart.js chunk: the bundle and the per-element entries come from two builds (vite.config.ts)
  // that must write the same chart-kit file, not two copies of it.
  const chartKits = [...files].filter((f) => /^dist\/chunks\/chart-kit-[\w-]+\.js$/.test(f));
  if (chartKits.length !== 1)
    fail(`${chartKits.length} chart.js chunks in the package (${chartKits.join(', ') || 'none'}); there should be one`);
  for (const f of files)
    if (
      f.endsWith('.js') &&
      !files.has(`${f}.map`) &&
      readFileSync(path.join(root, f), 'utf8').includes('//# sourceMappingURL=')
    )
      fail(`${f} names a source map that is not in the package`);

  // ---- 2. publint -----------------------------------------------------------------------------
  const bytes = readFileSync(tarball);
  const lint = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
  });
  for (const m of lint.messages) {
    const text = `publint ${m.type} ${m.code}: ${formatMessage(m, lint.pkg, { color: false })}`;
    if (m.type === 'suggestion') console.log(`check-pack: ${text}`);
    else fail(text);
  }

  // ---- 3. attw --------------------------------------------------------------------------------
  // The package is ESM only ("type": "module", no `require` condition), which the profile
  // esm-only says: it ignores node10 (no `exports` support, so no subpaths) and require() from
  // node16 CommonJS. ./embed.html is a page to host or frame, not a module to import.
  const ATTW_IGNORED = ['node10', 'node16-cjs']; // what --profile esm-only ignores, for the report below
  const ATTW_DOCS = 'https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/';
  const attwPkg = path.join(root, 'node_modules', '@arethetypeswrong', 'cli');
  const attwBin = path.join(attwPkg, JSON.parse(readFileSync(path.join(attwPkg, 'package.json'), 'utf8')).bin.attw);
  // Into a file: attw exits as soon as it has written, which cuts a long write to a pipe short.
  const attwJson = path.join(scratch, 'attw.json');
  const out = openSync(attwJson, 'w');
  const attw = spawnSync(
    process.execPath,
    [attwBin, tarball, '--profile', 'esm-only', '--exclude-entrypoints', './embed.html', '--format', 'json'],
    { encoding: 'utf8', stdio: ['ignore', out, 'pipe'] },
  );
  closeSync(out);
  let attwResult;
  try {
    attwResult = JSON.parse(readFileSync(attwJson, 'utf8'));
  } catch {
    fail(`attw did not run: ${attw.stderr.trim().split('\n')[0]}`);
  }
  const entrypoints = Object.keys(attwResult?.analysis.entrypoints ?? {});
  if (attwResult && attw.status !== 0) {
    // One line per problem and place, with the resolutions it happens in and attw's explanation.
    const found = new Map();
    for (const p of Object.values(attwResult.problems ?? {}).flat()) {
      if (ATTW_IGNORED.includes(p.resolutionKind)) continue;
      const where =
        p.entrypoint ?? `${p.fileName?.replace(/^\/node_modules\/[^/]+\//, '')} imports ${p.moduleSpecifier}`;
      const key = `${p.kind}: ${where}`;
      if (!found.has(key)) found.set(key, { kind: p.kind, in: new Set() });
      found.get(key).in.add(p.resolutionKind ?? p.resolutionOption);
    }
    for (const [key, { kind, in: resolutions }] of found)
      fail(`attw ${key} (${[...resolutions].join(', ')}); see ${ATTW_DOCS}${kind}.md`);
    if (!found.size) fail(`attw failed: ${attw.stderr.trim().split('\n')[0]}`);
  }

  // ---- 4. installed into a scratch project and type-checked -----------------------------------
  const app = path.join(scratch, 'app');
  cpSync(path.join(root, 'scripts', 'pack-app'), app, { recursive: true });
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // The dependencies come from npm's cache (filled by `npm ci`), from the registry if missing.
  const install = spawnSync(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball],
    { cwd: app, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr.trim()}`);
  cpSync(path.join(app, 'react'), path.join(app, 'node_modules', '@types', 'react'), { recursive: true });
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [label, flags] of [
    ['bundler', []],
    ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
  ]) {
    const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', ...flags], { cwd: app, encoding: 'utf8' });
    if (run.status !== 0) {
      const lines = (run.stdout + run.stderr).trim().split('\n');
      fail(`TypeScript (${label}) cannot use the installed package:\n    ${lines.slice(0, 12).join('\n    ')}`);
    }
  }

  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  summary =
    `${files.size} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked; ` +
    `publint (strict): ${lint.messages.length} messages; attw (esm-only): ${entrypoints.length} entry points, no problems; ` +
    'the installed package type-checks with bundler and node16 resolution and in JSX.';
} catch (e) {
  fail(e.message);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) die(problems);
console.log(`check-pack: ${summary}`);
