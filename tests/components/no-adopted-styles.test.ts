import { expect } from '@open-wc/testing';
import { frame, widgetsSettled } from '../helpers/frame.js';

// Browsers without constructable style sheets on shadow roots (Safari before 16.4): the element
// base (src/internal/base.ts) then puts each sheet in a <style> element. Each case is a frame of
// its own (its own module instance of the built bundle); in one, the page has taken
// `adoptedStyleSheets` away before the bundle runs. The widgets must look the same in both.

const WIDGETS = `
  <dk-headline-stat value="60" label="mener noget"></dk-headline-stat>
  <dk-quote-card src="/data/datakultur.json" quote="top-management"></dk-quote-card>
  <dk-donut-chart src="/data/datakultur.json" question="roles"></dk-donut-chart>`;

/** Without adopted style sheets, as an older browser is. */
const WITHOUT = `<script>
  delete Document.prototype.adoptedStyleSheets;
  delete ShadowRoot.prototype.adoptedStyleSheets;
</script>`;

async function page(before: string): Promise<Document> {
  const f = await frame(
    {
      html: `<!doctype html><html lang="da"><body style="margin: 0">${before}${WIDGETS}
    <script type="module" src="${location.origin}/dist/datakultur-widgets.js"></script></body></html>`,
    },
    { width: 800 },
  );
  await widgetsSettled(f.contentDocument!);
  return f.contentDocument!;
}

/** What styles decide, read from each widget's parts. */
function looks(doc: Document) {
  const out: Record<string, string> = {};
  for (const [sel, part] of [
    ['dk-headline-stat', 'value'],
    ['dk-headline-stat', 'label'],
    ['dk-quote-card', 'base'],
    ['dk-quote-card', 'quote'],
    ['dk-donut-chart', 'legend'],
    ['dk-donut-chart', 'table-toggle'],
  ]) {
    const el = doc.querySelector(sel)!.shadowRoot!.querySelector(`[part~="${part}"]`)!;
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    out[`${sel}::part(${part})`] = [
      s.fontSize,
      s.fontWeight,
      s.color,
      s.backgroundColor,
      s.display,
      s.borderLeftWidth,
      Math.round(box.width),
      Math.round(box.height),
    ].join(' ');
  }
  return out;
}

describe('without adopted style sheets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('every widget gets its styles from <style> elements, and looks as it does with adopted sheets', async () => {
    const modern = await page('');
    const older = await page(WITHOUT);
    expect('adoptedStyleSheets' in older.defaultView!.Document.prototype).to.equal(false);
    for (const tag of ['dk-headline-stat', 'dk-quote-card', 'dk-donut-chart']) {
      const oldRoot = older.querySelector(tag)!.shadowRoot!;
      const newRoot = modern.querySelector(tag)!.shadowRoot!;
      expect(oldRoot.querySelectorAll('style').length, tag).to.be.greaterThan(0);
      expect(newRoot.querySelectorAll('style').length, tag).to.equal(0);
      expect(newRoot.adoptedStyleSheets.length, tag).to.be.greaterThan(0);
    }
    const a = looks(modern);
    // Sanity: the styles are really applied (the big figure is bigger than its caption).
    expect(parseFloat(a['dk-headline-stat::part(value)']!)).to.be.greaterThan(
      parseFloat(a['dk-headline-stat::part(label)']!),
    );
    expect(looks(older)).to.deep.equal(a);
  });
});
