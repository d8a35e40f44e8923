import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/donut-chart/dk-donut-chart.js';
import '../../src/components/bar-chart/dk-bar-chart.js';
import type { DkChart } from '../../src/charts/dk-chart.js';
import type { Report } from '../../src/data/types.js';
import { settled } from '../helpers/settle.js';

const report: Report = await (await fetch('/data/datakultur.json')).json();

type Active = { _chart: { chart: { getActiveElements(): { index: number }[] } } };
const activeIndex = (el: DkChart) => (el as unknown as Active)._chart.chart.getActiveElements().map((a) => a.index);
/** The text announced, with Intl's no-break spaces as plain ones. */
const announced = (el: DkChart) =>
  el
    .shadowRoot!.querySelector('[aria-live]')!
    .textContent!.trim()
    .replace(/\u00a0/g, ' ');
const tip = (el: DkChart) => el.shadowRoot!.querySelector<HTMLElement>('.tip')!;

async function press(key: string) {
  await sendKeys({ press: key });
  await new Promise((r) => setTimeout(r, 20));
}

describe('exploring a chart with the keyboard', () => {
  it('moves through the donut with the arrow keys, Home and End, and leaves with Escape', async () => {
    const el = await fixture<DkChart>(html`<dk-donut-chart .report=${report} question="roles"></dk-donut-chart>`);
    await settled(el);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Diagram: Respondenter. Brug piletasterne for at læse svarene.');
    canvas.focus();
    expect(el.shadowRoot!.activeElement).to.equal(canvas);
    expect(tip(el).hidden).to.equal(true);

    await press('ArrowRight');
    expect(activeIndex(el)).to.deep.equal([0]);
    expect(announced(el)).to.equal('Funktionær, fx GIS-medarbejder, ACer, BI-konsulent etc.: 84,73 %');
    expect(tip(el).hidden).to.equal(false);
    expect(tip(el).textContent!.replace(/\u00a0/g, ' ')).to.equal(announced(el));

    await press('ArrowDown');
    expect(announced(el)).to.equal('Teamleder: 9,92 %');
    await press('End');
    expect(activeIndex(el)).to.deep.equal([3]);
    expect(announced(el)).to.equal('Forvaltningsleder: 1,53 %');
    await press('ArrowRight');
    expect(activeIndex(el)).to.deep.equal([0]);
    await press('ArrowLeft');
    expect(activeIndex(el)).to.deep.equal([3]);
    await press('Home');
    expect(activeIndex(el)).to.deep.equal([0]);
    await press('Escape');
    expect(activeIndex(el)).to.deep.equal([]);
    expect(tip(el).hidden).to.equal(true);
  });

  it('follows the sorted order in the bar chart, in English', async () => {
    const el = await fixture<DkChart>(
      html`<dk-bar-chart lang="en" sort="desc" .report=${report} question="usage-contexts"></dk-bar-chart>`,
    );
    await settled(el);
    el.shadowRoot!.querySelector('canvas')!.focus();
    await press('ArrowDown');
    expect(announced(el)).to.equal('Til foranalyser til projekter eller indsatser: 75%');
    await press('End');
    expect(announced(el)).to.equal('Ved ikke: 5%');
    // The tooltip sits on the chart, inside the widget.
    const t = tip(el).getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(t.left).to.be.at.least(box.left - 1);
    expect(t.right).to.be.at.most(box.right + 1);
  });

  it('is reached with Tab and clears the highlight on blur', async () => {
    const el = await fixture<DkChart>(html`<dk-donut-chart .report=${report} question="roles"></dk-donut-chart>`);
    await settled(el);
    // The table toggle first (it stands above the plot), then the canvas.
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('table-toggle');
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('canvas');
    await press('ArrowRight');
    expect(activeIndex(el)).to.deep.equal([0]);
    await press('Tab');
    expect(activeIndex(el)).to.deep.equal([]);
  });

  it('describes each chart in one sentence', async () => {
    const el = await fixture<DkChart>(html`<dk-donut-chart .report=${report} question="roles"></dk-donut-chart>`);
    await settled(el);
    const id = el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(id)!.textContent!.replace(/\u00a0/g, ' ')).to.equal(
      '4 svar. Størst: Funktionær, fx GIS-medarbejder, ACer, BI-konsulent etc., 84,73 %. Mindst: Forvaltningsleder, 1,53 %.',
    );
  });
});
