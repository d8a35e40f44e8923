// Open data (issue 17) in the built files (`npm test` builds dist/ first), each page in a frame of
// its own: the export chunk is fetched at the first download and not before; the downloads work on
// a page with a strict Content-Security-Policy and inside the iframe embed. Files are what the
// browser really saved (tests/server/downloads.mjs), from real clicks.
import { expect } from '@open-wc/testing';
import { frame, widgetsSettled } from '../helpers/frame.js';
import {
  decodePng,
  parseCsv,
  realClick,
  startDownloads,
  stopDownloads,
  takeDownloads,
  utf8,
} from '../helpers/downloads.js';
import type { Downloaded } from '../helpers/downloads.js';
import type { Report } from '../../src/data/types.js';

const report: Report = await (await fetch('/data/datakultur.json')).json();
const REPORT = '/data/datakultur.json';
type PageWindow = Window & { __violations?: string[]; __errors?: string[] };

/** The export chunks the page fetched, by path. */
const exportChunks = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /\/chunks\/export-[\w-]+\.js$/.test(p));

/** In order of name: a PNG takes longer to make than the next CSV, so they may begin in either order. */
const byName = (files: Downloaded[]) => [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
const buttonsIn = (doc: Document, tag: string) => [
  ...doc.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=download]'),
];

async function page(src: { html: string } | { src: string }, size = { width: 900, height: 1400 }) {
  const f = await frame(src, size);
  await widgetsSettled(f.contentDocument!);
  return f.contentWindow as PageWindow;
}

/** The CSV's rows, byte-order mark checked and taken off. */
function rows(file: Downloaded, sep: string) {
  const text = utf8(file);
  expect(text.charCodeAt(0), `${file.name}: byte-order mark`).to.equal(0xfeff);
  return parseCsv(text.slice(1), sep);
}

async function expectPicture(file: Downloaded) {
  const png = await decodePng(file);
  expect(png.width, file.name).to.be.at.least(1000);
  expect(png.inked, file.name).to.be.above(0.05);
}

describe('open data in the built bundle', () => {
  beforeEach(() => startDownloads());
  afterEach(async () => {
    await stopDownloads();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('fetches the export chunk at the first download, not before, and once', async () => {
    const win = await page({
      html: `<!doctype html><html lang="da"><script type="module" src="/dist/datakultur-widgets.js"></script>
        <dk-donut-chart src="${REPORT}" question="roles"></dk-donut-chart>
        <dk-bar-chart src="${REPORT}" question="usage-contexts"></dk-bar-chart>`,
    });
    const bundle = await (await fetch('/dist/datakultur-widgets.js')).text();
    const chunk = /chunks\/export-[\w-]+\.js/.exec(bundle)?.[0];
    expect(chunk, 'the bundle imports an export chunk').to.be.a('string');
    expect(exportChunks(win), 'drawn, nothing asked for').to.deep.equal([]);
    // Reaching the buttons is not asking for a file.
    const [csv, png] = buttonsIn(win.document, 'dk-donut-chart');
    csv.focus();
    png.focus();
    await new Promise((r) => setTimeout(r, 100));
    expect(exportChunks(win), 'focus only').to.deep.equal([]);

    await realClick(csv);
    await takeDownloads(1);
    expect(exportChunks(win)).to.deep.equal([`/dist/${chunk}`]);
    await realClick(png);
    for (const b of buttonsIn(win.document, 'dk-bar-chart')) await realClick(b);
    const files = byName(await takeDownloads(4));
    expect(files.map((f) => f.name)).to.deep.equal([
      'roles.csv',
      'roles.png',
      'usage-contexts.csv',
      'usage-contexts.png',
    ]);
    expect(exportChunks(win), 'fetched once for the page').to.deep.equal([`/dist/${chunk}`]);
  });

  it('a per-element entry fetches the same export chunk, at the first download only', async () => {
    const win = await page({
      html: `<!doctype html><html lang="en"><script type="module" src="/dist/dk-bar-chart.js"></script>
        <dk-bar-chart src="${REPORT}" question="usage-contexts"></dk-bar-chart>`,
    });
    expect(exportChunks(win)).to.deep.equal([]);
    await realClick(buttonsIn(win.document, 'dk-bar-chart')[0]);
    const [file] = await takeDownloads(1);
    expect(file.name).to.equal('usage-contexts.csv');
    expect(rows(file, ',')[0]).to.deep.equal(['Answer', 'Share (%)']);
    expect(exportChunks(win)).to.have.length(1);
  });

  it('downloads through blob: links on a page with a strict CSP, with no violation and no error', async () => {
    const win = await page({ src: '/tests/pages/open-data.html' }, { width: 900, height: 1600 });
    const doc = win.document;
    for (const tag of ['dk-donut-chart', 'dk-bar-chart']) for (const b of buttonsIn(doc, tag)) await realClick(b);
    const files = byName(await takeDownloads(4));
    expect(files.map((f) => [f.name, f.url.slice(0, 5)])).to.deep.equal([
      ['roles.csv', 'blob:'],
      ['roles.png', 'blob:'],
      ['usage-contexts.csv', 'blob:'],
      ['usage-contexts.png', 'blob:'],
    ]);
    // The donut in Danish, the bars (lang="en" on the element) in English.
    expect(rows(files[0], ';').slice(1)).to.deep.equal(
      report.questions[0].answers.map((a) => [a.label, String(a.percent).replace('.', ',')]),
    );
    expect(rows(files[2], ',').slice(1)).to.deep.equal(
      report.questions[1].answers.map((a) => [a.label, String(a.percent)]),
    );
    await expectPicture(files[1]);
    await expectPicture(files[3]);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('downloads from inside the iframe embed; no-downloads there leaves the buttons out', async () => {
    const win = await page(
      { src: '/dist/embed.html?widget=bar-chart&id=usage-contexts&lang=en&sort=desc' },
      { width: 700, height: 1000 },
    );
    for (const b of buttonsIn(win.document, 'dk-bar-chart')) await realClick(b);
    const [csv, png] = byName(await takeDownloads(2));
    expect([csv.name, png.name]).to.deep.equal(['usage-contexts.csv', 'usage-contexts.png']);
    const sorted = [...report.questions[1].answers].sort((a, b) => b.percent - a.percent);
    expect(rows(csv, ',').slice(1)).to.deep.equal(sorted.map((a) => [a.label, String(a.percent)]));
    await expectPicture(png);

    const off = await page({ src: '/dist/embed.html?widget=donut-chart&id=roles&no-downloads' });
    const el = off.document.querySelector('dk-donut-chart')!;
    expect(el.hasAttribute('no-downloads')).to.equal(true);
    expect(buttonsIn(off.document, 'dk-donut-chart')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~=source]')!.textContent).to.contain(report.title);
  });
});
