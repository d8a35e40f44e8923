import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateReport } from '../../src/data/validate.js';
import { ReportError } from '../../src/data/types.js';
import {
  WIDGETS,
  clearStages,
  create,
  jsonUrl,
  realReport,
  settle,
  shownMessage,
  sleep,
  stage,
  watch,
} from './helpers.js';

// Property: take the real report, damage it at random (delete, retype, duplicate, truncate,
// huge numbers, NaN-like strings), hand it to all four widgets — as the `report` property or
// fetched through /fault/json — and every widget ends in `ready` or `error` within a bound, with
// a message when it is `error`, one console.warn per error, and nothing thrown. And the outcome
// agrees with the validator: an invalid report fails every widget as `invalid`; a valid one is
// `ready` or, if the widget's id went missing, `unknown-id`.

type Path = (string | number)[];
type Mutation = { at: number; op: Op };
type Op =
  | { kind: 'delete' }
  | { kind: 'retype'; to: 'number' | 'string' | 'null' | 'array' | 'object' | 'boolean' }
  | { kind: 'duplicate' }
  | { kind: 'truncate'; n: number }
  | { kind: 'set'; value: unknown };

const BOUND = 4000;
const RUNS = 80;

const real = await realReport();

function paths(v: unknown, p: Path = []): Path[] {
  const out: Path[] = [p];
  if (v && typeof v === 'object')
    for (const k of Object.keys(v)) out.push(...paths((v as never)[k], [...p, Array.isArray(v) ? Number(k) : k]));
  return out;
}

const retype = (v: unknown, to: string): unknown => {
  switch (to) {
    case 'number':
      return typeof v === 'string'
        ? Number(v) || v.length
        : typeof v === 'number'
          ? -v
          : Array.isArray(v)
            ? v.length
            : 1;
    case 'string':
      return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
    case 'null':
      return null;
    case 'array':
      return [v];
    case 'object':
      return { value: v };
    default:
      return !!v;
  }
};

/** Applies one mutation to `root` (in place where it can) and returns the new root. */
function apply(root: unknown, { at, op }: Mutation): unknown {
  const all = paths(root);
  const path = all[at % all.length];
  const value = path.reduce<unknown>((o, k) => (o as never)[k], root);
  let next: unknown;
  switch (op.kind) {
    case 'delete':
      next = undefined;
      break;
    case 'retype':
      next = retype(value, op.to);
      break;
    case 'duplicate':
      next = Array.isArray(value) ? [...value, ...structuredClone(value).slice(0, 2)] : value;
      break;
    case 'truncate':
      next =
        typeof value === 'string' || Array.isArray(value)
          ? value.slice(0, op.n)
          : typeof value === 'number'
            ? Math.trunc(value / (op.n + 1))
            : value && typeof value === 'object'
              ? Object.fromEntries(Object.entries(value).slice(0, op.n))
              : value;
      break;
    case 'set':
      next = op.value;
  }
  if (!path.length) return next;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as never)[k], root) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (op.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (op.kind === 'duplicate' && Array.isArray(parent)) {
    parent.splice(key as number, 0, structuredClone(value));
  } else parent[key] = next;
  return root;
}

const huge = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 1,
  1e21,
  5e-324,
  -0.0001,
);
const nanLike = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '60 %',
  '60,5',
  '',
  ' ',
  '0x10',
  'null',
  '١٠٠',
  '<b>x</b>',
);
const notJson = fc.constantFrom(NaN, Infinity, -Infinity, undefined); // only as a property: JSON has no such values

const op = (asProperty: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant<Op>({ kind: 'delete' }) },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom('number', 'string', 'null', 'array', 'object', 'boolean' as const)
        .map((to) => ({ kind: 'retype', to }) as Op),
    },
    { weight: 2, arbitrary: fc.constant<Op>({ kind: 'duplicate' }) },
    { weight: 3, arbitrary: fc.nat({ max: 3 }).map((n) => ({ kind: 'truncate', n }) as Op) },
    {
      weight: 2,
      arbitrary: (asProperty ? fc.oneof(huge, notJson) : huge).map((value) => ({ kind: 'set', value }) as Op),
    },
    { weight: 2, arbitrary: nanLike.map((value) => ({ kind: 'set', value }) as Op) },
  );

const damage = (asProperty: boolean) =>
  fc.array(fc.record({ at: fc.nat(), op: op(asProperty) }), { minLength: 1, maxLength: 3 });

/** What the validator says of `report`: null when valid, else the error. */
function verdict(report: unknown): ReportError | null {
  try {
    validateReport(report);
    return null;
  } catch (e) {
    expect(e, 'the validator throws only ReportErrors').to.be.instanceOf(ReportError);
    return e as ReportError;
  }
}

async function check(report: unknown, how: 'report' | 'src'): Promise<void> {
  const w = watch();
  try {
    const box = stage(Math.random() < 0.5 ? 'en' : undefined);
    let src: string | undefined;
    let expected: ReportError | null;
    if (how === 'src') {
      const text = JSON.stringify(report);
      if (text === undefined) return; // the root itself was deleted: nothing to serve
      src = jsonUrl(JSON.parse(text));
      expected = verdict(JSON.parse(text));
    } else {
      // A null/undefined `report` means "no report": the widget then says it has no data.
      expected = report == null ? null : verdict(structuredClone(report));
    }
    const ms = WIDGETS.map(({ tag, attr, id }) =>
      create(tag, { [attr]: id, ...(src ? { src } : {}) }, src ? {} : { report }),
    );
    box.append(...ms.map((m) => m.el));
    const states = await Promise.all(ms.map((m) => settle(m.el, BOUND)));
    let errors = 0;
    ms.forEach((m, i) => {
      const what = `<${m.el.localName}>`;
      expect(states[i], what).to.be.oneOf(['ready', 'error']);
      if (states[i] === 'error') {
        errors++;
        expect(m.errors, `${what}: one dk-error`).to.have.length(1);
        const { message, code, cause } = m.errors[0].detail;
        expect(message, `${what}: a message`).to.be.a('string').and.match(/\S/);
        expect(shownMessage(m.el), `${what}: the message is shown`).to.equal(message);
        expect(cause, `${what}: a technical cause`).to.be.instanceOf(ReportError);
        if (!src && report == null) expect(code).to.equal('no-source');
        else if (expected) expect(code, `${what}: invalid (${expected.message})`).to.equal('invalid');
        else expect(code, `${what}: only its id can be missing from a valid report`).to.equal('unknown-id');
      } else {
        expect(expected, `${what} rendered a report the validator rejects`).to.equal(null);
        expect(m.readies, `${what}: one dk-ready`).to.have.length(1);
        expect(m.errors).to.have.length(0);
      }
    });
    if (expected) expect(errors, `every widget fails for: ${expected.message}`).to.equal(4);
    expect(w.warns, 'one console.warn per failed widget').to.have.length(errors);
    await sleep(0);
    expect(w.uncaught.map(String), 'nothing thrown').to.deep.equal([]);
  } finally {
    w.restore();
    clearStages();
  }
}

describe('property: a randomly damaged report never breaks a widget', () => {
  for (const how of ['report', 'src'] as const) {
    it(`as the ${how === 'report' ? 'report property' : 'fetched src'}: ready or error, with a message, nothing thrown`, async function () {
      this.timeout(120_000);
      const seed = Date.now() ^ (Math.random() * 2 ** 31);
      const property = fc.asyncProperty(damage(how === 'report'), async (mutations) => {
        let report: unknown = structuredClone(real);
        for (const m of mutations) report = apply(report, m);
        await check(report, how);
      });
      const details = await fc.check(property, { numRuns: RUNS / 2, seed });
      if (details.failed) {
        throw new Error(`seed ${seed}: ${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}`);
      }
    });
  }

  it('the damage is real: most damaged reports are rejected, some still load (control)', () => {
    const samples = fc.sample(damage(true), { numRuns: 300, seed: 42 });
    let invalid = 0;
    for (const mutations of samples) {
      let report: unknown = structuredClone(real);
      for (const m of mutations) report = apply(report, m);
      if (report == null || verdict(report)) invalid++;
    }
    expect(invalid).to.be.within(60, 290);
  });
});
