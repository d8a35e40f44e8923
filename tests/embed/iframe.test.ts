import { expect, waitUntil } from '@open-wc/testing';

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

describe('the iframe embed', () => {
  before(async () => {
    await import('/dist/embed-resize.js' as string);
  });

  it('renders the widget the query string names, in its language', async () => {
    const f = frame('widget=donut-chart&id=roles&lang=en&theme=dark');
    await settledIn(f);
    const el = f.contentDocument!.querySelector('dk-donut-chart')!;
    expect(el.getAttribute('question')).to.equal('roles');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(f.contentDocument!.documentElement.lang).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).to.contain('84.73%');
    f.remove();
  });

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
    f.remove();
    bars.remove();
  });

  it('shows an unknown widget id as a message, not a blank frame', async () => {
    const f = frame('widget=quote-card&id=nope');
    await waitUntil(() => f.contentDocument?.querySelector('[state]')?.getAttribute('state') === 'error', 'no error', {
      timeout: 8000,
    });
    expect(f.contentDocument!.querySelector('dk-quote-card')!.shadowRoot!.textContent).to.contain('top-management');
    f.remove();
  });
});
