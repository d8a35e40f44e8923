// After the first draw, a widget follows its page: any change of what it shows, or of how it must
// be drawn, leads to one correct redraw from the current state (issue 14). What the canvas draws
// is recorded (tests/helpers/chart-record.ts) and compared with the HTML and with the JSON.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/datakultur-widgets.js';
import type { BarChart } from '../../src/components/bar-chart/bar-chart.js';
import type { DonutChart } from '../../src/components/donut-chart/donut-chart.js';
import type { HeadlineStat } from '../../src/components/headline-stat/headline-stat.js';
import type { Report } from '../../src/data/types.js';
import { frames, recordCharts } from '../helpers/chart-record.js';
import type { ChartRecorder } from '../helpers/chart-record.js';
import { part, settled } from '../helpers/settle.js';

const report: Report = await (await fetch('/data/datakultur.json')).json();
type Chart = BarChart | DonutChart;
const canvasOf = (el: Chart) => el.shadowRoot!.querySelector('canvas')!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const pct = (lang: string, v: number): string =>
  norm(new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(v / 100));

/** The data table's rows: [answer, share]. */
const table = (el: Chart) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [
    norm(tr.querySelector('th')!.textContent),
    norm(tr.querySelector('td')!.textContent),
  ]);

/** The rows the JSON says the chart shows, in `sort` order, written in `lang`. */
function expected(r: Report, id: string, lang: string, sort = 'none') {
  const answers = [...r.questions.find((q) => q.id === id)!.answers];
  if (sort !== 'none') answers.sort((a, b) => (sort === 'desc' ? b.percent - a.percent : a.percent - b.percent));
  return answers.map((a) => [norm(a.label), pct(lang, a.percent)]);
}

/** The bar chart's last frame read back: its answer labels (all lines, in order) and its value labels. */
function bars(rec: ChartRecorder, el: BarChart) {
  const frame = rec.lastFrame(canvasOf(el));
  const bold = (t: { font: string }) => /\b(bold|700)\b/.test(t.font);
  return {
    labels: norm(
      frame
        .filter((t) => !bold(t))
        .map((t) => t.text)
        .join(' '),
    ),
    values: frame.filter(bold).map((t) => norm(t.text)),
    ink: [...new Set(frame.map((t) => t.fill))],
  };
}

/** Asserts that the bar chart's canvas, its table and the JSON agree. */
function expectBarsAgree(rec: ChartRecorder, el: BarChart, r: Report, id: string, lang: string) {
  const rows = expected(r, id, lang, el.sort);
  expect(table(el), 'table').to.deep.equal(rows);
  const drawn = bars(rec, el);
  expect(drawn.values, 'value labels on the canvas').to.deep.equal(rows.map(([, v]) => v));
  expect(drawn.labels, 'answer labels on the canvas').to.equal(rows.map(([l]) => l).join(' '));
}

type Live = {
  _chart: {
    chart: { data: { labels: unknown[]; datasets: { data: number[]; backgroundColor: string | string[] }[] } };
  };
};
const liveChart = (el: Chart) => (el as unknown as Live)._chart.chart;

/** Asserts that the donut's chart, legend, table and the JSON agree, colours included. */
function expectDonutAgrees(el: DonutChart, r: Report, id: string, lang: string) {
  const rows = expected(r, id, lang);
  expect(table(el), 'table').to.deep.equal(rows);
  const legend = [...el.shadowRoot!.querySelectorAll('[part=legend] li')];
  expect(
    legend.map((li) => [norm(li.querySelector('.label')!.textContent), norm(li.querySelector('.value')!.textContent)]),
    'legend',
  ).to.deep.equal(rows);
  const chart = liveChart(el);
  expect(chart.data.datasets[0].data, 'segments').to.deep.equal(
    r.questions.find((q) => q.id === id)!.answers.map((a) => a.percent),
  );
  const swatches = legend.map((li) => getComputedStyle(li.querySelector('.swatch')!).backgroundColor);
  expect(chart.data.datasets[0].backgroundColor, 'segment colours = swatch colours').to.deep.equal(swatches);
}

describe('after the first draw, a chart follows its page', () => {
  let rec: ChartRecorder;
  before(() => (rec = recordCharts()));
  // Every render is a whole frame (no entry animation); set before each test, as printing and
  // some emulation commands reset it.
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    rec.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  async function mountBars(attrs = '', width = 900, lang = 'da') {
    const box = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px"></div>`);
    box.innerHTML = `<dk-bar-chart question="usage-contexts" ${attrs}></dk-bar-chart>`;
    const el = box.firstElementChild as BarChart;
    el.report = report;
    expect(await settled(el)).to.equal('ready');
    await frames();
    return { box, el };
  }

  /** Applies `change`, waits, and asserts the canvas was drawn exactly once for it. */
  async function once(el: Chart, change: () => unknown) {
    const before = rec.renders(canvasOf(el));
    await change();
    await el.updateComplete;
    await frames(3);
    expect(rec.renders(canvasOf(el)) - before, 'renders for one change').to.equal(1);
  }

  describe('1. a property changes', () => {
    it('bars: sort, question, report, theme and heading-level each redraw once, canvas = table = JSON', async () => {
      const { el } = await mountBars();
      expectBarsAgree(rec, el, report, 'usage-contexts', 'da');
      for (const sort of ['desc', 'asc', 'none'] as const) {
        await once(el, () => (el.sort = sort));
        expectBarsAgree(rec, el, report, 'usage-contexts', 'da');
      }
      await once(el, () => (el.question = 'roles'));
      expectBarsAgree(rec, el, report, 'roles', 'da');
      // A new report object with other figures: the bars and labels follow it.
      const other: Report = structuredClone(report);
      const shares = other.questions.find((q) => q.id === 'roles')!.answers.map((a) => a.percent);
      other.questions
        .find((q) => q.id === 'roles')!
        .answers.forEach((a, i) => (a.percent = shares[(i + 1) % shares.length]));
      el.sort = 'desc';
      await once(el, () => (el.report = other));
      expectBarsAgree(rec, el, other, 'roles', 'da');
      const lightInk = bars(rec, el).ink;
      const lightBar = liveChart(el).data.datasets[0].backgroundColor;
      await once(el, () => el.setAttribute('theme', 'dark'));
      // The labels' ink is the page's text colour (inherited, as on a dark page it would be light).
      expect(bars(rec, el).ink, 'label ink').to.deep.equal(lightInk);
      expect(liveChart(el).data.datasets[0].backgroundColor, 'bar colour').to.not.equal(lightBar);
      expectBarsAgree(rec, el, other, 'roles', 'da');
      await once(el, () => el.setAttribute('heading-level', '2'));
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expectBarsAgree(rec, el, other, 'roles', 'da');
    });

    it('donut: question, report and theme each redraw once; segments, colours, legend and table agree', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      box.innerHTML = '<dk-donut-chart question="roles" theme="light"></dk-donut-chart>';
      const el = box.firstElementChild as DonutChart;
      el.report = report;
      await settled(el);
      await frames();
      expectDonutAgrees(el, report, 'roles', 'da');
      const other: Report = structuredClone(report);
      const roles = other.questions.find((q) => q.id === 'roles')!;
      roles.answers.reverse();
      await once(el, () => (el.report = other));
      expectDonutAgrees(el, other, 'roles', 'da');
      await once(el, () => (el.question = 'usage-contexts'));
      expectDonutAgrees(el, other, 'usage-contexts', 'da');
      const light = liveChart(el).data.datasets[0].backgroundColor;
      await once(el, () => (el.theme = 'dark'));
      expect(liveChart(el).data.datasets[0].backgroundColor).to.not.deep.equal(light);
      expectDonutAgrees(el, other, 'usage-contexts', 'da');
    });
  });

  it('2. the column narrows and widens (900 → 420 → 900 px): every answer label drawn for the new width', async () => {
    const { box, el } = await mountBars();
    for (const width of [420, 900, 420]) {
      await once(el, () => (box.style.width = `${width}px`));
      expectBarsAgree(rec, el, report, 'usage-contexts', 'da');
      expect(canvasOf(el).getBoundingClientRect().width).to.be.closeTo(width, 1);
    }
  });

  it('hidden, resized while hidden and shown again: drawn once, for the new width', async () => {
    // Narrow, so that the plot's height depends on its width (labels above the bars).
    const { box, el } = await mountBars('', 420);
    const canvas = canvasOf(el);
    const plot = canvas.parentElement!;
    // The table in the plot's place and back: nothing to redraw, the plot keeps its size.
    const before = { renders: rec.renders(canvas), height: plot.clientHeight };
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    await frames(3);
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    await frames(3);
    expect(rec.renders(canvas) - before.renders, 'renders for the table and back').to.equal(0);
    expect(plot.clientHeight).to.equal(before.height);
    // Hidden by the page, its column narrowed meanwhile, then shown.
    box.hidden = true;
    await frames(3);
    box.style.width = '900px';
    await frames(3);
    await once(el, () => (box.hidden = false));
    expectBarsAgree(rec, el, report, 'usage-contexts', 'da');
    expect(canvas.width).to.equal(Math.floor(plot.clientWidth * devicePixelRatio));
    expect(canvas.height).to.equal(Math.floor(plot.clientHeight * devicePixelRatio));
  });

  it('a chart hidden when its data arrives is drawn when it is shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div hidden style="width: 700px"></div>`);
    box.innerHTML = '<dk-bar-chart question="usage-contexts"></dk-bar-chart>';
    const el = box.firstElementChild as BarChart;
    el.report = report;
    // A closed <details>, a hidden tab panel: it settles without a size to draw at.
    expect(await settled(el)).to.equal('ready');
    box.hidden = false;
    await frames(3);
    expect(rec.renders(canvasOf(el)), 'renders once shown').to.equal(1);
    expectBarsAgree(rec, el, report, 'usage-contexts', 'da');
  });

  it('changes made while the table is shown (sort, language, question) are on the canvas when it comes back', async () => {
    const { el } = await mountBars();
    const toggle = async () => {
      part(el, 'table-toggle')!.click();
      await el.updateComplete;
      await frames(3);
    };
    await toggle();
    el.sort = 'desc';
    el.lang = 'en';
    await el.updateComplete;
    await frames(3);
    await toggle();
    expectBarsAgree(rec, el, report, 'usage-contexts', 'en');
    await toggle();
    el.question = 'roles';
    await el.updateComplete;
    expect(await settled(el)).to.equal('ready');
    await toggle();
    expect(el.getAttribute('state')).to.equal('ready');
    expectBarsAgree(rec, el, report, 'roles', 'en');
  });

  it("printing keeps a colour scheme the page set on the element's own style", async () => {
    const { el } = await mountBars('style="color-scheme: dark"');
    dispatchEvent(new Event('beforeprint'));
    expect(el.style.getPropertyValue('color-scheme'), 'while printing').to.equal('light');
    dispatchEvent(new Event('afterprint'));
    expect(el.style.getPropertyValue('color-scheme'), 'after printing').to.equal('dark');
  });

  it('given a new report while detached, it says so (dk-ready) and shows it when attached again', async () => {
    const { box, el } = await mountBars();
    el.remove();
    const other: Report = structuredClone(report);
    other.questions.find((q) => q.id === 'usage-contexts')!.answers.forEach((a, i) => (a.percent = 10 * (i + 1)));
    el.report = other;
    // Loaded while away: the task runs and the element updates, detached.
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const ready = new Promise((r) => el.addEventListener('dk-ready', r, { once: true }));
    box.append(el);
    await ready;
    await frames(3);
    expect(el.getAttribute('state')).to.equal('ready');
    expectBarsAgree(rec, el, other, 'usage-contexts', 'da');
  });

  describe('3. browser zoom: devicePixelRatio 1 → 2 → 1.5 → 1', () => {
    afterEach(() => executeServerCommand('device-scale', { scale: 1 }));
    for (const tag of ['dk-bar-chart', 'dk-donut-chart'])
      it(`${tag}: the backing store is its box × the current ratio after each step`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
        box.innerHTML = `<${tag} question=${tag === 'dk-bar-chart' ? 'usage-contexts' : 'roles'}></${tag}>`;
        const el = box.firstElementChild as Chart;
        el.report = report;
        await settled(el);
        for (const scale of [2, 1.5, 1]) {
          await executeServerCommand('device-scale', { scale });
          await frames(3);
          expect(devicePixelRatio).to.equal(scale);
          const canvas = canvasOf(el);
          const plot = canvas.parentElement!;
          expect(canvas.width, `width at ${scale}×`).to.equal(Math.floor(plot.clientWidth * scale));
          expect(canvas.height, `height at ${scale}×`).to.equal(Math.floor(plot.clientHeight * scale));
        }
      });
  });

  describe('4. printing from a wide window', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('prints at 100 %, and the canvas is at print resolution when printing starts', async () => {
      await setViewport({ width: 1920, height: 1000 });
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML =
        '<dk-bar-chart question="usage-contexts"></dk-bar-chart><dk-donut-chart question="roles"></dk-donut-chart>';
      const charts = [...box.children] as Chart[];
      for (const el of charts) el.report = report;
      for (const el of charts) await settled(el);
      // Listeners run in the order they were added: this one, after the widgets', sees what
      // printing starts with.
      const atStart: number[] = [];
      const record = () =>
        atStart.push(...charts.map((el) => canvasOf(el).width / canvasOf(el).parentElement!.clientWidth));
      addEventListener('beforeprint', record, { once: true });
      const { zoom } = await executeServerCommand<{ zoom: number }, unknown>('print-pdf');
      expect(zoom, 'print zoom of the first page').to.be.closeTo(1, 0.01);
      expect(atStart).to.have.length(2);
      for (const ratio of atStart) expect(ratio, 'backing store ÷ box at beforeprint').to.be.at.least(3);
      await frames(3);
      for (const el of charts)
        expect(canvasOf(el).width / canvasOf(el).parentElement!.clientWidth).to.be.closeTo(devicePixelRatio, 0.01);
    });
  });

  it('5. a web font that arrives after the chart has drawn: one redraw, in that font', async () => {
    const family = `Late ${Math.random().toString(36).slice(2)}`;
    const { el } = await mountBars(`style="--dk-font-family: '${family}', monospace"`);
    const before = rec.renders(canvasOf(el));
    const face = new FontFace(family, 'url(/node_modules/storybook/assets/browser/nunito-sans-regular.woff2)');
    document.fonts.add(face);
    const labels = bars(rec, el).labels;
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.font = `16px '${family}', monospace`;
    const fallback = probe.measureText('Til foranalyser').width;
    await face.load();
    await frames(3);
    expect(rec.renders(canvasOf(el)) - before, 'renders after the font loaded').to.equal(1);
    probe.font = `16px '${family}', monospace`;
    expect(probe.measureText('Til foranalyser').width, 'the font changed the text widths').to.not.equal(fallback);
    expect(rec.lastFrame(canvasOf(el)).every((t) => t.font.includes(family))).to.equal(true);
    expect(bars(rec, el).labels, 'the same labels').to.equal(labels);
    document.fonts.delete(face);
  });

  it("6. the site's own dark-mode switch (a class on <html> setting color-scheme): canvas colours and ink follow", async () => {
    const style = document.createElement('style');
    style.textContent = 'html.site-dark { color-scheme: dark; background: #111; color: #eee; }';
    document.head.append(style);
    try {
      const { el } = await mountBars();
      const light = { ink: bars(rec, el).ink, bar: liveChart(el).data.datasets[0].backgroundColor };
      await once(el, () => document.documentElement.classList.add('site-dark'));
      expect(bars(rec, el).ink).to.not.deep.equal(light.ink);
      expect(liveChart(el).data.datasets[0].backgroundColor).to.not.equal(light.bar);
      await once(el, () => document.documentElement.classList.remove('site-dark'));
      expect(bars(rec, el).ink).to.deep.equal(light.ink);
      expect(liveChart(el).data.datasets[0].backgroundColor).to.equal(light.bar);
    } finally {
      document.documentElement.classList.remove('site-dark');
      style.remove();
    }
  });

  it('7. an ancestor with transform: scale(0.6): the canvas fills its box and is drawn once', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 800px; transform: scale(0.6)"></div>`);
    box.innerHTML = '<dk-bar-chart question="usage-contexts"></dk-bar-chart>';
    const el = box.firstElementChild as BarChart;
    el.report = report;
    await settled(el);
    await frames();
    const canvas = canvasOf(el);
    const at = rec.renders(canvas);
    await new Promise((r) => setTimeout(r, 1000));
    expect(rec.renders(canvas) - at, 'renders at rest in 1 s').to.equal(0);
    expect(canvas.width / devicePixelRatio).to.equal(canvas.parentElement!.clientWidth);
    expect(canvas.offsetWidth).to.equal(canvas.parentElement!.clientWidth);
  });

  describe('8. the language changes after rendering', () => {
    let htmlLang: string;
    beforeEach(() => (htmlLang = document.documentElement.lang));
    afterEach(() => (document.documentElement.lang = htmlLang));

    it("on <html>: the bars' own words, table and canvas numbers follow, drawn once", async () => {
      document.documentElement.lang = 'da';
      const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      box.innerHTML = '<dk-bar-chart question="usage-contexts"></dk-bar-chart>';
      const el = box.firstElementChild as BarChart;
      el.report = report;
      await settled(el);
      await frames();
      expectBarsAgree(rec, el, report, 'usage-contexts', 'da');
      expect(norm(part(el, 'table-toggle')!.textContent)).to.equal('Vis som tabel');
      await once(el, () => (document.documentElement.lang = 'en'));
      expectBarsAgree(rec, el, report, 'usage-contexts', 'en');
      expect(norm(part(el, 'table-toggle')!.textContent)).to.equal('Show as table');
    });

    it('on a section, and on the element itself: a headline figure follows', async () => {
      const section = await fixture<HTMLElement>(html`<section lang="da"></section>`);
      section.innerHTML = '<dk-headline-stat stat="more-data-driven"></dk-headline-stat>';
      const el = section.firstElementChild as HeadlineStat;
      el.report = report;
      await settled(el);
      const value = () => norm(part(el, 'value')!.textContent);
      const stat = report.stats.find((s) => s.id === 'more-data-driven')!;
      expect(value()).to.equal(pct('da', stat.value));
      section.lang = 'en';
      await frames();
      expect(value()).to.equal(pct('en', stat.value));
      el.lang = 'da';
      await frames();
      expect(value()).to.equal(pct('da', stat.value));
      el.removeAttribute('lang');
      await frames();
      expect(value()).to.equal(pct('en', stat.value));
    });

    it('a donut moved into a section of another language follows it', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <section lang="da"></section>
          <section lang="en"></section>
        </div>`,
      );
      const [da, en] = page.children;
      da.innerHTML = '<dk-donut-chart question="roles"></dk-donut-chart>';
      const el = da.firstElementChild as DonutChart;
      el.report = report;
      await settled(el);
      expectDonutAgrees(el, report, 'roles', 'da');
      en.append(el);
      await settled(el);
      await frames(3);
      expectDonutAgrees(el, report, 'roles', 'en');
    });
  });
});
