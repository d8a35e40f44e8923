// Open data (issue 17): each chart's footer — the report's source line, and its figures as CSV and
// its picture as PNG, downloaded for real (the browser saves the files: tests/server/downloads.mjs)
// from a real click or key press, then read back: the CSV parsed and compared with the JSON, the PNG
// decoded and measured.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/datakultur-widgets.js';
import type { BarChart } from '../../src/components/bar-chart/bar-chart.js';
import type { DkChart } from '../../src/charts/dk-chart.js';
import { csv } from '../../src/charts/export.js';
import type { Report } from '../../src/data/types.js';
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
import { part, settled } from '../helpers/settle.js';

const report: Report = await (await fetch('/data/datakultur.json')).json();
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const TITLE = report.title;

type Lang = 'da' | 'en';
const WORDS = {
  da: { source: 'Kilde', csv: 'Hent data (CSV)', png: 'Hent billede (PNG)', header: ['Svar', 'Andel (%)'], sep: ';' },
  en: {
    source: 'Source',
    csv: 'Download data (CSV)',
    png: 'Download image (PNG)',
    header: ['Answer', 'Share (%)'],
    sep: ',',
  },
};
/** The light theme's first series colour (src/charts/chart.styles.ts), the donut's first segment and the bars. */
const LIGHT_SERIES_1 = 'rgb(28, 90, 166)';

/** A chart in a page of `lang`, with `report` handed in; resolves once it is drawn. */
async function chart<T extends DkChart = DkChart>(
  tag: 'dk-donut-chart' | 'dk-bar-chart',
  { lang = 'da' as Lang, attrs = '', r = report, width = 700, before = '' } = {},
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px"></div>`);
  const id = tag === 'dk-donut-chart' ? 'roles' : 'usage-contexts';
  box.innerHTML = `${before}<${tag} question="${id}" ${attrs}></${tag}>`;
  const el = box.querySelector(tag) as unknown as T;
  (el as unknown as { report: Report }).report = r;
  expect(await settled(el)).to.equal('ready');
  return el;
}

const byName = (files: Downloaded[]) => [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=download]')];
/** The source line's text, without the download buttons that follow it. */
const sourceText = (el: Element) => {
  const source = part(el as HTMLElement, 'source');
  return (
    source &&
    norm([...source.childNodes].map((n) => (/^(BUTTON|#comment)$/.test(n.nodeName) ? '' : n.textContent)).join(''))
  );
};

/** The answers as the chart shows them: the report's order, or sorted like `sort`. */
function shown(r: Report, id: string, sort = 'none') {
  const answers = [...r.questions.find((q) => q.id === id)!.answers];
  if (sort !== 'none') answers.sort((a, b) => (sort === 'desc' ? b.percent - a.percent : a.percent - b.percent));
  return answers;
}

/** Asserts that a downloaded CSV is the chart's figures, as the JSON has them, in `lang`'s format. */
function expectCsv(file: Downloaded, r: Report, id: string, lang: Lang, sort = 'none') {
  expect(file.name).to.equal(`${id}.csv`);
  const text = utf8(file);
  expect(text.charCodeAt(0), 'byte-order mark').to.equal(0xfeff);
  const rows = parseCsv(text.slice(1), WORDS[lang].sep);
  expect(rows[0], 'header row').to.deep.equal(WORDS[lang].header);
  const answers = shown(r, id, sort);
  expect(rows.length - 1, 'one row per answer').to.equal(answers.length);
  rows.slice(1).forEach(([label, share], i) => {
    expect(label).to.equal(answers[i].label);
    // Every digit the JSON has, in the language's decimal mark, and nothing else (no %, no grouping).
    expect(share).to.match(lang === 'da' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/);
    expect(Number(share.replace(',', '.')), label).to.equal(answers[i].percent);
  });
}

/** Asserts that a downloaded PNG is a picture of the chart: wide enough, inked, in the light theme. */
async function expectPng(file: Downloaded, id: string) {
  expect(file.name).to.equal(`${id}.png`);
  expect(atob(file.base64.slice(0, 8)).slice(1, 4), 'PNG signature').to.equal('PNG');
  const picture = await decodePng(file);
  expect(picture.width, 'width').to.be.at.least(1000);
  expect(picture.height, 'height').to.be.at.least(400);
  // Not blank: the ring or the bars, and text.
  expect(picture.inked, 'share of inked pixels').to.be.within(0.05, 0.7);
  expect(picture.has(LIGHT_SERIES_1), 'the light theme’s first series colour').to.equal(true);
  return picture;
}

describe('open data: a chart’s footer', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('the source line', () => {
    it('names the report and, when the question names a stat, the respondents; no link while download.url is null', async () => {
      const donut = await chart('dk-donut-chart');
      expect(sourceText(donut)).to.equal(`Kilde: ${TITLE} · 142 besvarelser`);
      const bars = await chart('dk-bar-chart');
      // usage-contexts names no respondents: nothing is added that the report does not say.
      expect(sourceText(bars)).to.equal(`Kilde: ${TITLE}`);
      for (const el of [donut, bars]) {
        expect(part(el, 'footer')!.contains(part(el, 'source'))).to.equal(true);
        expect(el.shadowRoot!.querySelector('[part~=source] a')!.hasAttribute('href')).to.equal(false);
      }
    });

    it('in English: the widget’s word in English, the report’s title and stat marked as Danish', async () => {
      const el = await chart('dk-donut-chart', { lang: 'en' });
      expect(sourceText(el)).to.equal(`Source: ${TITLE} · 142 besvarelser`);
      const source = part(el, 'source')!;
      expect(source.querySelector('a')!.lang).to.equal('da');
      expect(source.querySelector('span')!.lang).to.equal('da');
    });

    it('links the title to download.url, resolved against the report’s own address; only http(s)', async () => {
      const withUrl = (url: string): Report => ({ ...report, download: { text: report.download!.text, url } });
      const href = async (r: Report) =>
        (await chart('dk-bar-chart', { r })).shadowRoot!.querySelector('[part~=source] a')!.getAttribute('href');
      expect(await href(withUrl('https://www.kl.dk/media/datakultur.pdf'))).to.equal(
        'https://www.kl.dk/media/datakultur.pdf',
      );
      // Handed in as a property, the report's address is the page's.
      expect(await href(withUrl('rapport.pdf'))).to.equal(new URL('rapport.pdf', document.baseURI).href);
      for (const bad of ['javascript:alert(1)', 'data:text/html,<p>x</p>', 'http://[bad'])
        expect(await href(withUrl(bad)), bad).to.equal(null);

      // Loaded from `src`, a relative URL is relative to the JSON file.
      const json = new TextEncoder().encode(JSON.stringify(withUrl('../rapporter/datakultur.pdf')));
      const body = btoa(String.fromCharCode(...json))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      box.innerHTML = `<dk-bar-chart src="/fault/json?body=${body}" question="usage-contexts"></dk-bar-chart>`;
      const el = box.firstElementChild as BarChart;
      expect(await settled(el)).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~=source] a')!.getAttribute('href')).to.equal(
        new URL('/rapporter/datakultur.pdf', location.href).href,
      );
    });

    it('the headline stat and the quote card keep their look, and show the source line when asked', async () => {
      for (const [tag, attr, id] of [
        ['dk-headline-stat', 'stat', 'more-data-driven'],
        ['dk-quote-card', 'quote', 'top-management'],
      ]) {
        const box = await fixture<HTMLDivElement>(html`<div lang="da" style="width: 700px"></div>`);
        box.innerHTML = `<${tag} ${attr}="${id}"></${tag}><${tag} ${attr}="${id}" show-source></${tag}>`;
        const [plain, sourced] = [...box.children] as (HTMLElement & { report: Report })[];
        plain.report = report;
        sourced.report = report;
        expect(await settled(plain)).to.equal('ready');
        expect(await settled(sourced)).to.equal('ready');
        expect(part(plain, 'source'), tag).to.equal(null);
        expect(part(plain, 'footer'), tag).to.equal(null);
        expect(sourceText(sourced), tag).to.equal(`Kilde: ${TITLE}`);
        // The rest is as it was: the same parts, the same size of the widget's own box.
        expect(part(sourced, 'base')!.getBoundingClientRect().height).to.equal(
          part(plain, 'base')!.getBoundingClientRect().height,
        );
        // Turned off again, it goes.
        sourced.removeAttribute('show-source');
        await (sourced as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(part(sourced, 'source'), tag).to.equal(null);
      }
      // Inline content has no report: no source line, nothing invented.
      const inline = await fixture<HTMLElement>(
        html`<dk-headline-stat value="60" unit="percent" label="mener …" show-source></dk-headline-stat>`,
      );
      expect(await settled(inline)).to.equal('ready');
      expect(part(inline, 'source')).to.equal(null);
    });
  });

  describe('the download buttons', () => {
    for (const lang of ['da', 'en'] as const)
      it(`are two buttons named "${WORDS[lang].csv}" and "${WORDS[lang].png}", described by the chart’s title (${lang})`, async () => {
        for (const tag of ['dk-donut-chart', 'dk-bar-chart'] as const) {
          const el = await chart(tag, { lang });
          const [c, p] = buttons(el);
          expect([c, p].map((b) => b.localName)).to.deep.equal(['button', 'button']);
          expect([c, p].map((b) => b.type)).to.deep.equal(['button', 'button']);
          const tree = (await executeServerCommand('ax-tree', { selector: `${tag} >>> [part~=footer]` })) as AXNode;
          const named = all(tree).filter((n) => n.role === 'button');
          const title = report.questions.find((q) => q.id === el.question)!.title;
          expect(named.map((n) => [n.name, n.description])).to.deep.equal([
            [WORDS[lang].csv, title],
            [WORDS[lang].png, title],
          ]);
          await expect(el).to.be.accessible();
        }
      });

    it('are reached with Tab after the chart and its table toggle, and work from the keyboard', async () => {
      const el = await chart('dk-bar-chart', { before: '<button id="before">Before</button>' });
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      const focused = () => el.shadowRoot!.activeElement;
      // The chart's own stops (the canvas, the table toggle: in whatever order the layout puts
      // them), then the two downloads, last.
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const f = focused();
        order.push(f ? (f.getAttribute('part') ?? f.localName) : 'outside');
      }
      expect(order.slice(0, 2)).to.have.members(['canvas', 'table-toggle']);
      expect(order.slice(2)).to.deep.equal(['download', 'download']);
      expect(norm(focused()!.textContent)).to.equal(WORDS.da.png);
      await startDownloads();
      try {
        await sendKeys({ press: 'Enter' });
        const [png] = await takeDownloads(1);
        await expectPng(png, 'usage-contexts');
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(norm(focused()!.textContent)).to.equal(WORDS.da.csv);
        await sendKeys({ press: 'Space' });
        const [, file] = await takeDownloads(2);
        expectCsv(file, report, 'usage-contexts', 'da');
      } finally {
        await stopDownloads();
      }
    });

    it('no-downloads leaves them out and keeps the source line; set and unset after drawing', async () => {
      const el = await chart('dk-donut-chart', { attrs: 'no-downloads' });
      expect(buttons(el)).to.have.length(0);
      expect(sourceText(el)).to.equal(`Kilde: ${TITLE} · 142 besvarelser`);
      el.removeAttribute('no-downloads');
      await el.updateComplete;
      expect(buttons(el)).to.have.length(2);
      el.noDownloads = true;
      await el.updateComplete;
      expect(buttons(el)).to.have.length(0);
      expect(el.hasAttribute('no-downloads'), 'not reflected').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('are hidden in print; the source line is printed', async () => {
      const el = await chart('dk-donut-chart');
      await emulateMedia({ media: 'print' });
      try {
        for (const b of buttons(el)) expect(getComputedStyle(b).display).to.equal('none');
        expect(getComputedStyle(part(el, 'source')!).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      for (const b of buttons(el)) expect(getComputedStyle(b).display).to.not.equal('none');
    });
  });

  describe('what a real click downloads', () => {
    beforeEach(() => startDownloads());
    afterEach(() => stopDownloads());

    for (const lang of ['da', 'en'] as const)
      it(`${lang}: the CSV and the PNG of both charts, read back and compared with the JSON`, async () => {
        const donut = await chart('dk-donut-chart', { lang });
        const bars = await chart<BarChart>('dk-bar-chart', { lang, attrs: 'sort="desc"' });
        for (const el of [donut, bars]) for (const b of buttons(el)) await realClick(b);
        // In the order they were ready: a PNG takes longer than the next chart's CSV.
        const files = byName(await takeDownloads(4));
        expect(files.map((f) => f.name)).to.deep.equal([
          'roles.csv',
          'roles.png',
          'usage-contexts.csv',
          'usage-contexts.png',
        ]);
        expectCsv(files[0], report, 'roles', lang);
        // In the order shown: sorted, as on screen.
        expectCsv(files[2], report, 'usage-contexts', lang, 'desc');
        await expectPng(files[1], 'roles');
        await expectPng(files[3], 'usage-contexts');
      });

    for (const lang of ['da', 'en'] as const)
      it(`${lang}: the PNG holds the title, every answer with its share as shown, and the source line`, async () => {
        // What is written on the picture, read where it is written (the OffscreenCanvas's fillText).
        const drawn: string[] = [];
        const proto = OffscreenCanvasRenderingContext2D.prototype;
        const fillText = proto.fillText;
        proto.fillText = function (this: OffscreenCanvasRenderingContext2D, text: string, x: number, y: number) {
          drawn.push(String(text));
          return fillText.call(this, text, x, y);
        };
        try {
          for (const tag of ['dk-donut-chart', 'dk-bar-chart'] as const) {
            drawn.length = 0;
            const el = await chart(tag, { lang });
            await realClick(buttons(el)[1]);
            await takeDownloads(tag === 'dk-donut-chart' ? 1 : 2);
            const q = report.questions.find((x) => x.id === el.question)!;
            const all = norm(drawn.join(' '));
            expect(all, 'title').to.contain(norm(q.title));
            const table = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [
              norm(tr.querySelector('th')!.textContent),
              norm(tr.querySelector('td')!.textContent),
            ]);
            expect(table).to.have.length(q.answers.length);
            for (const [label, share] of table) {
              expect(all, 'answer').to.contain(label);
              expect(drawn.map(norm), 'its share, as shown').to.include(share);
            }
            expect(drawn.map(norm), 'source line').to.include(sourceText(el));
          }
          expect(drawn.map(norm)).to.include(`${WORDS[lang].source}: ${TITLE}`);
        } finally {
          proto.fillText = fillText;
        }
      });

    it('the PNG is in the light theme from a dark widget, and the page is left as it was', async () => {
      const el = await chart('dk-donut-chart', { attrs: 'theme="dark"' });
      const swatch = () => getComputedStyle(el.shadowRoot!.querySelector('.swatch')!).backgroundColor;
      const dark = swatch();
      expect(dark).to.not.equal(LIGHT_SERIES_1);
      await realClick(buttons(el)[1]);
      const [png] = await takeDownloads(1);
      const picture = await expectPng(png, 'roles');
      expect(picture.has('rgb(138, 184, 242)'), 'no dark-theme segment colour').to.equal(false);
      expect(swatch()).to.equal(dark);
      expect(el.style.getPropertyValue('color-scheme')).to.equal('');
    });

    it('the CSV keeps every digit of the JSON, and quotes what needs quoting', async () => {
      const r: Report = structuredClone(report);
      const q = r.questions.find((x) => x.id === 'usage-contexts')!;
      q.answers = [
        { label: 'Teamleder', percent: 9.92 },
        { label: 'Andre; fx "ledere", konsulenter', percent: 84.7333 },
        { label: 'En tredjedel', percent: 33.333333333333336 },
        { label: 'Ingen', percent: 0 },
        { label: 'Alle', percent: 100 },
      ];
      for (const lang of ['da', 'en'] as const) {
        const el = await chart('dk-bar-chart', { lang, r });
        await realClick(buttons(el)[0]);
      }
      const [da, en] = await takeDownloads(2);
      expectCsv(da, r, 'usage-contexts', 'da');
      expectCsv(en, r, 'usage-contexts', 'en');
      expect(utf8(da)).to.equal(
        '\uFEFFSvar;Andel (%)\r\nTeamleder;9,92\r\n"Andre; fx ""ledere"", konsulenter";84,7333\r\n' +
          'En tredjedel;33,333333333333336\r\nIngen;0\r\nAlle;100\r\n',
      );
      expect(utf8(en)).to.equal(
        '\uFEFFAnswer,Share (%)\r\nTeamleder,9.92\r\n"Andre; fx ""ledere"", konsulenter",84.7333\r\n' +
          'En tredjedel,33.333333333333336\r\nIngen,0\r\nAlle,100\r\n',
      );
    });
  });

  describe('csv()', () => {
    it('writes line breaks and quotes inside a field as RFC 4180 says', () => {
      const text = csv({
        lang: 'da',
        answers: [
          { label: 'To\r\nlinjer', percent: 1.5 },
          { label: '"Citat"', percent: 2 },
          { label: 'Komma, ikke semikolon', percent: 3 },
        ],
      });
      expect(text).to.equal(
        '\uFEFFSvar;Andel (%)\r\n"To\r\nlinjer";1,5\r\n"""Citat""";2\r\nKomma, ikke semikolon;3\r\n',
      );
      expect(parseCsv(text.slice(1), ';').slice(1)).to.deep.equal([
        ['To\r\nlinjer', '1,5'],
        ['"Citat"', '2'],
        ['Komma, ikke semikolon', '3'],
      ]);
    });
  });
});

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  children?: AXNode[];
}
const all = (n: AXNode): AXNode[] => [n, ...(n.children ?? []).flatMap(all)];
