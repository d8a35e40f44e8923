import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/datakultur-widgets.js';
import type { DonutChart } from '../../src/components/donut-chart/donut-chart.js';
import type { HeadlineStat } from '../../src/components/headline-stat/headline-stat.js';
import type { Report } from '../../src/data/types.js';
import { part, settled } from '../helpers/settle.js';

const report: Report = await (await fetch('/data/datakultur.json')).json();
const colourOf = (el: HTMLElement) => getComputedStyle(part(el, 'value')!).color;
const LIGHT_ACCENT = 'rgb(28, 90, 166)';
const DARK_ACCENT = 'rgb(138, 184, 242)';

describe('colour schemes and print', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

  it('follows the page: light on a page that declares nothing, even when the visitor prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<HeadlineStat>(html`<dk-headline-stat value="60" label="x"></dk-headline-stat>`);
    expect(colourOf(el)).to.equal(LIGHT_ACCENT);
  });

  it("follows the visitor's setting on a page that supports dark mode", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: light dark"><dk-headline-stat value="60" label="x"></dk-headline-stat></div>`,
    );
    const el = box.firstElementChild as HeadlineStat;
    expect(colourOf(el)).to.equal(LIGHT_ACCENT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colourOf(el)).to.equal(DARK_ACCENT);
  });

  it('is overridden per element with theme', async () => {
    const el = await fixture<HeadlineStat>(
      html`<dk-headline-stat theme="dark" value="60" label="x"></dk-headline-stat>`,
    );
    expect(colourOf(el)).to.equal(DARK_ACCENT);
    el.theme = 'auto';
    await el.updateComplete;
    expect(colourOf(el)).to.equal(LIGHT_ACCENT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colourOf(el)).to.equal(DARK_ACCENT);
  });

  it('is overridden by a token', async () => {
    const el = await fixture<HeadlineStat>(
      html`<dk-headline-stat style="--dk-color-accent: rgb(1, 2, 3)" value="60" label="x"></dk-headline-stat>`,
    );
    expect(colourOf(el)).to.equal('rgb(1, 2, 3)');
  });

  it('prints in light colours, with a crisp canvas and no buttons', async () => {
    const el = await fixture<DonutChart>(
      html`<dk-donut-chart theme="dark" .report=${report} question="roles"></dk-donut-chart>`,
    );
    await settled(el);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const screenPixels = canvas.width;
    type Colours = { _chart: { chart: { data: { datasets: { backgroundColor: string[] }[] } } } };
    const colours = () => (el as unknown as Colours)._chart.chart.data.datasets[0].backgroundColor[0];
    expect(colours()).to.equal(DARK_ACCENT);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((r) => setTimeout(r, 50));
    expect(canvas.width).to.be.at.least(3 * canvas.getBoundingClientRect().width - 1);
    expect(canvas.width).to.be.greaterThan(screenPixels);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(colours()).to.equal(LIGHT_ACCENT);
    expect(getComputedStyle(part(el, 'table-toggle')!).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await new Promise((r) => setTimeout(r, 50));
    expect(canvas.width).to.equal(screenPixels);
    expect(colours()).to.equal(DARK_ACCENT);
  });
});
