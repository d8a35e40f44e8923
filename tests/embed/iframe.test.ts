import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

// dist/embed.html in an iframe, with and without the host page's resize script.
function frame(query: string): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.title = 'Respondenter';
  f.style.cssText = 'width: 700px; height: 420px; border: 0';
  f.src = `/dist/embed.html?${query}`;
  document.body.append(f);
  return f;
}

const settledIn = (f: HTMLIFrameElement) =>
  waitUntil(() => f.contentDocument?.querySelector('[state]')?.getAttribute('state') === 'ready', 'embed never ready', {
    timeout: 8000,
  });

/** Adds dist/embed-resize.js to the page as the README has it: a classic script. */
function resizeScript(): Promise<void> {
  const s = document.createElement('script');
  s.src = '/dist/embed-resize.js';
  s.async = true;
  const done = new Promise<void>((resolve, reject) => {
    s.addEventListener('load', () => resolve(), { once: true });
    s.addEventListener('error', () => reject(new Error('embed-resize.js did not load')), { once: true });
  });
  document.head.append(s);
  return done;
}

describe('embed-resize.js', () => {
  it('is a classic script that leaves no globals on the host page, and may be included twice', async () => {
    const code = await (await fetch('/dist/embed-resize.js')).text();
    expect(code, 'no module syntax').to.not.match(/(^|[;}\s])(import|export)[\s{*]/);
    const before = new Set(Object.getOwnPropertyNames(window));
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await resizeScript();
      await resizeScript();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(Object.getOwnPropertyNames(window).filter((n) => !before.has(n))).to.deep.equal([]);
  });
});

describe('the iframe embed', () => {
  before(() => resizeScript());
  // Also after a failing test.
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the widget the query string names, in its language', async () => {
    const f = frame('widget=donut-chart&id=roles&lang=en&theme=dark');
    await settledIn(f);
    const el = f.contentDocument!.querySelector('dk-donut-chart')!;
    expect(el.getAttribute('question')).to.equal('roles');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(f.contentDocument!.documentElement.lang).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).to.contain('84.73%');
  });

  for (const [theme, scheme, text] of [
    ['', 'light', 'dark'],
    ['light', 'light', 'dark'],
    ['dark', 'dark', 'light'],
  ] as const) {
    it(`a visitor with a dark setting: ${theme ? `theme=${theme}` : 'no theme'} gives a ${scheme} frame`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const f = frame(`widget=headline-stat&id=more-data-driven${theme ? `&theme=${theme}` : ''}`);
        await settledIn(f);
        const doc = f.contentDocument!;
        expect(getComputedStyle(doc.documentElement).colorScheme).to.equal(scheme);
        // The caption's colour is the frame's text colour: dark on a light frame, light on a dark one.
        const label = doc.querySelector('dk-headline-stat')!.shadowRoot!.querySelector('[part=label]')!;
        const [r, g, b] = getComputedStyle(label)
          .color.match(/[\d.]+/g)!
          .map(Number);
        const lightness = (r + g + b) / 3;
        if (text === 'dark') expect(lightness, getComputedStyle(label).color).to.be.below(100);
        else expect(lightness, getComputedStyle(label).color).to.be.above(155);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }

  it('grows or shrinks to its content with the resize script', async () => {
    const f = frame('widget=headline-stat&id=more-data-driven');
    await settledIn(f);
    // The frame follows the content as it settles (fonts, the figure's layout): wait for them to agree.
    const content = () => Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => parseFloat(f.style.height) === content(), 'frame never matched its content', {
      timeout: 3000,
    });
    expect(content()).to.be.lessThan(300);
    const bars = frame('widget=bar-chart&id=usage-contexts');
    await settledIn(bars);
    await waitUntil(() => parseFloat(bars.style.height) > 420, 'tall chart never grew the frame', { timeout: 3000 });
  });

  it('shows an unknown widget id as a message, not a blank frame', async () => {
    const f = frame('widget=quote-card&id=nope');
    await waitUntil(() => f.contentDocument?.querySelector('[state]')?.getAttribute('state') === 'error', 'no error', {
      timeout: 8000,
    });
    expect(f.contentDocument!.querySelector('dk-quote-card')!.shadowRoot!.textContent).to.contain('top-management');
  });
});
