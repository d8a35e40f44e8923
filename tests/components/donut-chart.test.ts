import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/donut-chart/dk-donut-chart.js';
import type { DonutChart } from '../../src/components/donut-chart/donut-chart.js';
import type { Report } from '../../src/data/types.js';
import { part, settled, shadowText } from '../helpers/settle.js';
import { liveCharts, paintedPixels } from '../helpers/canvas.js';

const SRC = '/data/datakultur.json';
const report: Report = await (await fetch(SRC)).json();
const legend = (el: HTMLElement) =>
  [...part(el, 'legend')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('dk-donut-chart', () => {
  it('draws the four roles and lists each with its share as text', async () => {
    const el = document.createElement('dk-donut-chart');
    el.src = SRC;
    el.question = 'roles';
    const ready = oneEvent(el, 'dk-ready');
    document.body.append(el);
    await ready;
    expect(el.getAttribute('state')).to.equal('ready');
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    // Drawn when dk-ready fires: a good share of the ring's box is painted.
    expect(paintedPixels(canvas)).to.be.greaterThan(canvas.width * canvas.height * 0.2);
    expect(legend(el)).to.deep.equal([
      'Funktionær, fx GIS-medarbejder, ACer, BI-konsulent etc. 84,73 %',
      'Teamleder 9,92 %',
      'Andet 3,82 %',
      'Forvaltningsleder 1,53 %',
    ]);
    expect(shadowText(el, '[part=centre]')).to.equal('142 besvarelser');
    expect(shadowText(el, '[part=title]')).to.equal('Respondenter');
    el.remove();
  });

  it('formats the shares in English on an English page', async () => {
    const el = await fixture<DonutChart>(
      html`<dk-donut-chart lang="en" .report=${report} question="roles"></dk-donut-chart>`,
    );
    expect(await settled(el)).to.equal('ready');
    expect(legend(el)[0]).to.equal('Funktionær, fx GIS-medarbejder, ACer, BI-konsulent etc. 84.73%');
    expect(shadowText(el, 'table')).to.contain('Share');
  });

  it('colours the canvas from --dk-series-* tokens, read per instance', async () => {
    const el = await fixture<DonutChart>(
      html`<dk-donut-chart style="--dk-series-1: rgb(255, 0, 0)" .report=${report} question="roles"></dk-donut-chart>`,
    );
    await settled(el);
    const chart = (el as unknown as { _chart: { chart: { data: { datasets: { backgroundColor: string[] }[] } } } })
      ._chart.chart;
    expect(chart.data.datasets[0].backgroundColor[0]).to.equal('rgb(255, 0, 0)');
    const other = await fixture<DonutChart>(html`<dk-donut-chart .report=${report} question="roles"></dk-donut-chart>`);
    await settled(other);
    const otherChart = (
      other as unknown as { _chart: { chart: { data: { datasets: { backgroundColor: string[] }[] } } } }
    )._chart.chart;
    expect(otherChart.data.datasets[0].backgroundColor[0]).to.not.equal('rgb(255, 0, 0)');
  });

  it('redraws in the other palette when the theme changes', async () => {
    const el = await fixture<DonutChart>(
      html`<dk-donut-chart theme="light" .report=${report} question="roles"></dk-donut-chart>`,
    );
    await settled(el);
    type Colours = { _chart: { chart: { data: { datasets: { backgroundColor: string[] }[] } } } };
    const colour = () => (el as unknown as Colours)._chart.chart.data.datasets[0].backgroundColor[0];
    const light = colour();
    el.theme = 'dark';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(colour()).to.not.equal(light);
    el.theme = 'light';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(colour()).to.equal(light);
  });

  it('resizes with its container', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><dk-donut-chart .report=${report} question="roles"></dk-donut-chart></div>`,
    );
    const el = box.firstElementChild as DonutChart;
    await settled(el);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const before = canvas.width;
    box.style.width = '150px';
    await new Promise((r) => setTimeout(r, 150));
    expect(canvas.width).to.be.lessThan(before);
    expect(canvas.getBoundingClientRect().width).to.be.at.most(150);
    expect(paintedPixels(canvas)).to.be.greaterThan(0);
  });

  it('is destroyed on disconnect and redrawn on reconnect', async () => {
    const start = await liveCharts();
    const el = await fixture<DonutChart>(html`<dk-donut-chart .report=${report} question="roles"></dk-donut-chart>`);
    await settled(el);
    expect(await liveCharts()).to.equal(start + 1);
    const parent = el.parentElement!;
    el.remove();
    expect(await liveCharts()).to.equal(start);
    parent.append(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(await liveCharts()).to.equal(start + 1);
    expect(paintedPixels(el.shadowRoot!.querySelector('canvas')!)).to.be.greaterThan(0);
  });

  it('leaves no chart behind after 200 mount/unmount cycles', async () => {
    const start = await liveCharts();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('dk-donut-chart');
      el.report = report;
      el.question = 'roles';
      host.append(el);
      if (i % 20 === 0) await settled(el);
      else await el.updateComplete;
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(await liveCharts()).to.equal(start);
  });

  it('is accessible', async () => {
    const el = await fixture<DonutChart>(html`<dk-donut-chart .report=${report} question="roles"></dk-donut-chart>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
