import { ReportError } from './types.js';
import type { Answer, Author, Question, Quote, Report, Stat } from './types.js';

// A hand-written check of data/report.schema.json plus the rules JSON Schema cannot express
// (unique ids, single-choice sums, references). About 1 KB gzipped, against ~30 KB for a
// general validator. tests/data/validate.test.ts runs one set of bad fixtures through this and
// through the JSON Schema (ajv), so the two cannot drift apart.

type Obj = Record<string, unknown>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(path: string, expected: string): never {
  throw new ReportError('invalid', `${path || '(root)'}: ${expected}`, { path, expected });
}

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
  return v as Obj;
}

function list(v: unknown, path: string, min = 0): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  if (v.length < min) fail(path, `expected at least ${min} item`);
  return v;
}

function text(o: Obj, key: string, path: string, optional = false): string {
  const v = o[key];
  if (v === undefined && optional) return v as never;
  if (typeof v !== 'string') fail(at(path, key), 'expected a string');
  if (!v.trim()) fail(at(path, key), 'expected a non-empty string');
  return v;
}

function num(o: Obj, key: string, path: string, min: number, max = Infinity): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at(path, key), 'expected a number');
  if (v < min || v > max) fail(at(path, key), `expected a number from ${min}${max < Infinity ? ` to ${max}` : ''}`);
  return v;
}

function id(o: Obj, path: string, seen: Set<string>): string {
  const v = text(o, 'id', path);
  if (!ID.test(v)) fail(at(path, 'id'), 'expected lower-case words joined by hyphens');
  if (seen.has(v)) fail(at(path, 'id'), `duplicate id "${v}"`);
  seen.add(v);
  return v;
}

/** Checks one stat; also used for the headline stat's inline attributes. */
export function checkStat(v: unknown, path: string, seen = new Set<string>()): Stat {
  const o = obj(v, path);
  id(o, path, seen);
  if (o.unit !== 'percent' && o.unit !== 'count') fail(at(path, 'unit'), 'expected "percent" or "count"');
  num(o, 'value', path, 0, o.unit === 'percent' ? 100 : Infinity);
  text(o, 'label', path);
  return o as unknown as Stat;
}

function checkAnswer(v: unknown, path: string): Answer {
  const o = obj(v, path);
  text(o, 'label', path);
  num(o, 'percent', path, 0, 100);
  return o as unknown as Answer;
}

function checkQuestion(v: unknown, path: string, seen: Set<string>, stats: Stat[]): Question {
  const o = obj(v, path);
  id(o, path, seen);
  text(o, 'title', path);
  if (typeof o.multiple !== 'boolean') fail(at(path, 'multiple'), 'expected true or false');
  const answers = list(o.answers, at(path, 'answers'), 1).map((a, i) => checkAnswer(a, at(at(path, 'answers'), i)));
  const ref = text(o, 'respondentsStat', path, true);
  if (ref !== undefined && !stats.some((s) => s.id === ref))
    fail(at(path, 'respondentsStat'), `no stat with id "${ref}"`);
  text(o, 'recommendation', path, true);
  if (o.note !== undefined && typeof o.note !== 'string') fail(at(path, 'note'), 'expected a string');
  if (!o.multiple) {
    const sum = answers.reduce((s, a) => s + a.percent, 0);
    if (Math.abs(sum - 100) > 0.5)
      fail(at(path, 'answers'), `expected shares adding up to 100 (±0.5), got ${+sum.toFixed(2)}`);
  }
  return o as unknown as Question;
}

function checkQuote(v: unknown, path: string, seen: Set<string>): Quote {
  const o = obj(v, path);
  id(o, path, seen);
  text(o, 'heading', path);
  text(o, 'text', path);
  if (o.author !== undefined) checkAuthor(o.author, at(path, 'author'));
  return o as unknown as Quote;
}

function checkAuthor(v: unknown, path: string): Author {
  const o = obj(v, path);
  text(o, 'name', path);
  text(o, 'title', path, true);
  text(o, 'organisation', path, true);
  return o as unknown as Author;
}

/**
 * Returns `v` as a {@link Report} or throws a `ReportError` ('invalid') naming the first bad
 * field by its path, e.g. `stats[1].value: expected a number`. Extra fields are allowed.
 * Checked every time, never remembered: an object that passed once may have been changed since.
 */
export function validateReport(v: unknown): Report {
  const o = obj(v, '');
  if (o.version !== 1) fail('version', 'expected 1');
  text(o, 'lang', '', true);
  text(o, 'title', '');
  text(o, 'subtitle', '', true);
  if (o.studyQuestions !== undefined) {
    const p = 'studyQuestions';
    const s = obj(o.studyQuestions, p);
    text(s, 'heading', p);
    list(s.items, at(p, 'items')).forEach((_, i) => text(s.items as Obj, i as never, at(p, 'items')));
  }
  if (o.dataCollection !== undefined) {
    const p = 'dataCollection';
    const d = obj(o.dataCollection, p);
    text(d, 'heading', p);
    text(d, 'text', p);
    if (d.definitions !== undefined)
      list(d.definitions, at(p, 'definitions')).forEach((v, i) => {
        const q = at(at(p, 'definitions'), i);
        const def = obj(v, q);
        text(def, 'term', q);
        text(def, 'marker', q, true);
        text(def, 'text', q);
      });
  }
  const statIds = new Set<string>();
  const stats = list(o.stats, 'stats').map((s, i) => checkStat(s, at('stats', i), statIds));
  const questionIds = new Set<string>();
  list(o.questions, 'questions').forEach((q, i) => checkQuestion(q, at('questions', i), questionIds, stats));
  const quoteIds = new Set<string>();
  list(o.quotes, 'quotes').forEach((q, i) => checkQuote(q, at('quotes', i), quoteIds));
  if (o.download !== undefined) {
    const d = obj(o.download, 'download');
    text(d, 'text', 'download');
    if (d.url !== undefined && d.url !== null && typeof d.url !== 'string')
      fail('download.url', 'expected a string or null');
  }
  return o as unknown as Report;
}
