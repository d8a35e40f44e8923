// WCAG 2.1 contrast of the default colours, measured in real widgets, light and dark:
// graphics (series, bars, the gap between donut segments, focus outlines) at least 3:1 (1.4.11),
// text at least 4.5:1, or 3:1 when it is large (1.4.3). Dark widgets sit on a dark page.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, contrast, DARK_PAGE, LIGHT_PAGE, mount, parseColor, ready, resolveColor } from './helpers.js';
import type { RGBA } from './helpers.js';

const SERIES = [1, 2, 3, 4, 5, 6, 7].map((i) => `var(--_s${i})`);

type ChartJs = {
  data: { datasets: { backgroundColor: string | string[]; borderColor: string; borderWidth: number }[] };
};
const chartOf = (el: HTMLElement) => (el as unknown as { _chart: { chart: ChartJs } })._chart.chart;

/** WCAG's large text: 18pt (24 px), or 14pt (18.66 px) bold. */
function required(el: Element): { ratio: number; large: boolean; px: number } {
  const cs = getComputedStyle(el);
  const px = parseFloat(cs.fontSize);
  const large = px >= 24 || (px >= 18.66 && Number(cs.fontWeight) >= 700);
  return { ratio: large ? 3 : 4.5, large, px };
}

/** The text colour of `el` over `bg` meets the ratio its size asks for. */
function expectText(el: Element, bg: RGBA | string, what: string) {
  const need = required(el);
  const ratio = contrast(getComputedStyle(el).color, bg);
  expect(ratio, `${what}: ${ratio.toFixed(2)}:1 (${need.px}px${need.large ? ', large' : ''})`).to.be.at.least(
    need.ratio,
  );
}

for (const dark of [false, true]) {
  const scheme = dark ? 'dark' : 'light';
  const page = dark ? DARK_PAGE : LIGHT_PAGE;

  describe(`contrast of the default colours (${scheme})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('each series colour is at least 3:1 against the chart background', async () => {
      const el = await ready('dk-donut-chart', { dark });
      const fig = $(el, 'figure')!;
      const bg = resolveColor(fig, 'var(--_bg)');
      expect(contrast(bg, page.background)).to.be.below(
        1.1,
        'the default background is the page the widget is meant for',
      );
      for (const s of SERIES) {
        const c = resolveColor(fig, s);
        expect(contrast(c, bg), `${s} = ${c} on ${bg}`).to.be.at.least(3);
      }
    });

    it('donut segments are parted by a gap in the background colour, each 3:1 against it', async () => {
      const el = await ready('dk-donut-chart', { dark });
      const bg = resolveColor($(el, 'figure')!, 'var(--_bg)');
      const [set] = chartOf(el).data.datasets;
      expect(parseColor(set.borderColor)).to.deep.equal(parseColor(bg));
      expect(set.borderWidth).to.be.at.least(2);
      const fills = set.backgroundColor as string[];
      expect(fills).to.have.length(4);
      // Neighbours differ (colour is not what parts them, but they should not look the same).
      fills.forEach((f, i) => expect(f).to.not.equal(fills[(i + 1) % fills.length]));
      for (const f of fills) expect(contrast(f, set.borderColor), f).to.be.at.least(3);
    });

    it('the bars are at least 3:1 against the background', async () => {
      const el = await ready('dk-bar-chart', { dark });
      const bg = resolveColor($(el, 'figure')!, 'var(--_bg)');
      const bar = chartOf(el).data.datasets[0].backgroundColor as string;
      expect(contrast(bar, bg), bar).to.be.at.least(3);
      expect(contrast(bar, page.background), bar).to.be.at.least(3);
    });

    it('the quote card: accent heading, text and muted attribution on the surface', async () => {
      const el = await ready('dk-quote-card', { dark });
      const card = $(el, '[part~="base"]')!;
      const surface = getComputedStyle(card).backgroundColor;
      expect(surface).to.equal(resolveColor(card, 'var(--_surface)'));
      expectText($(el, '[part~="heading"]')!, surface, 'heading (accent)');
      expectText($(el, 'blockquote p')!, surface, 'quote');
      expectText($(el, '.name')!, surface, 'name');
      for (const role of [...el.shadowRoot!.querySelectorAll('.role')])
        expectText(role, surface, 'title/organisation (muted)');
      // The accent border is a graphic: 3:1 against the page.
      expect(contrast(getComputedStyle(card).borderInlineStartColor, page.background)).to.be.at.least(3);
    });

    it('the headline figure and its caption on the page', async () => {
      const el = await ready('dk-headline-stat', { dark });
      const value = $(el, '[part~="value"]')!;
      expect(required(value).large).to.equal(true, 'the figure is large text');
      expectText(value, page.background, 'figure');
      // Large or not, the default accent also meets 4.5:1: it stays readable if --dk-stat-value-size shrinks it.
      expect(contrast(getComputedStyle(value).color, page.background)).to.be.at.least(4.5);
      expectText($(el, '[part~="label"]')!, page.background, 'caption');
    });

    it('chart text: eyebrow (accent), note and centre (muted), tooltip', async () => {
      const bar = await ready('dk-bar-chart', { dark });
      expectText($(bar, '[part~="eyebrow"]')!, page.background, 'eyebrow');
      expectText($(bar, '[part~="note"]')!, page.background, 'note');
      const donut = await ready('dk-donut-chart', { dark });
      expectText($(donut, '.centre .what')!, page.background, 'centre label');
      expectText($(donut, '.legend .label')!, page.background, 'legend label');
      const tip = $(donut, '.tip')!;
      expectText(tip, getComputedStyle(tip).backgroundColor, 'tooltip');
    });

    it('the loading message (muted) on the page', async () => {
      const el = await mount('dk-headline-stat', {
        dark,
        attrs: { src: `/fault/hang?key=contrast-${Date.now()}`, stat: 'responses', timeout: '20000' },
      });
      await el.updateComplete;
      expectText($(el, '[part~="status"]')!, page.background, 'loading');
    });

    it('focus outlines on the canvas and the buttons are at least 3:1 against the page', async () => {
      const el = await ready('dk-donut-chart', { dark });
      const canvas = $(el, 'canvas')!;
      const button = $(el, '[part~="table-toggle"]')!;
      // In tab order: the table toggle (above the plot), then the canvas.
      for (const focused of [button, canvas]) {
        await sendKeys({ press: 'Tab' });
        expect(focused.matches(':focus-visible'), focused.localName).to.equal(true);
        const cs = getComputedStyle(focused);
        expect(cs.outlineStyle).to.not.equal('none');
        expect(parseFloat(cs.outlineWidth)).to.be.at.least(2);
        const ratio = contrast(cs.outlineColor, page.background);
        expect(ratio, `${focused.localName} outline ${cs.outlineColor}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
      }
      (document.activeElement as HTMLElement | null)?.blur();
    });
  });
}
