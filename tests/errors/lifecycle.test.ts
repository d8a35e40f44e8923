import { expect } from '@open-wc/testing';
import { MAX_WAIT } from '../../src/data/load.js';
import {
  WIDGETS,
  clearStages,
  create,
  expectFailed,
  expectNothingThrown,
  jsonUrl,
  realReport,
  settle,
  sleep,
  stage,
  uniq,
  watch,
} from './helpers.js';
import type { Watch } from './helpers.js';

// Time and the element's life: the 20 s cap, a src changed mid-request, an element removed
// mid-request, and retrying after a failure.

type Json = Record<string, any>;
type Widget = HTMLElement & { src?: string; stat?: string; updateComplete: Promise<boolean>; timeout: number };

const real = (await realReport()) as Json;
/** The real report with the headline figure changed, so the new content can be told from the old. */
const changed = () => {
  const r = structuredClone(real);
  r.stats[1].value = 42;
  r.stats[1].label = 'ny fil';
  return r;
};
const value = (el: HTMLElement) =>
  (el.shadowRoot?.querySelector('[part~=value]')?.textContent ?? '').replace(/\s/g, ' ');
const served = async (kind: string, key: string): Promise<number> =>
  (await fetch(`/fault/count?of=${kind}&key=${key}`, { cache: 'no-store' })).json();

/** The delays passed to setTimeout while `f` runs (and the microtasks right after it). */
async function delaysDuring(f: () => Promise<unknown>): Promise<number[]> {
  const delays: number[] = [];
  const real = window.setTimeout;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    delays.push(Number(ms ?? 0));
    return real(fn, ms, ...args);
  }) as typeof window.setTimeout;
  try {
    await f();
  } finally {
    window.setTimeout = real;
  }
  return delays;
}

describe('errors: the time limit', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  it('defaults to MAX_WAIT = 20 s, and a widget arms no longer wait than that', async () => {
    expect(MAX_WAIT).to.be.at.most(20_000);
    const m = create<Widget>('dk-headline-stat', { src: `/fault/slow?ms=150&key=${uniq()}`, stat: 'responses' });
    expect(m.el.timeout).to.equal(MAX_WAIT);
    const delays = await delaysDuring(async () => {
      stage().append(m.el);
      await m.el.updateComplete;
    });
    expect(delays, 'the widget armed its limit').to.include(MAX_WAIT);
    expect(Math.max(...delays)).to.be.at.most(MAX_WAIT);
    expect(await settle(m.el)).to.equal('ready');
  });

  for (const timeout of ['999999', String(2 ** 31), String(2 ** 53), 'Infinity', '1e400', 'abc', '0', '-5', '']) {
    it(`timeout="${timeout}" is capped at 20 s: a file that answers in 200 ms still loads`, async () => {
      // (setTimeout fires at once for delays beyond 2^31-1 ms: an uncapped limit would fail here.)
      const m = create<Widget>('dk-headline-stat', {
        src: `/fault/slow?ms=200&key=${uniq()}`,
        stat: 'more-data-driven',
        timeout,
      });
      const delays = await delaysDuring(async () => {
        stage().append(m.el);
        await m.el.updateComplete;
      });
      expect(Math.max(...delays), 'no wait longer than 20 s').to.be.at.most(MAX_WAIT);
      expect(delays.filter((d) => d > 1000)).to.deep.equal([MAX_WAIT]);
      expect(await settle(m.el, 3000)).to.equal('ready');
      expect(m.errors).to.have.length(0);
      expect(w.warns).to.have.length(0);
    });
  }

  it('a timeout set as a property works the same as the attribute', async () => {
    const m = create<Widget>(
      'dk-quote-card',
      { src: `/fault/hang?key=${uniq()}`, quote: 'top-management' },
      { timeout: 300 },
    );
    const t0 = performance.now();
    stage('en').append(m.el);
    expect(await settle(m.el, 1500)).to.equal('error');
    expect(performance.now() - t0).to.be.within(250, 1500);
    expectFailed(m, w, { code: 'timeout', says: [/within 0.3 seconds/] });
    await expectNothingThrown(w);
  });
});

describe('errors: src changed while a request runs', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  for (const { tag, attr, id } of WIDGETS) {
    it(`${tag}: the old request cannot overwrite the new src`, async () => {
      const slow = `/fault/slow?ms=800&key=${uniq()}`;
      const next = changed();
      next.quotes[0].heading = 'Ny overskrift';
      next.questions.forEach((q: Json) => (q.title = 'Nyt spørgsmål'));
      const m = create<Widget>(tag, { src: slow, [attr]: id });
      stage().append(m.el);
      await sleep(100);
      expect(m.el.getAttribute('state')).to.equal('loading');
      m.el.src = jsonUrl(next);
      expect(await settle(m.el, 3000)).to.equal('ready');
      const shown = () => m.el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      const fresh = /42|Ny overskrift|Nyt spørgsmål/;
      expect(shown()).to.match(fresh);
      // Long after the slow answer came: still the new content, one dk-ready, nothing else.
      await sleep(1000);
      expect(m.el.getAttribute('state')).to.equal('ready');
      expect(shown()).to.match(fresh);
      expect(shown()).not.to.match(/60 %|1\. Arbejd aktivt|Respondenter|I hvilke sammenhænge/);
      expect(m.readies).to.have.length(1);
      expect(m.errors).to.have.length(0);
      expect(w.warns).to.have.length(0);
      await expectNothingThrown(w);
    });
  }

  it('a slow new src keeps the old content until it arrives, then shows the new', async () => {
    const m = create<Widget>('dk-headline-stat', {
      src: `/data/datakultur.json?t=${uniq()}`,
      stat: 'more-data-driven',
    });
    stage().append(m.el);
    expect(await settle(m.el)).to.equal('ready');
    expect(value(m.el)).to.equal('60 %');
    m.el.src = `/fault/slow?ms=500&key=${uniq()}`;
    await m.el.updateComplete;
    expect(value(m.el), 'no flash while the new src loads').to.equal('60 %');
    m.el.src = jsonUrl(changed());
    await sleep(50);
    await settle(m.el, 3000);
    await sleep(700);
    expect(value(m.el)).to.equal('42 %');
    expect(m.errors).to.have.length(0);
    await expectNothingThrown(w);
  });

  it('a src changed from a failing file to a good one recovers, and a stale failure cannot come back', async () => {
    const m = create<Widget>('dk-headline-stat', {
      src: `/fault/status?code=500&key=${uniq()}`,
      stat: 'more-data-driven',
    });
    stage().append(m.el);
    expect(await settle(m.el)).to.equal('error');
    // Now a slow failure replaced by a good file before it fails.
    m.el.src = `/fault/hang?key=${uniq()}`;
    m.el.timeout = 400;
    await m.el.updateComplete;
    m.el.src = jsonUrl(changed());
    await sleep(50);
    expect(await settle(m.el)).to.equal('ready');
    await sleep(700);
    expect(m.el.getAttribute('state')).to.equal('ready');
    expect(value(m.el)).to.equal('42 %');
    expect(m.errors, 'only the first, real failure').to.have.length(1);
    expect(w.warns).to.have.length(1);
    await expectNothingThrown(w);
  });
});

describe('errors: an element removed mid-request', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  for (const { tag, attr, id } of WIDGETS) {
    it(`${tag}: no error, no warning; added again, it finishes loading`, async () => {
      const m = create<Widget>(tag, { src: `/fault/slow?ms=400&key=${uniq()}`, [attr]: id });
      const box = stage();
      box.append(m.el);
      await sleep(100);
      m.el.remove();
      await sleep(600);
      expect(m.errors).to.have.length(0);
      expect(m.readies).to.have.length(0);
      expect(w.warns).to.have.length(0);
      box.append(m.el);
      expect(await settle(m.el, 3000)).to.equal('ready');
      expect(m.readies).to.have.length(1);
      expect(m.errors).to.have.length(0);
      expect(w.warns).to.have.length(0);
      await expectNothingThrown(w);
    });
  }

  it('removed while waiting on a server that never answers: its timeout never fires while it is away', async () => {
    const m = create<Widget>('dk-headline-stat', {
      src: `/fault/hang?key=${uniq()}`,
      stat: 'responses',
      timeout: '300',
    });
    const box = stage();
    box.append(m.el);
    await sleep(100);
    m.el.remove();
    await sleep(500);
    expect(m.errors).to.have.length(0);
    expect(w.warns).to.have.length(0);
    // Back in the page it waits again, and fails on its own time.
    box.append(m.el);
    expect(await settle(m.el, 1500)).to.equal('error');
    expectFailed(m, w, { code: 'timeout' });
    await expectNothingThrown(w);
  });

  it('moved to another place in the page mid-request: loads once it arrives', async () => {
    const m = create<Widget>('dk-headline-stat', { src: `/fault/slow?ms=300&key=${uniq()}`, stat: 'responses' });
    const [a, b] = [stage(), stage()];
    a.append(m.el);
    await sleep(50);
    b.append(m.el);
    expect(await settle(m.el, 3000)).to.equal('ready');
    expect(m.errors).to.have.length(0);
    expect(w.warns).to.have.length(0);
    await expectNothingThrown(w);
  });
});

describe('errors: trying again', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  for (const lang of ['da', 'en'] as const) {
    it(`the error view's "${lang === 'da' ? 'Prøv igen' : 'Try again'}" button retries, in every widget`, async () => {
      const box = stage(lang === 'en' ? 'en' : undefined);
      const ms = WIDGETS.map(({ tag, attr, id }) =>
        create<Widget>(tag, { src: `/fault/flaky?key=${uniq()}`, [attr]: id }),
      );
      box.append(...ms.map((m) => m.el));
      expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(Array(4).fill('error'));
      for (const m of ms) {
        expectFailed(m, w, { code: 'http', says: [/503/] });
        const button = m.el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=error] button')!;
        expect(button.textContent!.trim()).to.equal(lang === 'da' ? 'Prøv igen' : 'Try again');
        button.click();
        await m.el.updateComplete;
        expect(m.el.getAttribute('state')).to.equal('loading');
      }
      expect(await Promise.all(ms.map((m) => settle(m.el)))).to.deep.equal(Array(4).fill('ready'));
      for (const m of ms) {
        expect(m.el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
        expect(m.readies).to.have.length(1);
      }
      expect(w.warns).to.have.length(4);
      await expectNothingThrown(w);
    });
  }

  it('a later widget with the same src tries again after a failure', async () => {
    const key = uniq();
    const src = `/fault/flaky?key=${key}`;
    const first = create<Widget>('dk-headline-stat', { src, stat: 'more-data-driven' });
    const box = stage();
    box.append(first.el);
    expect(await settle(first.el)).to.equal('error');
    expect(await served('flaky', key)).to.equal(1);
    const later = create<Widget>('dk-headline-stat', { src, stat: 'see-potential' });
    box.append(later.el);
    expect(await settle(later.el)).to.equal('ready');
    expect(value(later.el)).to.equal('78 %');
    expect(await served('flaky', key)).to.equal(2);
    // The first one keeps its error until asked to retry, which the now-cached report answers.
    expect(first.el.getAttribute('state')).to.equal('error');
    first.el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(await settle(first.el)).to.equal('ready');
    expect(await served('flaky', key)).to.equal(2);
    await expectNothingThrown(w);
  });

  it('a retry after a timeout waits the widget limit again and can fail again (one warning each time)', async () => {
    const m = create<Widget>('dk-headline-stat', {
      src: `/fault/hang?key=${uniq()}`,
      stat: 'responses',
      timeout: '250',
    });
    stage().append(m.el);
    expect(await settle(m.el, 1500)).to.equal('error');
    m.el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await m.el.updateComplete;
    expect(m.el.getAttribute('state')).to.equal('loading');
    expect(await settle(m.el, 1500)).to.equal('error');
    expect(m.errors).to.have.length(2);
    expect(w.warns).to.have.length(2);
    await expectNothingThrown(w);
  });
});
