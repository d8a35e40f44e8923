import { expect } from '@open-wc/testing';
import {
  WIDGETS,
  clearStages,
  create,
  expectFailed,
  expectNothingThrown,
  jsonUrl,
  realReport,
  settle,
  stage,
  uniq,
  watch,
} from './helpers.js';
import type { Mounted, Watch } from './helpers.js';

// JSON that is not a report, and ids the report does not have: every widget, whether it fetched
// the file (src) or was handed the object (report), names the bad field's path — the same
// validation both ways.

type Json = Record<string, any>;

const real = await realReport();
const damaged = (f: (r: Json) => unknown): unknown => {
  const r = structuredClone(real) as Json;
  const out = f(r);
  return out === undefined ? r : out;
};

interface Case {
  name: string;
  json: unknown;
  /** The path the message must name; '' for the root. */
  path: string;
}

const cases: Case[] = [
  { name: 'an array', json: [real], path: '' },
  { name: 'a string', json: 'datakultur', path: '' },
  { name: 'null', json: null, path: '' },
  { name: 'a wrong version', json: damaged((r) => void (r.version = 2)), path: 'version' },
  { name: 'a version as a string', json: damaged((r) => void (r.version = '1')), path: 'version' },
  { name: 'a missing version', json: damaged((r) => void delete r.version), path: 'version' },
  { name: 'a value of the wrong type', json: damaged((r) => void (r.stats[1].value = '60')), path: 'stats[1].value' },
  {
    name: 'a boolean of the wrong type',
    json: damaged((r) => void (r.questions[0].multiple = 'nej')),
    path: 'questions[0].multiple',
  },
  { name: 'a list that is an object', json: damaged((r) => void (r.quotes = {})), path: 'quotes' },
  { name: 'a missing list', json: damaged((r) => void delete r.stats), path: 'stats' },
  { name: 'an unknown unit', json: damaged((r) => void (r.stats[0].unit = '%')), path: 'stats[0].unit' },
  {
    name: 'a percentage below 0',
    json: damaged((r) => void (r.questions[1].answers[0].percent = -1)),
    path: 'questions[1].answers[0].percent',
  },
  {
    name: 'a percentage above 100',
    json: damaged((r) => void (r.questions[1].answers[2].percent = 100.5)),
    path: 'questions[1].answers[2].percent',
  },
  { name: 'a percent stat above 100', json: damaged((r) => void (r.stats[1].value = 160)), path: 'stats[1].value' },
  { name: 'a negative count', json: damaged((r) => void (r.stats[0].value = -142)), path: 'stats[0].value' },
  {
    name: 'single-choice shares adding up to 100.6',
    json: damaged((r) => void (r.questions[0].answers[0].percent += 0.6)),
    path: 'questions[0].answers',
  },
  {
    name: 'single-choice shares adding up to 99.4',
    json: damaged((r) => void (r.questions[0].answers[3].percent -= 0.6)),
    path: 'questions[0].answers',
  },
  { name: 'a duplicate stat id', json: damaged((r) => void (r.stats[2].id = r.stats[0].id)), path: 'stats[2].id' },
  {
    name: 'a duplicate question id',
    json: damaged((r) => void r.questions.push(r.questions[0])),
    path: 'questions[2].id',
  },
  {
    name: 'a duplicate quote id',
    json: damaged((r) => void (r.quotes[1].id = 'top-management')),
    path: 'quotes[1].id',
  },
  { name: 'an empty stat label', json: damaged((r) => void (r.stats[0].label = '')), path: 'stats[0].label' },
  {
    name: 'a blank answer label',
    json: damaged((r) => void (r.questions[0].answers[2].label = '   ')),
    path: 'questions[0].answers[2].label',
  },
  { name: 'an empty quote heading', json: damaged((r) => void (r.quotes[2].heading = '')), path: 'quotes[2].heading' },
  {
    name: 'an empty author name',
    json: damaged((r) => void (r.quotes[0].author.name = '')),
    path: 'quotes[0].author.name',
  },
  { name: 'an empty title', json: damaged((r) => void (r.title = '')), path: 'title' },
];

const mountAll = (
  props: (i: number) => Record<string, unknown>,
  attrs: (i: number) => Record<string, string> = () => ({}),
  lang?: string,
) => {
  const box = stage(lang);
  const ms = WIDGETS.map(({ tag, attr, id }, i) => create(tag, { [attr]: id, ...attrs(i) }, props(i)));
  box.append(...ms.map((m) => m.el));
  return ms;
};

const namesPath = (path: string, lang: 'da' | 'en') =>
  path
    ? new RegExp(`(feltet|the field) ${path.replace(/[[\]().]/g, '\\$&')} (er forkert|is wrong)`)
    : lang === 'en'
      ? /\(root\)/
      : /\(rod\)/;

describe('errors: JSON that is not a report', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  it('the damaged copies are valid JSON, and the undamaged one loads in every widget (control)', async () => {
    const ms = mountAll(
      () => ({}),
      () => ({ src: jsonUrl(real) }),
    );
    expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(w.warns).to.have.length(0);
  });

  it('single-choice shares off by less than 0.5 still load', async () => {
    const json = damaged((r) => void (r.questions[0].answers[0].percent += 0.45));
    const ms = mountAll(
      () => ({}),
      () => ({ src: jsonUrl(json) }),
    );
    expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
  });

  for (const c of cases) {
    it(`${c.name}: names ${c.path || 'the root'}, fetched (src) and as .report, the same way`, async () => {
      const src = jsonUrl(c.json);
      const fetched = mountAll(
        () => ({}),
        () => ({ src }),
      );
      // (A null `report` property means "no report": the widget then says it has no data.)
      const given = mountAll(
        () => ({ report: c.json === null ? [] : structuredClone(c.json) }),
        () => ({}),
        'en',
      );
      const all = [...fetched, ...given];
      expect(await Promise.all(all.map((m) => settle(m.el)))).to.deep.equal(Array(8).fill('error'));
      fetched.forEach((m, i) => {
        const d = expectFailed(m, w, {
          code: 'invalid',
          says: [namesPath(c.path, 'da'), /^Datafilen er ikke en gyldig rapport/],
        });
        expect((d.cause as { info: { path: string } }).info.path).to.equal(c.path);
        const g = expectFailed(given[i], w, {
          code: 'invalid',
          says: [namesPath(c.path, 'en'), /^The data file is not a valid report/],
        });
        expect((g.cause as Error).message, 'the same validation').to.equal((d.cause as Error).message);
      });
      expect(w.warns).to.have.length(8);
      await expectNothingThrown(w);
    });
  }

  for (const value of [42, true, 'report', [], {}, () => 1]) {
    it(`a report property that is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an empty object' : typeof value}`, async () => {
      const ms = mountAll(() => ({ report: value }));
      expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(Array(4).fill('error'));
      for (const m of ms) expectFailed(m, w, { code: 'invalid', says: [/gyldig rapport/] });
      await expectNothingThrown(w);
    });
  }

  it('an object that was valid once and has been changed since is checked again', async () => {
    const r = structuredClone(real) as Json;
    const first = mountAll(() => ({ report: r }))[0];
    expect(await settle(first.el)).to.equal('ready');
    clearStages();
    r.stats[1].value = 'x';
    r.stats[0].unit = 'percent';
    const again = mountAll(() => ({ report: r }));
    expect(await Promise.all(again.map((m) => settle(m.el)))).to.deep.equal(Array(4).fill('error'));
    for (const m of again) expectFailed(m, w, { code: 'invalid', says: [/stats\[0\]\.value/] });
    await expectNothingThrown(w);
  });

  it('a report property replaced by an invalid one fails; replaced again by a good one recovers', async () => {
    const m = mountAll(() => ({ report: structuredClone(real) }))[0];
    expect(await settle(m.el)).to.equal('ready');
    m.readies.length = 0;
    (m.el as unknown as { report: unknown }).report = damaged((r) => void (r.stats[1].value = 'x'));
    await (m.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await settle(m.el);
    expectFailed(m, w, { code: 'invalid', says: [/stats\[1\]\.value/] });
    (m.el as unknown as { report: unknown }).report = structuredClone(real);
    await (m.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(await settle(m.el)).to.equal('ready');
    expect(m.el.shadowRoot!.querySelector('[part~=value]')!.textContent).to.match(/^60\s?%$/);
    await expectNothingThrown(w);
  });
});

describe('errors: an id the report does not have', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  const ids = {
    'dk-headline-stat': ['tal', 'stat', real.stats],
    'dk-quote-card': ['citat', 'quote', real.quotes],
    'dk-donut-chart': ['spørgsmål', 'question', real.questions],
    'dk-bar-chart': ['spørgsmål', 'question', real.questions],
  } as const;

  for (const how of ['src', 'report'] as const) {
    it(`names the id and lists the ids the file has, in every widget (${how})`, async () => {
      const src = `/data/datakultur.json?t=${uniq()}`;
      const box = stage();
      const ms: Mounted[] = WIDGETS.map(({ tag, attr }) =>
        create(
          tag,
          { [attr]: 'findes-ikke', ...(how === 'src' ? { src } : {}) },
          how === 'report' ? { report: real } : {},
        ),
      );
      box.append(...ms.map((m) => m.el));
      expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(Array(4).fill('error'));
      for (const m of ms) {
        const [kind, , list] = ids[m.el.localName as keyof typeof ids];
        const listed = (list as { id: string }[]).map((x) => x.id).join(', ');
        expectFailed(m, w, {
          code: 'unknown-id',
          says: [new RegExp(`intet ${kind} med id'et „findes-ikke“`), new RegExp(`Mulige: ${listed}\\.$`)],
        });
        // A retry cannot fix a wrong id: no button.
        expect(m.el.shadowRoot!.querySelector('button')).to.equal(null);
      }
      await expectNothingThrown(w);
    });
  }

  it('a missing id attribute is an unknown id too, in English', async () => {
    const box = stage('en');
    const ms = WIDGETS.map(({ tag }) => create(tag, { src: '/data/datakultur.json' }));
    box.append(...ms.map((m) => m.el));
    expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(Array(4).fill('error'));
    for (const m of ms)
      expectFailed(m, w, {
        code: 'unknown-id',
        says: [/^The report has no (stat|quote|question) with the id “”\. Available: /],
      });
    await expectNothingThrown(w);
  });
});
