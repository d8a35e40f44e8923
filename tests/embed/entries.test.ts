import { expect } from '@open-wc/testing';
import { frame, widgetsSettled } from '../helpers/frame.js';

// The built entries (`npm test` builds dist/ first), each on a page of its own: what a page fetches
// for them. The bundle is one file and import()s the chart chunk; a per-element entry holds its own
// element and shares chunks only with the other entries.

const REPORT = '/data/datakultur.json';

/** A page with `scripts` and `body`, in an iframe; resolves once every widget is ready. */
async function page(scripts: string[], body: string): Promise<Window> {
  const f = await frame({
    html: `<!doctype html>${scripts.map((s) => `<script type="module" src="/dist/${s}"></script>`).join('')}${body}`,
  });
  await widgetsSettled(f.contentDocument!);
  return f.contentWindow!;
}

/** The JS files the page fetched from dist/, relative to it, sorted. */
const fetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/') && p.endsWith('.js'))
    .map((p) => p.slice('/dist/'.length))
    .sort();
/** The same, with chunk hashes as `*`. */
const scripts = (win: Window) => fetched(win).map((p) => p.replace(/-[\w-]{8}\.js$/, '-*.js'));

describe('the built entries', () => {
  it('the bundle is one file, plus the chart chunk once a chart is on the page', async () => {
    const text = await page(
      ['datakultur-widgets.js'],
      `<dk-headline-stat src="${REPORT}" stat="responses"></dk-headline-stat>`,
    );
    expect(scripts(text)).to.deep.equal(['datakultur-widgets.js']);
    const all = await page(
      ['datakultur-widgets.js'],
      `<dk-headline-stat src="${REPORT}" stat="responses"></dk-headline-stat>
       <dk-donut-chart src="${REPORT}" question="roles"></dk-donut-chart>`,
    );
    expect(scripts(all)).to.deep.equal(['chunks/chart-kit-*.js', 'datakultur-widgets.js']);
  });

  it('a page of the two text widgets fetches their two entries and one shared chunk, no chart code', async () => {
    const win = await page(
      ['dk-headline-stat.js', 'dk-quote-card.js'],
      `<dk-headline-stat src="${REPORT}" stat="responses"></dk-headline-stat>
       <dk-quote-card src="${REPORT}" quote="top-management"></dk-quote-card>`,
    );
    expect(scripts(win)).to.deep.equal(['chunks/dk-element-*.js', 'dk-headline-stat.js', 'dk-quote-card.js']);
    // Each entry defines its own element only.
    expect(win.customElements.get('dk-headline-stat')).to.be.a('function');
    expect(win.customElements.get('dk-donut-chart')).to.equal(undefined);
    expect(win.customElements.get('dk-bar-chart')).to.equal(undefined);
  });

  it('a chart entry adds the charts’ shared code and the same chart chunk as the bundle', async () => {
    const win = await page(
      ['dk-bar-chart.js'],
      `<dk-bar-chart src="${REPORT}" question="usage-contexts"></dk-bar-chart>`,
    );
    expect(scripts(win)).to.deep.equal([
      'chunks/chart-kit-*.js',
      'chunks/dk-chart-*.js',
      'chunks/dk-element-*.js',
      'dk-bar-chart.js',
    ]);
    // The chart chunk the bundle imports, by name.
    const bundle = await (await fetch('/dist/datakultur-widgets.js')).text();
    const chartChunk = /chunks\/chart-kit-[\w-]+\.js/.exec(bundle)?.[0];
    expect(chartChunk).to.be.a('string');
    expect(fetched(win)).to.include(chartChunk);
    expect(win.customElements.get('dk-donut-chart')).to.equal(undefined);
  });

  it('data.js beside the entries: no more files, and the same ReportError the widgets report', async () => {
    const win = await page(
      ['dk-headline-stat.js', 'data.js'],
      `<dk-headline-stat src="${REPORT}" stat="responses"></dk-headline-stat>`,
    );
    expect(scripts(win)).to.deep.equal(['chunks/dk-element-*.js', 'data.js', 'dk-headline-stat.js']);
    const data = (await (win as unknown as { eval(code: string): Promise<Record<string, unknown>> }).eval(
      "import('/dist/data.js')",
    )) as { ReportError: new (...a: unknown[]) => Error; validateReport(v: unknown): unknown };
    // A bad report put into a widget of this page: its dk-error's cause is data.js's ReportError.
    const el = win.document.createElement('dk-headline-stat') as HTMLElement & { report: unknown };
    const failed = new Promise<CustomEvent<{ cause: unknown }>>((r) =>
      el.addEventListener('dk-error', (e) => r(e as CustomEvent<{ cause: unknown }>), { once: true }),
    );
    el.setAttribute('stat', 'responses');
    el.report = { version: 2 };
    win.document.body.append(el);
    expect((await failed).detail.cause).to.be.instanceOf(data.ReportError);
    let thrown: unknown;
    try {
      data.validateReport({ version: 2 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).to.be.instanceOf(data.ReportError);
  });
});
