// The visitor's settings: reduced motion, 200 % text on a 320 px screen, forced colours.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, CHARTS, contrast, forcedColors, ready, resolveColor, showTable, TAGS } from './helpers.js';
import type { Tag } from './helpers.js';

type ChartJs = {
  options: { animation: unknown };
  data: { datasets: { backgroundColor: string | string[]; borderColor: string }[] };
};
const chartOf = (el: HTMLElement) => (el as unknown as { _chart: { chart: ChartJs } })._chart.chart;

describe('prefers-reduced-motion', () => {
  // What each chart was created with, before any redraw (a redraw never animates).
  const created: unknown[] = [];
  const spy = {
    id: 'a11y-spy',
    beforeInit: (chart: { config: { options?: { animation?: unknown } } }) =>
      void created.push(chart.config.options?.animation),
  };
  let Chart: Awaited<ReturnType<typeof kit>>;
  const kit = async () => (await import('../../src/charts/chart-kit.js')).chartKit();
  before(async () => (Chart = await kit()).register(spy));
  after(() => Chart.unregister(spy));
  beforeEach(() => (created.length = 0));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const tag of CHARTS) {
    it(`${tag} is drawn without animation when the visitor asks for reduced motion`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const el = await ready(tag);
      expect(created).to.deep.equal([false]);
      expect(chartOf(el).options.animation).to.equal(false);
    });

    it(`${tag} animates its entry otherwise (so the check above means something)`, async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await ready(tag);
      expect(created).to.have.length(1);
      expect(created[0]).to.be.an('object');
    });
  }

  it('no widget has CSS animations or transitions', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const tag of TAGS) {
      const el = await ready(tag);
      // The charts' colour probe is exempt: 0 × 0 and invisible, its 1 ms colour transition is how
      // a chart hears that the page's colour scheme changed (src/charts/chart.styles.ts).
      for (const node of [el, ...$$(el, '*')].filter((n) => !n.closest('.probe'))) {
        const cs = getComputedStyle(node);
        expect(cs.animationName, `${tag} ${node.localName}`).to.equal('none');
        expect(parseFloat(cs.transitionDuration) || 0, `${tag} ${node.localName}`).to.equal(0);
      }
    }
  });
});

describe('200 % text on a 320 px wide screen', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  /** Nothing visible sticks out to the right or left of the screen, and nothing scrolls sideways. */
  function expectReflow(el: HTMLElement, what: string) {
    const doc = document.documentElement;
    expect(doc.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(doc.clientWidth);
    expect(el.scrollWidth, `${what}: the widget overflows`).to.be.at.most(el.clientWidth);
    for (const node of $$(el, '*')) {
      if (node.closest('.sr-only') || node.classList.contains('probe')) continue;
      const r = node.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      expect(r.right, `${what}: ${node.localName}.${node.className} ends at ${r.right}px`).to.be.at.most(320 + 0.5);
      expect(r.left, `${what}: ${node.localName}.${node.className} starts at ${r.left}px`).to.be.at.least(-0.5);
      if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
        expect.fail(`${what}: ${node.localName}.${node.className} scrolls sideways`);
    }
  }

  const cases: [Tag, Record<string, string>?][] = [
    ['dk-headline-stat'],
    ['dk-headline-stat', { stat: 'responses' }],
    ['dk-quote-card'],
    ['dk-quote-card', { quote: 'top-management' }],
    ['dk-donut-chart'],
    ['dk-bar-chart'],
  ];
  for (const [tag, attrs] of cases)
    it(`${tag}${attrs ? ` ${Object.values(attrs)[0]}` : ''} reflows`, async () => {
      const el = await ready(tag, { attrs, style: 'font-size:200%' });
      expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(32);
      expectReflow(el, tag);
      if (CHARTS.includes(tag)) {
        await showTable(el);
        await new Promise((r) => requestAnimationFrame(r));
        expectReflow(el, `${tag} with its table`);
      }
    });

  it('the bar chart redraws its canvas labels when the text is resized after drawing', async () => {
    await setViewport({ width: 800, height: 600 });
    try {
      const el = await ready('dk-bar-chart');
      const plot = $(el, '.plot')!;
      const before = plot.getBoundingClientRect().height;
      // Labels beside the bars leave them a column on the left; above the bars, none.
      const left = () =>
        (chartOf(el).options as unknown as { layout: { padding: { left: number } } }).layout.padding.left;
      expect(left()).to.be.greaterThan(0, 'labels beside the bars at 100 %');
      // Text-only zoom, or a site's own text-size button: the width stays, the text doubles.
      el.parentElement!.style.fontSize = '200%';
      await waitUntil(() => plot.getBoundingClientRect().height > before * 1.5, 'the canvas never grew with the text');
      expect(left()).to.equal(0, 'labels above the bars at 200 %');
    } finally {
      await setViewport({ width: 320, height: 640 });
    }
  });

  it('the bar chart puts each label above its bar at this size', async () => {
    const el = await ready('dk-bar-chart', { style: 'font-size:200%' });
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    expect(canvas.getBoundingClientRect().right).to.be.at.most(320);
    // Stacked layout: the y axis (labels beside the bars) is off.
    const scales = (chartOf(el).options as unknown as { scales: { y: { display: boolean } } }).scales;
    expect(scales.y.display).to.equal(false);
  });
});

describe('forced colours', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await forcedColors(true);
  });
  after(async () => {
    await forcedColors(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is really on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const tag of TAGS)
    it(`${tag} renders`, async () => {
      const el = await ready(tag);
      expect(el.getAttribute('state')).to.equal('ready');
    });

  it('the legend swatches keep the canvas’s colours and get a border in the text colour', async () => {
    const el = await ready('dk-donut-chart');
    const fills = chartOf(el).data.datasets[0].backgroundColor as string[];
    const canvasText = resolveColor($(el, 'figure')!, 'CanvasText');
    const swatches = $$(el, '.swatch');
    expect(swatches).to.have.length(4);
    swatches.forEach((s, i) => {
      const cs = getComputedStyle(s);
      expect(parseFloat(cs.borderTopWidth)).to.be.at.least(1);
      expect(cs.borderTopColor).to.equal(canvasText);
      expect(cs.backgroundColor, `swatch ${i}`).to.equal(fills[i]);
      expect(s.getBoundingClientRect().width).to.be.at.least(8);
    });
    expect(new Set(fills).size).to.equal(4, 'the segments still differ in colour');
  });

  it('the donut’s gap is the forced background, so segments stay parted', async () => {
    const el = await ready('dk-donut-chart');
    const canvas = resolveColor($(el, 'figure')!, 'Canvas');
    expect(chartOf(el).data.datasets[0].borderColor).to.equal(canvas);
  });

  it('focus is still visible on the canvas and the table toggle', async () => {
    const el = await ready('dk-donut-chart');
    const canvasBg = resolveColor($(el, 'figure')!, 'Canvas');
    for (const target of ['[part~="table-toggle"]', 'canvas']) {
      await sendKeys({ press: 'Tab' });
      const focused = $(el, target)!;
      expect(focused.matches(':focus-visible'), target).to.equal(true);
      const cs = getComputedStyle(focused);
      expect(cs.outlineStyle, target).to.not.equal('none');
      expect(parseFloat(cs.outlineWidth), target).to.be.at.least(2);
      expect(contrast(cs.outlineColor, canvasBg), target).to.be.at.least(3);
    }
    (document.activeElement as HTMLElement | null)?.blur();
  });

  it('the toggle button keeps its border', async () => {
    const el = await ready('dk-bar-chart');
    const cs = getComputedStyle($(el, '[part~="table-toggle"]')!);
    expect(cs.borderTopStyle).to.equal('solid');
    expect(contrast(cs.borderTopColor, resolveColor($(el, 'figure')!, 'Canvas'))).to.be.at.least(3);
  });
});
