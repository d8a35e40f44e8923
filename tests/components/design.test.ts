// The measurable parts of the designer's pass (issue 16): compact errors, a readable quote on a
// phone, and a page's inherited CSS kept out.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/datakultur-widgets.js';
import type { Report } from '../../src/data/types.js';
import { part, settled } from '../helpers/settle.js';

const report: Report = await (await fetch('/data/datakultur.json')).json();
const em = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

const WIDGETS = [
  ['dk-headline-stat', 'stat', 'see-potential'],
  ['dk-quote-card', 'quote', 'top-management'],
  ['dk-donut-chart', 'question', 'roles'],
  ['dk-bar-chart', 'question', 'usage-contexts'],
] as const;

async function mount(tag: string, attr: string, id: string, style = '', width = 700) {
  const box = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
  box.setAttribute('style', `width: ${width}px; ${style}`);
  const el = document.createElement(tag) as HTMLElement & { report?: Report };
  el.setAttribute(attr, id);
  el.report = report;
  box.append(el);
  await settled(el);
  return el;
}

describe('errors are compact', () => {
  for (const [tag, attr] of WIDGETS)
    it(`${tag}: an unknown id is a short box (≤ 10em), not the loading height`, async () => {
      const el = await mount(tag, attr, 'findes-ikke');
      expect(el.getAttribute('state')).to.equal('error');
      const box = part(el, 'error')!;
      expect(box.getBoundingClientRect().height / em(el)).to.be.at.most(10);
      expect(el.getBoundingClientRect().height / em(el)).to.be.at.most(10);
    });

  it('an id in the message stays on one line, in Danish quotation marks', async () => {
    const el = await mount('dk-headline-stat', 'stat', 'see-/potential', '', 200);
    const ids = [...el.shadowRoot!.querySelectorAll('[part~=error] .id')] as HTMLElement[];
    expect(ids.map((i) => i.textContent)).to.include.members(['„see-/potential“', 'see-potential', 'more-data-driven']);
    const line = parseFloat(getComputedStyle(ids[0]).lineHeight);
    for (const id of ids) expect(id.getBoundingClientRect().height, id.textContent!).to.be.below(line * 1.5);
    expect(part(el, 'error')!.textContent).to.contain('„see-/potential“');
  });
});

describe('the quote on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  for (const width of [320, 360])
    it(`at ${width} px the quote's text is at least 230 px wide`, async () => {
      await setViewport({ width, height: 700 });
      // A phone page: 16 px of margin either side.
      const el = await mount('dk-quote-card', 'quote', 'top-management', '', width - 32);
      const p = el.shadowRoot!.querySelector('blockquote p, blockquote') as HTMLElement;
      expect(p.getBoundingClientRect().width).to.be.at.least(230);
    });

  it('is as wide as a chart in the same column', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    box.innerHTML =
      '<dk-quote-card quote="top-management"></dk-quote-card><dk-bar-chart question="usage-contexts"></dk-bar-chart>';
    const [quote, bars] = [...box.children] as (HTMLElement & { report: Report })[];
    quote.report = bars.report = report;
    await settled(quote);
    await settled(bars);
    const card = part(quote, 'base')!.getBoundingClientRect();
    expect(card.right).to.be.closeTo(part(bars, 'base')!.getBoundingClientRect().right, 1);
  });
});

describe("the page's inherited CSS stays out", () => {
  // Every inherited property that changes layout or reading, set the way a CMS's content wrapper
  // might. The widgets take the font family and the text colour on purpose, and nothing else.
  const HOSTILE: Record<string, string> = {
    'white-space': 'nowrap',
    'text-align': 'center',
    'text-align-last': 'center',
    'text-indent': '5em',
    'letter-spacing': '0.3em',
    'word-spacing': '1em',
    'line-height': '3',
    'text-transform': 'uppercase',
    hyphens: 'auto',
    'word-break': 'break-all',
    'line-break': 'anywhere',
    'overflow-wrap': 'normal',
    'font-style': 'italic',
    'font-weight': '900',
    'font-variant': 'small-caps',
    'font-stretch': 'condensed',
    'font-kerning': 'none',
    'font-feature-settings': '"smcp"',
    'text-shadow': '2px 2px red',
    'text-rendering': 'geometricPrecision',
    'tab-size': '20',
    'border-collapse': 'separate',
    'border-spacing': '12px',
    'caption-side': 'bottom',
    'empty-cells': 'hide',
    'list-style-type': 'square',
    'list-style-position': 'inside',
    quotes: '"<" ">"',
    'writing-mode': 'horizontal-tb',
    'text-underline-position': 'under',
    '-webkit-text-stroke-width': '1px',
  };
  const style = Object.entries(HOSTILE)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  const computed = (el: HTMLElement) =>
    [el, ...el.shadowRoot!.querySelectorAll('*')].map((node) => {
      const cs = getComputedStyle(node);
      return Object.fromEntries(Object.keys(HOSTILE).map((k) => [k, cs.getPropertyValue(k)]));
    });

  for (const [tag, attr, id] of WIDGETS)
    it(`${tag}: every part computes as on a plain page`, async () => {
      const plain = computed(await mount(tag, attr, id));
      const hostile = computed(await mount(tag, attr, id, style));
      expect(hostile.length).to.equal(plain.length);
      const differs = hostile.flatMap((h, i) =>
        Object.keys(h)
          .filter((k) => h[k] !== plain[i][k])
          .map((k) => `node ${i}: ${k} ${plain[i][k]} → ${h[k]}`),
      );
      expect(differs.slice(0, 8)).to.deep.equal([]);
    });

  it('at 320 px, under white-space: nowrap and the rest, nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.setAttribute('style', `padding: 0 16px; ${style}`);
      box.innerHTML = WIDGETS.map(([tag, attr, id]) => `<${tag} ${attr}="${id}"></${tag}>`).join('');
      for (const el of box.children as HTMLCollectionOf<HTMLElement & { report: Report }>) el.report = report;
      for (const el of box.children) await settled(el as HTMLElement);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const el of box.children) expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
