import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/bar-chart/dk-bar-chart.js';
import type { BarChart } from '../../src/components/bar-chart/bar-chart.js';
import type { Report } from '../../src/data/types.js';
import { part, settled, shadowText } from '../helpers/settle.js';
import { liveCharts, paintedPixels } from '../helpers/canvas.js';

const SRC = '/data/datakultur.json';
const report: Report = await (await fetch(SRC)).json();
const rows = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
type WithChart = { _chart: { chart: { data: { datasets: { data: number[] }[] } } } };
const chartOf = (el: BarChart) => (el as unknown as WithChart)._chart.chart;
/** The bars' shares, in drawing order (each bar is a share and its row's position). */
const shares = (el: BarChart) => (chartOf(el).data.datasets[0].data as unknown as { x: number }[]).map((d) => d.x);

describe('dk-bar-chart', () => {
  it('draws the seven answers in the report order, each share as text', async () => {
    const el = await fixture<BarChart>(html`<dk-bar-chart src=${SRC} question="usage-contexts"></dk-bar-chart>`);
    expect(await settled(el)).to.equal('ready');
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(paintedPixels(canvas)).to.be.greaterThan(1000);
    expect(rows(el)).to.deep.equal([
      'Ved ikke 5 %',
      'Til monitorering 48 %',
      'Til foranalyser til projekter eller indsatser 75 %',
      'Undervejs i udarbejdelsen af projekter eller indsatser 59 %',
      'Til implementering af projekter eller indsatser 32 %',
      'Til evaluering af projekter eller indsatser 27 %',
      'På andre tidspunkter, skriv hvilke: 9 %',
    ]);
    expect(shares(el)).to.deep.equal([5, 48, 75, 59, 32, 27, 9]);
    expect(shadowText(el, '[part=title]')).to.equal(
      'I hvilke sammenhænge benyttes data eller analyser af data om kommunens borgere oftest?',
    );
    expect(shadowText(el, '[part=eyebrow]')).to.equal('3. Brug data hele vejen');
    expect(shadowText(el, '[part=note]')).to.equal('Flere svar mulige: andelene giver tilsammen 255 %.');
  });

  it('sorts with sort="desc": one chart on the canvas, redrawn in the new order', async () => {
    const el = await fixture<BarChart>(html`<dk-bar-chart .report=${report} question="usage-contexts"></dk-bar-chart>`);
    await settled(el);
    const before = await liveCharts();
    el.sort = 'desc';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(await liveCharts()).to.equal(before);
    expect(shares(el)).to.deep.equal([75, 59, 48, 32, 27, 9, 5]);
    expect(rows(el)[0]).to.equal('Til foranalyser til projekter eller indsatser 75 %');
  });

  it('wraps long labels and grows taller on a narrow screen instead of cutting them', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 800px"><dk-bar-chart .report=${report} question="usage-contexts"></dk-bar-chart></div>`,
    );
    const el = box.firstElementChild as BarChart;
    await settled(el);
    const plot = part(el, 'chart')!;
    const wide = plot.getBoundingClientRect().height;
    box.style.width = '320px';
    await new Promise((r) => setTimeout(r, 200));
    expect(plot.getBoundingClientRect().height).to.be.greaterThan(wide);
    expect(el.scrollWidth).to.be.at.most(320);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('on a narrow screen, the first label (sorted to the longest) starts inside the canvas, and a word too long for a line is broken', async () => {
    const long = structuredClone(report);
    const q = long.questions.find((x) => x.id === 'usage-contexts')!;
    q.answers[0].label = 'Datakulturbarrierenedbrydningsforanstaltningsevalueringsrapport og mere';
    q.answers[0].percent = 99;
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dk-bar-chart .report=${long} question="usage-contexts" sort="desc"></dk-bar-chart>
      </div>`,
    );
    const el = box.firstElementChild as BarChart;
    await settled(el);
    type Drawn = {
      data: { labels: string[][] };
      width: number;
      getDatasetMeta(i: number): { data: { y: number }[] };
    };
    const chart = chartOf(el) as unknown as Drawn;
    const px = parseFloat(getComputedStyle(el).fontSize);
    const first = chart.data.labels[0];
    expect(first.length, 'the long label wraps').to.be.greaterThan(1);
    // Where the bar chart's own label plugin puts the first label's top line (bar-chart.ts).
    const top = chart.getDatasetMeta(0).data[0].y - (px * 1.4) / 2 - px * 0.25 - first.length * px * 1.25;
    expect(top, 'top of the first label').to.be.at.least(0);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${px}px ${getComputedStyle(el).fontFamily}`;
    for (const line of first) expect(ctx.measureText(line).width, line).to.be.at.most(chart.width);
  });

  it('shows the table on request', async () => {
    const el = await fixture<BarChart>(
      html`<dk-bar-chart lang="en" .report=${report} question="usage-contexts"></dk-bar-chart>`,
    );
    await settled(el);
    const button = part(el, 'table-toggle')!;
    expect(button.textContent!.trim()).to.equal('Show as table');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Visually hidden (still read by screen readers) until the button shows it.
    const box = part(el, 'table')!.parentElement!;
    expect(box.getBoundingClientRect().height).to.be.at.most(1);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(box.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(rows(el)[1]).to.equal('Til monitorering 48%');
  });

  it('shows an unknown question as a message', async () => {
    const el = await fixture<BarChart>(html`<dk-bar-chart .report=${report} question="nope"></dk-bar-chart>`);
    expect(await settled(el)).to.equal('error');
    expect(shadowText(el, '[part~=error] p')).to.contain('roles, usage-contexts');
    await expect(el).to.be.accessible();
  });

  it('is accessible', async () => {
    const el = await fixture<BarChart>(html`<dk-bar-chart .report=${report} question="usage-contexts"></dk-bar-chart>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
