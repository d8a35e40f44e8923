#!/usr/bin/env node
// `npm run check:manifest`: fails when custom-elements.json is not what `npm run analyze` makes
// from the source today, or when it lacks what the public contract promises for each element.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committedPath = path.join(root, 'custom-elements.json');
const STALE = 'custom-elements.json is stale: run npm run analyze';

function die(lines) {
  for (const line of [].concat(lines)) console.error(line);
  process.exit(1);
}

// 1. Regenerate with exactly `npm run analyze`, into a temporary directory.
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const analyze = pkg.scripts?.analyze;
if (!analyze || !/^cem analyze\b/.test(analyze)) die('package.json has no "analyze" script running `cem analyze`');

const out = mkdtempSync(path.join(tmpdir(), 'cem-check-'));
let fresh;
try {
  // cem joins --outdir onto the working directory, so it must be relative to it.
  const outdir = path.relative(root, out);
  const bin = path.join(root, 'node_modules', '.bin');
  const run = spawnSync(`${analyze} --quiet --outdir "${outdir}"`, {
    cwd: root,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  const file = path.join(out, 'custom-elements.json');
  if (run.status !== 0 || !existsSync(file))
    die([`check-manifest: \`${analyze}\` failed (exit ${run.status})`, run.stdout, run.stderr].filter(Boolean));
  fresh = JSON.parse(readFileSync(file, 'utf8'));
} finally {
  rmSync(out, { recursive: true, force: true });
}

// 2. The committed file must be the same manifest (formatting aside).
if (!existsSync(committedPath)) die(STALE);
let committed;
try {
  committed = JSON.parse(readFileSync(committedPath, 'utf8'));
} catch {
  die(STALE);
}
// The analyzer reads the files in no fixed order: compare the modules by path.
const canonical = (m) =>
  JSON.stringify({
    ...m,
    modules: [...(m.modules ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  });
if (canonical(committed) !== canonical(fresh)) die(STALE);

// 3. What every element must document.
const COMMON_ATTRIBUTES = ['src', 'timeout', 'theme'];
const COMMON_PROPERTIES = ['src', 'report', 'timeout', 'theme', 'state'];
const EXPECTED = {
  'dk-headline-stat': { dir: 'headline-stat', attributes: ['stat', 'value', 'unit', 'label'] },
  'dk-quote-card': {
    dir: 'quote-card',
    attributes: ['quote', 'heading', 'author', 'author-title', 'organisation'],
    slots: [''],
  },
  'dk-donut-chart': { dir: 'donut-chart', attributes: ['question'], optional: true },
  'dk-bar-chart': { dir: 'bar-chart', attributes: ['question'], optional: true },
};

const hasSource = (dir) => {
  const d = path.join(root, 'src', 'components', dir);
  return existsSync(d) && readdirSync(d).some((f) => /\.ts$/.test(f) && !/\.styles\.ts$/.test(f));
};

const declarations = (committed.modules ?? []).flatMap((m) =>
  (m.declarations ?? []).map((d) => ({ ...d, module: m.path })),
);
const problems = [];
const names = (list) => (list ?? []).map((x) => x.name);

for (const [tag, want] of Object.entries(EXPECTED)) {
  if (want.optional && !hasSource(want.dir)) continue;
  const el = declarations.find((d) => d.customElement && d.tagName === tag);
  if (!el) {
    problems.push(`${tag}: not in custom-elements.json as a custom element with that tag name`);
    continue;
  }
  const attributes = names(el.attributes);
  for (const a of [...COMMON_ATTRIBUTES, ...want.attributes])
    if (!attributes.includes(a)) problems.push(`${tag}: attribute "${a}" missing`);
  const members = names(el.members);
  for (const p of COMMON_PROPERTIES) if (!members.includes(p)) problems.push(`${tag}: property "${p}" missing`);
  const events = names(el.events);
  for (const e of ['dk-ready', 'dk-error']) if (!events.includes(e)) problems.push(`${tag}: event "${e}" missing`);
  for (const e of el.events ?? [])
    if (!e.description) problems.push(`${tag}: event "${e.name}" has no description (is it a real event?)`);
  if (!el.cssParts?.length) problems.push(`${tag}: no cssParts`);
  if (!el.cssProperties?.length) problems.push(`${tag}: no cssProperties`);
  for (const s of want.slots ?? [])
    if (!names(el.slots).includes(s)) problems.push(`${tag}: slot "${s || '(default)'}" missing`);
}

// 4. Nothing private leaks into the public documentation.
for (const d of declarations) {
  for (const m of d.members ?? []) {
    if (m.name.startsWith('_')) problems.push(`${d.name}: private member "${m.name}" is listed (mark it @internal)`);
    else if (d.customElement && (m.privacy === 'private' || m.privacy === 'protected'))
      problems.push(`${d.name}: ${m.privacy} member "${m.name}" is listed (mark it @internal)`);
  }
  for (const a of d.attributes ?? [])
    if (a.name.startsWith('_') || a.fieldName?.startsWith('_'))
      problems.push(`${d.name}: private attribute "${a.name}" is listed`);
}

if (problems.length) die(problems.map((p) => `custom-elements.json: ${p}`));
console.log(
  `custom-elements.json is up to date (${Object.keys(EXPECTED)
    .filter((t) => declarations.some((d) => d.tagName === t))
    .join(', ')}).`,
);
