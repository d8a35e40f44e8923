import { expect, waitUntil } from '@open-wc/testing';
import { frame } from '../helpers/frame.js';

// A chart's text (title, legend, table) is on the page before chart.js has arrived. Its plot must
// already have the height it will be drawn at then: otherwise the page below moves twice, once
// with the text and once with the canvas. Each case is a frame of its own that loads the built
// bundle from a URL of its own under /copy-slowkit…/, where the test server sends the chart chunk
// 1.5 s late (tests/server/faults.mjs): chart.js is on its way in every case, never cached.

let n = 0;
/** `widget` alone in a frame `width` px wide, loading its own fresh copy of the bundle. */
async function alone(width: number, widget: string): Promise<HTMLElement> {
  const copy = `copy-slowkit${'abcdefghij'[n++]}`;
  const f = await frame(
    {
      html: `<!doctype html><html lang="da"><body style="margin: 0">${widget}
    <script type="module" src="${location.origin}/${copy}/datakultur-widgets.js"></script></body></html>`,
    },
    { width },
  );
  return f.contentDocument!.body.firstElementChild as HTMLElement;
}

async function untilTitle(el: HTMLElement) {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="title"]'), 'no title within 3 s', { timeout: 3000 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const ready = (el: HTMLElement) => new Promise((r) => el.addEventListener('dk-ready', r, { once: true }));

describe('charts before chart.js arrives', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [tag, id, width] of [
    ['dk-bar-chart', 'usage-contexts', 900],
    ['dk-bar-chart', 'usage-contexts', 340],
    // The donut's plot is square by CSS; this holds its reserve and legend to the drawn height.
    ['dk-donut-chart', 'roles', 900],
  ] as const) {
    it(`${tag} at ${width}px: the height with the text is the height drawn`, async () => {
      const el = await alone(width, `<${tag} src="/data/datakultur.json" question="${id}"></${tag}>`);
      const drawn = ready(el);
      await untilTitle(el);
      expect(el.getAttribute('state'), 'chart.js must still be on its way').to.equal('loading');
      const withText = el.getBoundingClientRect().height;
      await drawn;
      const after = el.getBoundingClientRect().height;
      expect(after).to.be.greaterThan(100);
      expect(Math.abs(after - withText), `with text ${withText}px, drawn ${after}px`).to.be.below(1);
    });
  }

  it('a chart moved in the page while chart.js is on its way is still drawn', async () => {
    const el = await alone(900, `<dk-bar-chart src="/data/datakultur.json" question="usage-contexts"></dk-bar-chart>`);
    const drawn = ready(el);
    await untilTitle(el);
    expect(el.getAttribute('state')).to.equal('loading');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await Promise.race([
      drawn,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no dk-ready within 5 s')), 5000)),
    ]);
    expect(el.getAttribute('state')).to.equal('ready');
  });
});
