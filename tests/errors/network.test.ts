import { expect } from '@open-wc/testing';
import type { ReportErrorCode } from '../../src/data/types.js';
import {
  GOOD,
  WIDGETS,
  clearStages,
  create,
  expectFailed,
  expectNothingThrown,
  settle,
  stage,
  uniq,
  watch,
} from './helpers.js';
import type { Mounted, Watch } from './helpers.js';

// Every way fetching a report can fail, at the widget level: each of the four widgets, in a page
// with good widgets beside them, ends in state="error" with a message in the page's language
// inside the widget, one dk-error (message + technical cause) and one console.warn — and nothing
// uncaught, and the good widgets still render.

interface Case {
  name: string;
  url: () => string | Promise<string>;
  code: ReportErrorCode;
  /** What the message must say, per language: what is wrong, and what to check. */
  da: RegExp[];
  en: RegExp[];
  attrs?: Record<string, string>;
  /** The longest the widgets may take to give up, in ms. */
  bound?: number;
}

const cases: Case[] = [
  {
    name: 'connection refused (a port nothing listens on)',
    url: async () => {
      const port: number = await (await fetch('/fault/free-port', { cache: 'no-store' })).json();
      return `http://127.0.0.1:${port}/report-${uniq()}.json`;
    },
    code: 'network',
    da: [/kunne ikke hentes/, /Tjek adressen og forbindelsen/],
    en: [/could not be loaded/, /Check the address and the connection/],
  },
  {
    name: 'a port the browser will not connect to (ERR_UNSAFE_PORT)',
    url: () => `http://127.0.0.1:9/report-${uniq()}.json`,
    code: 'network',
    da: [/kunne ikke hentes/, /Tjek adressen og forbindelsen/],
    en: [/could not be loaded/, /Check the address and the connection/],
  },
  {
    name: 'the connection dropped mid-answer (network failure)',
    url: () => `/fault/reset?key=${uniq()}`,
    code: 'network',
    da: [/kunne ikke hentes/, /Tjek adressen og forbindelsen/],
    en: [/could not be loaded/, /Check the address and the connection/],
  },
  {
    name: 'another origin without CORS headers (says so)',
    // The page is on localhost: 127.0.0.1 on the same port is another origin, and the dev server sends no CORS headers.
    url: () => `http://127.0.0.1:${location.port}/data/datakultur.json?t=${uniq()}`,
    code: 'network',
    da: [/kunne ikke hentes/, /Tjek adressen/, /CORS/],
    en: [/could not be loaded/, /Check the address/, /CORS/],
  },
  ...[400, 401, 403, 404, 410, 500, 502, 503].map((status): Case => ({
    name: `HTTP ${status}`,
    url: () => `/fault/status?code=${status}&key=${uniq()}`,
    code: 'http',
    da: [new RegExp(`fejl ${status}\\b`), /Tjek adressen på datafilen/],
    en: [new RegExp(`error ${status}\\b`), /Check the data file's address/],
  })),
  {
    name: 'a 200 whose body is an HTML login page',
    url: () => `/fault/html?key=${uniq()}`,
    code: 'not-json',
    da: [/webside, ikke en datafil/, /Tjek adressen/],
    en: [/web page, not a data file/, /Check the address/],
  },
  {
    name: 'a redirect to an HTML login page',
    url: () => `/fault/redirect?key=${uniq()}`,
    code: 'not-json',
    da: [/webside, ikke en datafil/, /Tjek adressen/],
    en: [/web page, not a data file/, /Check the address/],
  },
  {
    name: 'HTTP 204, no content',
    url: () => `/fault/status?code=204&key=${uniq()}`,
    code: 'not-json',
    da: [/tom/, /Tjek/],
    en: [/empty/, /Check/],
  },
  {
    name: 'an empty body',
    url: () => `/fault/empty?key=${uniq()}`,
    code: 'not-json',
    da: [/tom/, /Tjek/],
    en: [/empty/, /Check/],
  },
  {
    name: 'truncated JSON',
    url: () => `/fault/truncated?key=${uniq()}`,
    code: 'not-json',
    da: [/ikke gyldig JSON/],
    en: [/not valid JSON/],
  },
  {
    name: 'a server that never answers, with timeout="400"',
    url: () => `/fault/hang?key=${uniq()}`,
    attrs: { timeout: '400' },
    code: 'timeout',
    da: [/svarede ikke inden for 0,4 sekunder/, /Tjek/],
    en: [/did not answer within 0.4 seconds/, /Check/],
    bound: 1500,
  },
  {
    name: 'a server that sends the first bytes and then stalls, with timeout="400"',
    url: () => `/fault/stall?key=${uniq()}`,
    attrs: { timeout: '400' },
    code: 'timeout',
    da: [/svarede ikke inden for 0,4 sekunder/, /Tjek/],
    en: [/did not answer within 0.4 seconds/, /Check/],
    bound: 1500,
  },
];

/** Four failing widgets sharing `src`, and two good ones beside them. */
function page(src: string, lang: string | undefined, attrs: Record<string, string> = {}) {
  const box = stage(lang);
  const bad = WIDGETS.map(({ tag, attr, id }) => create(tag, { src, [attr]: id, ...attrs }));
  const good = [
    create('dk-headline-stat', { src: GOOD, stat: 'see-potential' }),
    create('dk-donut-chart', { src: GOOD, question: 'roles' }),
  ];
  box.append(bad[0].el, good[0].el, bad[1].el, bad[2].el, good[1].el, bad[3].el);
  return { bad, good };
}

async function expectGood(good: Mounted[]) {
  for (const m of good) {
    expect(await settle(m.el), `good <${m.el.localName}> beside the broken ones`).to.equal('ready');
    expect(m.errors).to.have.length(0);
    expect(m.readies).to.have.length(1);
  }
  expect(good[0].el.shadowRoot!.querySelector('[part~=value]')!.textContent).to.match(/^78\s?%$/);
  expect(good[1].el.shadowRoot!.querySelectorAll('[part~=legend] li')).to.have.length(4);
}

describe('errors: every way a fetch can fail, in every widget', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
    document.documentElement.removeAttribute('lang');
  });

  for (const c of cases) {
    for (const lang of ['da', 'en'] as const) {
      it(`${c.name} (${lang})`, async () => {
        const bound = c.bound ?? 5000;
        const src = await c.url();
        const t0 = performance.now();
        const { bad, good } = page(src, lang === 'en' ? 'en' : undefined, c.attrs);
        const states = await Promise.all(bad.map((m) => settle(m.el, bound)));
        const elapsed = performance.now() - t0;
        expect(states).to.deep.equal(['error', 'error', 'error', 'error']);
        if (c.attrs?.timeout) expect(elapsed, 'gave up after the widget timeout').to.be.within(350, bound);
        for (const m of bad) {
          const detail = expectFailed(m, w, { code: c.code, says: c[lang] });
          // The button retries (except for an unknown id, which a retry cannot fix).
          expect(m.el.shadowRoot!.querySelector('[part~=error] button')!.textContent!.trim()).to.equal(
            lang === 'en' ? 'Try again' : 'Prøv igen',
          );
          expect(detail.message).to.equal(bad[0].errors[0].detail.message);
        }
        await expectGood(good);
        expect(w.warns, 'one console.warn per failed widget, none for the good ones').to.have.length(4);
        await expectNothingThrown(w);
      });
    }
  }

  it('takes the language from <html lang> when nothing nearer sets one', async () => {
    document.documentElement.lang = 'en';
    const { bad } = page(`/fault/status?code=404&key=${uniq()}`, undefined);
    await Promise.all(bad.map((m) => settle(m.el)));
    for (const m of bad) expectFailed(m, w, { code: 'http', says: [/^The server answered with error 404\./] });
    await expectNothingThrown(w);
  });

  it('the per-widget timeout applies to each widget alone: a patient widget of the same src still loads', async () => {
    const src = `/fault/slow?ms=700&key=${uniq()}`;
    const box = stage();
    const impatient = create('dk-headline-stat', { src, stat: 'responses', timeout: '200' });
    const patient = create('dk-headline-stat', { src, stat: 'more-data-driven' });
    box.append(impatient.el, patient.el);
    expect(await settle(impatient.el, 1000)).to.equal('error');
    expectFailed(impatient, w, { code: 'timeout', says: [/0,2 sekunder/] });
    expect(await settle(patient.el, 3000)).to.equal('ready');
    expect(w.warns).to.have.length(1);
    await expectNothingThrown(w);
  });
});
