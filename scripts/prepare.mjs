#!/usr/bin/env node
// npm's `prepare` (package.json): builds dist/ — bundle, entries, iframe page, types — when it is
// missing, incomplete or older than its sources, and does nothing when it is up to date.
//   - Installed from a git URL, npm runs `prepare` (not `prepack`) in its clone before packing it:
//     this is what puts dist/ in such an install. (It runs it twice there, once in the clone's own
//     `npm install` and once before packing; the second finds dist/ up to date.)
//   - `npm pack`/`npm publish` run `prepack` (this with --always: a full build, even after `npm test`,
//     whose build has no types) and then `prepare`, which again finds nothing to do.
//   - `npm ci`/`npm install` in a clone run it too: one build (~12 s) in a fresh clone, none after.
// Quiet: one line, on stderr (`npm pack --json` prints its JSON on stdout), or the build's own
// output when it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => path.join(root, p);
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));

if (!existsSync(at('node_modules/vite/package.json'))) {
  // `npm ci --omit=dev`: nothing to build with, and nothing here needs dist/.
  console.error('prepare: no devDependencies installed, dist/ not built (npm run build builds it).');
  process.exit(0);
}

/** Every file under `dir` (absolute paths). */
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      )
    : [];

// What a user of the package is promised: every dist/ file that package.json points to.
const targets = (v) =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(targets) : [];
const outputs = [...new Set([pkg.main, pkg.types, ...targets(pkg.exports)])]
  .filter((f) => f?.startsWith('./dist/'))
  .map((f) => at(f));
const inputs = [
  ...walk(at('src')),
  ...walk(at('demo')),
  ...['data/datakultur.json', 'data/report.schema.json', 'index.html', 'builder.html', 'vite.config.ts']
    .concat(['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'])
    .map(at),
].filter((f) => existsSync(f));

const missing = outputs.filter((f) => !existsSync(f));
const newestInput = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
const oldestOutput = missing.length ? 0 : Math.min(...outputs.map((f) => statSync(f).mtimeMs));
const always = process.argv.includes('--always');
if (!always && !missing.length && oldestOutput >= newestInput) {
  console.error('prepare: dist/ is up to date.');
  process.exit(0);
}

const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
if (build.status !== 0) {
  process.stderr.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error(`prepare: npm run build failed${build.error ? `: ${build.error.message}` : ''}.`);
  process.exit(build.status || 1);
}
const why = always
  ? 'for the package'
  : missing.length
    ? `${path.relative(root, missing[0])} was missing`
    : 'the sources were newer';
console.error(`prepare: built dist/ (${why}) in ${Math.round((Date.now() - started) / 1000)} s.`);
