import { ReportError } from './types.js';
import type { Answer, Report, Stat } from './types.js';

// A check of data/report.schema.json plus the rules JSON Schema cannot express (unique ids,
// single-choice sums, references), written as a small table of checks: under 1 KB gzipped,
// against ~30 KB for a general validator. tests/data/validate.test.ts runs one set of bad fixtures
// through this and through the JSON Schema (ajv), so the two cannot drift apart.

/** Checks `v` at `path` (e.g. `stats[1].value`); throws a `ReportError` ('invalid') naming it. */
type Check = (v: unknown, path: string) => unknown;
type Obj = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new ReportError('invalid', `${path || '(root)'}: ${expected}`, { path, expected });
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const str: Check = (v, p) =>
  typeof v !== 'string' ? fail(p, 'expected a string') : v.trim() || fail(p, 'expected a non-empty string');

const opt =
  (check: Check): Check =>
  (v, p) =>
    v === undefined || check(v, p);

const num =
  (max: number): Check =>
  (v, p) =>
    typeof v !== 'number' || !Number.isFinite(v)
      ? fail(p, 'expected a number')
      : (v < 0 || v > max) && fail(p, `expected a number from 0${max < Infinity ? ` to ${max}` : ''}`);

const is =
  (ok: (v: unknown) => boolean, expected: string): Check =>
  (v, p) =>
    ok(v) || fail(p, expected);

/** An object with these fields (extra fields allowed), then `also` on the whole. */
const obj =
  (fields: Record<string, Check>, also?: (o: Obj, path: string) => void): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'expected an object');
    for (const k in fields) fields[k]((v as Obj)[k], at(p, k));
    also?.(v as Obj, p);
  };

const list =
  (item: Check, min = 0): Check =>
  (v, p) => {
    if (!Array.isArray(v)) fail(p, 'expected an array');
    if (v.length < min) fail(p, `expected at least ${min} item`);
    v.forEach((x, i) => item(x, `${p}[${i}]`));
  };

/** What the check in progress has seen: the ids of the list it is in, the report's stats. */
let seen = new Set<string>();
let stats: Stat[] = [];

/** A list of items with ids, each id unique within it. */
const withIds =
  (item: Check): Check =>
  (v, p) => {
    seen = new Set();
    list(item)(v, p);
  };

const id: Check = (v, p) => {
  str(v, p);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v as string)) fail(p, 'expected lower-case words joined by hyphens');
  if (seen.has(v as string)) fail(p, `duplicate id "${v as string}"`);
  seen.add(v as string);
};

const stat = obj({ id, unit: is((u) => u === 'percent' || u === 'count', 'expected "percent" or "count"') }, (s, p) => {
  num(s.unit === 'percent' ? 100 : Infinity)(s.value, at(p, 'value'));
  str(s.label, at(p, 'label'));
});

const question = obj(
  {
    id,
    title: str,
    multiple: is((b) => typeof b === 'boolean', 'expected true or false'),
    answers: list(obj({ label: str, percent: num(100) }), 1),
    respondentsStat: opt(
      (ref, p) => str(ref, p) && (stats.some((s) => s.id === ref) || fail(p, `no stat with id "${ref as string}"`)),
    ),
    recommendation: opt(str),
    note: opt(is((n) => typeof n === 'string', 'expected a string')),
  },
  (q, p) => {
    const sum = (q.answers as Answer[]).reduce((s, a) => s + a.percent, 0);
    if (!q.multiple && Math.abs(sum - 100) > 0.5)
      fail(at(p, 'answers'), `expected shares adding up to 100 (±0.5), got ${+sum.toFixed(2)}`);
  },
);

const report = obj({
  version: is((v) => v === 1, 'expected 1'),
  lang: opt(str),
  title: str,
  subtitle: opt(str),
  studyQuestions: opt(obj({ heading: str, items: list(str) })),
  dataCollection: opt(
    obj({ heading: str, text: str, definitions: opt(list(obj({ term: str, marker: opt(str), text: str }))) }),
  ),
  stats: withIds(stat),
  questions: withIds(question),
  quotes: withIds(
    obj({ id, heading: str, text: str, author: opt(obj({ name: str, title: opt(str), organisation: opt(str) })) }),
  ),
  download: opt(obj({ text: str, url: is((u) => u == null || typeof u === 'string', 'expected a string or null') })),
});

/** Runs `check` with fresh `seen` and `stats`, and puts back what was there (a getter in the data could call us again). */
function fresh(check: () => unknown, reportStats: Stat[] = []): void {
  const saved = [seen, stats] as const;
  [seen, stats] = [new Set(), reportStats];
  try {
    check();
  } finally {
    [seen, stats] = saved;
  }
}

/** Checks one stat; also used for the headline stat's inline attributes. */
export function checkStat(v: unknown, path: string): Stat {
  fresh(() => stat(v, path));
  return v as Stat;
}

/**
 * Returns `v` as a {@link Report} or throws a `ReportError` ('invalid') naming the first bad
 * field by its path, e.g. `stats[1].value: expected a number`. Extra fields are allowed.
 * Checked every time, never remembered: an object that passed once may have been changed since.
 */
export function validateReport(v: unknown): Report {
  fresh(() => report(v, ''), (v as Report | null)?.stats);
  return v as Report;
}
