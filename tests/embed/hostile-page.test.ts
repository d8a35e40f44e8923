import { expect } from '@open-wc/testing';
import { frame, widgetsSettled } from '../helpers/frame.js';

// tests/pages/hostile.html: global CSS aimed at every element, a strict CSP, the bundle twice.
type PageWindow = Window & { __violations: string[]; __errors: string[] };

async function load(src: string, width = 1000): Promise<PageWindow> {
  const f = await frame({ src }, { width, height: 2000 });
  const widgets = await widgetsSettled(f.contentDocument!, { ok: (state) => state !== null && state !== 'loading' });
  expect(widgets, 'the page holds four widgets').to.have.length(4);
  return f.contentWindow as PageWindow;
}

describe('a hostile CMS page with a strict CSP, loading the bundle twice', () => {
  it('shows all four widgets with no CSP violation and no error', async () => {
    const win = await load('/tests/pages/hostile.html');
    const widgets = [...win.document.querySelectorAll<HTMLElement>('[state]')];
    expect(widgets.map((w) => w.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('keeps the global CSS out of the widgets', async () => {
    const win = await load('/tests/pages/hostile.html');
    const stat = win.document.querySelector('dk-headline-stat')!;
    const value = stat.shadowRoot!.querySelector('[part=value]')!;
    const style = win.getComputedStyle(value);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.not.equal('0.3em');
    expect(style.borderTopStyle).to.equal('none');
    expect(win.getComputedStyle(stat.shadowRoot!.querySelector('[part=label]')!).lineHeight).to.not.equal('3');
    // The figure is sized in em from the page's own text, not from a 62.5 % root: 3.5 × 14 px.
    expect(parseFloat(style.fontSize)).to.equal(3.5 * 14);
    const canvas = win.document.querySelector('dk-donut-chart')!.shadowRoot!.querySelector('canvas')!;
    expect(win.getComputedStyle(canvas).display).to.not.equal('none');
  });

  it('does not scroll sideways at 320 px', async () => {
    const win = await load('/tests/pages/hostile.html', 320);
    for (const el of win.document.querySelectorAll<HTMLElement>('[state]'))
      expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth + 1);
  });
});
