import { expect } from '@open-wc/testing';
import { loadReport, MAX_WAIT } from '../../src/data/load.js';
import { ReportError } from '../../src/data/types.js';
import type { Report } from '../../src/data/types.js';

// loadReport against the real dev server and its fault routes (tests/server/faults.mjs).
// The report cache is page-wide, so every test uses URLs no other test uses.

performance.setResourceTimingBufferSize(10_000);

const expected: Report = await (await fetch('/data/datakultur.json', { cache: 'no-store' })).json();

let n = 0;
/** A key no other test has used. */
const uniq = () => `${Date.now().toString(36)}-${n++}`;

/** How many requests the dev server has had for `/fault/<kind>?key=<key>`. */
async function served(kind: string, key: string): Promise<number> {
  const res = await fetch(`/fault/count?of=${kind}&key=${key}`, { cache: 'no-store' });
  return res.json();
}

/** How many requests this page made for `url` (Resource Timing). */
const requestsFor = (url: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name === new URL(url, location.href).href).length;

/** The ReportError `p` rejects with; fails if it resolves or rejects with anything else. */
async function failure(p: Promise<unknown>): Promise<ReportError> {
  let error: unknown;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  expect(error, 'loadReport should have rejected').to.be.instanceOf(ReportError);
  return error as ReportError;
}

const base64url = (text: string) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const jsonUrl = (json: unknown) => `/fault/json?key=${uniq()}&body=${base64url(JSON.stringify(json))}`;

/** A small valid report (the real one is too long for a query string). */
const tiny = () => ({
  version: 1,
  title: 'T',
  stats: [
    { id: 'a', value: 1, unit: 'count', label: 'A' },
    { id: 'b', value: 60, unit: 'percent', label: 'B' },
  ],
  questions: [],
  quotes: [],
});

const abs = (path: string) => new URL(path, location.href).href;

describe('loadReport', () => {
  describe('sharing', () => {
    it('loads, parses and validates the report', async () => {
      const report = await loadReport(`/fault/report?key=${uniq()}`);
      expect(report.title).to.equal(expected.title);
      expect(report.stats.map((s) => s.id)).to.deep.equal(expected.stats.map((s) => s.id));
      expect(report).to.deep.equal(expected);
    });

    it('makes one request for many concurrent callers of one URL, and they get the same object', async () => {
      const key = uniq();
      const url = `/fault/slow?ms=200&key=${key}`;
      const reports = await Promise.all(Array.from({ length: 12 }, () => loadReport(url)));
      expect(await served('slow', key)).to.equal(1);
      expect(new Set(reports).size).to.equal(1);
      expect(reports[0].title).to.equal(expected.title);
      // A later caller is answered from the same (successful) request.
      expect(await loadReport(url)).to.equal(reports[0]);
      expect(await served('slow', key)).to.equal(1);
    });

    it('counts as one request in Resource Timing too', async () => {
      const url = `/data/datakultur.json?t=${uniq()}`;
      await Promise.all([loadReport(url), loadReport(url), loadReport(url)]);
      expect(requestsFor(url)).to.equal(1);
    });

    it('makes separate requests for different URLs', async () => {
      const [k1, k2] = [uniq(), uniq()];
      const [a, b] = await Promise.all([loadReport(`/fault/report?key=${k1}`), loadReport(`/fault/report?key=${k2}`)]);
      expect(a).not.to.equal(b);
      expect([await served('report', k1), await served('report', k2)]).to.deep.equal([1, 1]);
    });

    it('resolves a relative src against the page: two spellings of one URL share one request', async () => {
      const key = uniq();
      // Relative to the page (not to this module under /tests/data/, where it would be a 404).
      const spellings = [
        `fault/report?key=${key}`,
        `./fault/x/../report?key=${key}`,
        `/fault/report?key=${key}`,
        abs(`/fault/report?key=${key}`),
      ];
      const reports = await Promise.all(spellings.map((s) => loadReport(s)));
      expect(new Set(reports).size).to.equal(1);
      expect(reports[0].title).to.equal(expected.title);
      expect(await served('report', key)).to.equal(1);
    });
  });

  describe('errors', () => {
    it('network: a refused connection', async () => {
      const url = 'http://127.0.0.1:9/x.json';
      const e = await failure(loadReport(url));
      expect(e.code).to.equal('network');
      expect(e.info.url).to.equal(url);
      expect(e.info.crossOrigin).to.equal(true);
      expect(e.message).to.contain(url);
    });

    it('network: another origin without CORS headers, flagged crossOrigin', async () => {
      expect(location.hostname, 'the test page must be on localhost for 127.0.0.1 to be another origin').to.equal(
        'localhost',
      );
      const url = `http://127.0.0.1:${location.port}/data/datakultur.json?t=${uniq()}`;
      const e = await failure(loadReport(url));
      expect(e.code).to.equal('network');
      expect(e.info).to.include({ url, crossOrigin: true });
      expect(e.message).to.contain('CORS');
    });

    for (const status of [404, 500]) {
      it(`http: ${status}`, async () => {
        const url = `/fault/status?code=${status}&key=${uniq()}`;
        const e = await failure(loadReport(url));
        expect(e.code).to.equal('http');
        expect(e.info).to.deep.equal({ url: abs(url), status });
        expect(e.message).to.contain(String(status));
      });
    }

    for (const [route, kind] of [
      ['html', 'html'],
      ['empty', 'empty'],
      ['truncated', 'broken'],
    ] as const) {
      it(`not-json: ${route} → kind ${kind}`, async () => {
        const url = `/fault/${route}?key=${uniq()}`;
        const e = await failure(loadReport(url));
        expect(e.code).to.equal('not-json');
        expect(e.info).to.deep.equal({ url: abs(url), kind });
      });
    }

    it('invalid: names the first bad field', async () => {
      const bad = tiny();
      (bad.stats[1] as Record<string, unknown>).value = '60';
      const e = await failure(loadReport(jsonUrl(bad)));
      expect(e.code).to.equal('invalid');
      expect(e.info.path).to.equal('stats[1].value');
      expect(e.message).to.contain('stats[1].value');
    });

    it('invalid: JSON that is not a report at all', async () => {
      expect((await failure(loadReport(jsonUrl({ ...tiny(), version: 2 })))).info.path).to.equal('version');
      const e = await failure(loadReport(jsonUrl([1, 2])));
      expect(e.code).to.equal('invalid');
      expect(e.info.path).to.equal('');
    });

    it('accepts a valid report from the same route (the invalid cases fail for their content)', async () => {
      const report = await loadReport(jsonUrl(tiny()));
      expect(report.stats[1].value).to.equal(60);
    });

    it("timeout: gives up after the caller's timeout", async () => {
      const url = `/fault/hang?key=${uniq()}`;
      const t0 = performance.now();
      const e = await failure(loadReport(url, { timeout: 300 }));
      const elapsed = performance.now() - t0;
      expect(e.code).to.equal('timeout');
      expect(e.info).to.deep.equal({ url: abs(url), seconds: 0.3 });
      expect(elapsed).to.be.within(250, 900);
    });

    it("one caller's short timeout does not cut the shared request short for another", async () => {
      const key = uniq();
      const url = `/fault/slow?ms=600&key=${key}`;
      const impatient = failure(loadReport(url, { timeout: 150 }));
      const patient = loadReport(url);
      expect((await impatient).code).to.equal('timeout');
      expect((await patient).title).to.equal(expected.title);
      expect(await served('slow', key)).to.equal(1);
    });
  });

  describe('the 20 s limit', () => {
    it('is exported as MAX_WAIT = 20000', () => {
      expect(MAX_WAIT).to.equal(20_000);
    });

    it('caps a longer timeout at MAX_WAIT', () => {
      // The wait is armed synchronously inside loadReport: record the delays it asks for.
      const delays: number[] = [];
      const real = window.setTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
        delays.push(Number(ms));
        return real(fn, ms, ...args);
      }) as typeof window.setTimeout;
      try {
        void loadReport(`/fault/report?key=${uniq()}`, { timeout: 999_999 }).catch(() => {});
      } finally {
        window.setTimeout = real;
      }
      expect(delays).to.include(MAX_WAIT);
      expect(Math.max(...delays)).to.equal(MAX_WAIT);
    });

    for (const timeout of [999_999, 2 ** 31, Infinity, NaN, 0, -1]) {
      it(`timeout: ${timeout} does not change a load that answers in 200 ms`, async () => {
        // (setTimeout fires at once for delays beyond 2^31-1 ms: an uncapped limit would fail here.)
        const report = await loadReport(`/fault/slow?ms=200&key=${uniq()}`, { timeout });
        expect(report.title).to.equal(expected.title);
      });
    }
  });

  describe('abort', () => {
    it("a caller's AbortSignal rejects only that caller; another caller of the URL still gets the report", async () => {
      const key = uniq();
      const url = `/fault/slow?ms=400&key=${key}`;
      const controller = new AbortController();
      const reason = new Error('widget removed');
      const t0 = performance.now();
      const aborted = loadReport(url, { signal: controller.signal }).then(
        () => 'resolved',
        (e) => ({ e, at: performance.now() - t0 }),
      );
      const other = loadReport(url);
      setTimeout(() => controller.abort(reason), 50);
      const result = await aborted;
      expect(result).not.to.equal('resolved');
      const { e, at } = result as { e: unknown; at: number };
      expect(e).to.equal(reason);
      expect(at, 'rejected when aborted, not when the request ended').to.be.below(350);
      expect((await other).title).to.equal(expected.title);
      expect(await served('slow', key)).to.equal(1);
      // The request was not thrown away: a new caller gets the same report without asking again.
      expect(await loadReport(url)).to.equal(await other);
      expect(await served('slow', key)).to.equal(1);
    });

    it('an already aborted signal rejects at once with its reason', async () => {
      const controller = new AbortController();
      controller.abort();
      let error: unknown;
      await loadReport(`/fault/slow?ms=300&key=${uniq()}`, { signal: controller.signal }).catch((e) => (error = e));
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });

  describe('failures are not cached', () => {
    it('a failed request is asked again by the next caller, which then succeeds', async () => {
      const key = uniq();
      const url = `/fault/flaky?key=${key}`;
      // Concurrent callers share the failing request and its error.
      const [e1, e2] = await Promise.all([failure(loadReport(url)), failure(loadReport(url))]);
      expect(e1).to.equal(e2);
      expect(e1.code).to.equal('http');
      expect(e1.info.status).to.equal(503);
      expect(await served('flaky', key)).to.equal(1);
      // A retry right after the failure makes a new request.
      const report = await loadReport(url);
      expect(report.title).to.equal(expected.title);
      expect(await served('flaky', key)).to.equal(2);
      // …and that success is kept.
      expect(await loadReport(url)).to.equal(report);
      expect(await served('flaky', key)).to.equal(2);
    });

    it('a timed-out caller does not leave a failure behind for the URL', async () => {
      const key = uniq();
      const url = `/fault/slow?ms=500&key=${key}`;
      expect((await failure(loadReport(url, { timeout: 100 }))).code).to.equal('timeout');
      expect((await loadReport(url)).title).to.equal(expected.title);
      expect(await served('slow', key)).to.equal(1);
    });
  });
});

describe('loadReport: odd URLs', () => {
  it('shares one request between spellings that differ only in the fragment', async () => {
    const key = `hash-${Math.random()}`;
    await Promise.all([loadReport(`/fault/report?key=${key}#a`), loadReport(`/fault/report?key=${key}#b`)]);
    expect(await (await fetch(`/fault/count?of=report&key=${key}`)).json()).to.equal(1);
  });

  it('rejects a string that is not a URL instead of throwing', async () => {
    let p: Promise<unknown> | undefined;
    expect(() => (p = loadReport('http://['))).to.not.throw();
    const e = await p!.then(
      () => null,
      (err: unknown) => err,
    );
    expect((e as ReportError).code).to.equal('network');
  });
});

describe('when a widget asks for its report', () => {
  const cache = () =>
    (globalThis as unknown as Record<symbol, Map<string, Promise<unknown>>>)[Symbol.for('datakultur-widgets.reports')];

  it('not while it is only created, and at once (before its first update) when it is connected', async () => {
    await import('../../src/components/headline-stat/dk-headline-stat.js');
    const src = `/data/datakultur.json?at-connect=${Date.now()}`;
    const url = new URL(src, document.baseURI).href;
    const el = document.createElement('dk-headline-stat');
    el.setAttribute('src', src);
    el.setAttribute('stat', 'responses');
    await new Promise((r) => setTimeout(r, 50));
    expect(cache().has(url), 'created, not connected').to.equal(false);
    document.body.append(el);
    // Synchronously: the first update (where the load itself starts) is still a microtask away.
    expect(cache().has(url), 'connected').to.equal(true);
    await cache().get(url);
    el.remove();
  });
});
