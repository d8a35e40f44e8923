#!/usr/bin/env node
// `npm run check:manifest-schema`: custom-elements.json is valid against the official schema
// (node_modules/custom-elements-manifest/schema.json, JSON Schema draft-07), and tells the whole
// public API: every element's attributes and fields with a type and a description, attribute
// defaults, events with their detail type, CSS properties with defaults, parts, slots described.
// (Whether the file is up to date with the source is scripts/check-manifest.mjs's job.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (p) => JSON.parse(readFileSync(path.join(root, p), 'utf8'));
const manifest = read('custom-elements.json');
const schema = read('node_modules/custom-elements-manifest/schema.json');
const problems = [];

// 1. The schema.
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (!validate(manifest))
  for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath || '(root)'} ${e.message}`);
if (manifest.schemaVersion && schema.properties?.schemaVersion === undefined)
  problems.push('schema: the schema has no schemaVersion property (wrong schema file?)');

// 2. Completeness: what a docs page, an IDE or a CMS integration needs to show the API.
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })),
);
if (!elements.length) problems.push('no custom elements in the manifest');
const typeOf = (x) => x.type?.text?.trim();
const plausibleType = (t) => t && t !== 'undefined' && t !== 'any' && t !== 'unknown';
for (const el of elements) {
  const at = (what) => `${el.tagName}: ${what}`;
  if (!el.description?.trim() && !el.summary?.trim()) problems.push(at('no description'));
  for (const a of el.attributes ?? []) {
    if (!plausibleType(typeOf(a))) problems.push(at(`attribute "${a.name}" has no type (${typeOf(a) ?? 'none'})`));
    if (!a.description?.trim()) problems.push(at(`attribute "${a.name}" has no description`));
    // A default that names a constant (MAX_WAIT) tells a reader nothing: give the value.
    if (a.default !== undefined && /^[A-Z][A-Z0-9_]*$/.test(a.default))
      problems.push(at(`attribute "${a.name}" has the default ${a.default}, a constant's name instead of its value`));
  }
  for (const m of el.members ?? []) {
    if (m.kind !== 'field') continue;
    if (!plausibleType(typeOf(m))) problems.push(at(`property "${m.name}" has no type (${typeOf(m) ?? 'none'})`));
    if (!m.description?.trim()) problems.push(at(`property "${m.name}" has no description`));
  }
  for (const e of el.events ?? []) {
    if (!/^CustomEvent<.+>$/.test(typeOf(e) ?? '')) problems.push(at(`event "${e.name}" has no detail type`));
    if (!e.description?.trim()) problems.push(at(`event "${e.name}" has no description`));
  }
  for (const p of el.cssProperties ?? []) {
    if (p.default === undefined) problems.push(at(`CSS property "${p.name}" has no default`));
    if (!p.description?.trim()) problems.push(at(`CSS property "${p.name}" has no description`));
  }
  for (const p of el.cssParts ?? [])
    if (!p.description?.trim()) problems.push(at(`part "${p.name}" has no description`));
  for (const s of el.slots ?? [])
    if (!s.description?.trim()) problems.push(at(`slot "${s.name || '(default)'}" has no description`));
}

if (problems.length) {
  for (const p of problems) console.error(`custom-elements.json: ${p}`);
  process.exit(1);
}
console.log(
  `custom-elements.json is valid against the Custom Elements Manifest schema ${manifest.schemaVersion} and documents ${elements.map((e) => e.tagName).join(', ')} completely.`,
);
