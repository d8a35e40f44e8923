import { expect } from '@open-wc/testing';

// A chart's text (title, legend, table) is on the page before chart.js has arrived. Its plot must
// already have the height it will be drawn at then: otherwise the page below moves twice, once
// with the text and once with the canvas. This page loads the built bundle from /copy-slowkit/,
// where the test server sends the chart chunk 1.5 s late (tests/server/faults.mjs).

describe('charts before chart.js arrives', () => {
  let stage: HTMLDivElement;
  before(async () => {
    expect(customElements.get('dk-bar-chart'), 'nothing else defines the elements').to.equal(undefined);
    await import(/* @vite-ignore */ `${location.origin}/copy-slowkit/datakultur-widgets.js`);
  });
  afterEach(() => stage.remove());

  for (const [tag, id, width] of [
    ['dk-bar-chart', 'usage-contexts', 900],
    ['dk-bar-chart', 'usage-contexts', 340],
    ['dk-donut-chart', 'roles', 900],
  ] as const) {
    it(`${tag} at ${width}px: the height with the text is the height drawn`, async () => {
      stage = document.createElement('div');
      stage.style.width = `${width}px`;
      document.body.append(stage);
      const el = document.createElement(tag);
      el.setAttribute('src', `/data/datakultur.json?presize=${tag}${width}`);
      el.setAttribute('question', id);
      const ready = new Promise((r) => el.addEventListener('dk-ready', r, { once: true }));
      stage.append(el);
      // Text first: the title is rendered while the widget still waits for chart.js.
      const t0 = performance.now();
      while (!el.shadowRoot?.querySelector('[part="title"]')) {
        if (performance.now() - t0 > 3000) throw new Error('no title within 3 s');
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(el.getAttribute('state'), 'chart.js must still be on its way').to.equal('loading');
      const withText = el.getBoundingClientRect().height;
      await ready;
      const drawn = el.getBoundingClientRect().height;
      expect(drawn).to.be.greaterThan(100);
      expect(Math.abs(drawn - withText), `with text ${withText}px, drawn ${drawn}px`).to.be.below(1);
    });
  }
});
