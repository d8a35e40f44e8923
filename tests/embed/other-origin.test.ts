import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { frame, widgetsSettled } from '../helpers/frame.js';

// The README's two snippets, pasted as they are into a CMS page on another origin than dist/'s,
// whose CSP lets that origin in and nothing inline: `script-src 'self' <other>; style-src 'self'`
// (tests/server/origins.mjs). The test server is both origins: the page is on localhost, dist/ on
// 127.0.0.1, under /cdn/ with `Access-Control-Allow-Origin: *` (what the README asks of the host,
// and what a CDN sends) or under /plain-host/ with no CORS headers at all.

const OTHER = `http://127.0.0.1:${location.port}`;
/** Where the README says the files are. */
const PLACEHOLDER = 'https://example.org/datakultur-widgets/';

type HostWindow = Window & { __violations: string[]; __errors: string[] };

/** The README's ```html blocks: the script-and-element snippet, and the iframe snippet. */
async function readmeSnippets(): Promise<{ script: string; iframe: string }> {
  const md = await (await fetch('/README.md', { cache: 'no-store' })).text();
  const blocks = [...md.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  const script = blocks.find((b) => b.includes(`${PLACEHOLDER}datakultur-widgets.js`) && b.includes('<dk-'));
  const iframe = blocks.find((b) => b.includes('<iframe'));
  expect(script, 'the README has a script snippet on its placeholder host').to.be.a('string');
  expect(iframe, 'the README has an iframe snippet').to.be.a('string');
  return { script: script!, iframe: iframe! };
}

/** `html` with the README's placeholder host replaced by dist/ on the other origin. */
function onOtherOrigin(html: string, host: 'cdn' | 'plain-host'): string {
  const moved = html.replaceAll(PLACEHOLDER, `${OTHER}/${host}/`);
  // Every address in the snippet is on that host: none left on the placeholder's server.
  expect(moved, 'an address the placeholder does not cover').to.not.contain('example.org');
  return moved;
}

const base64url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** The host page with `html` pasted into its column, in a frame `width` px wide. */
async function host(html: string, width: number): Promise<HostWindow> {
  const f = await frame(
    { src: `/embed-host.html?other=${encodeURIComponent(OTHER)}&html=${base64url(html)}` },
    { width, height: 2400 },
  );
  return f.contentWindow as HostWindow;
}

interface Content {
  state: string | null;
  /** The embed page's content height, as laid out in the frame. */
  height: number;
  /** The frame's viewport. */
  innerWidth: number;
  innerHeight: number;
  scrollHeight: number;
}

/** What the (cross-origin) embed frames show, read through puppeteer. */
const embedContent = () =>
  executeServerCommand<(Content | null)[], { url: string; expression: string }>('frame-eval', {
    url: '/embed.html?',
    expression: `({
      state: document.querySelector('[state]')?.getAttribute('state') ?? null,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      innerWidth, innerHeight,
      scrollHeight: document.documentElement.scrollHeight,
    })`,
  });

/** Waits until the one embed frame's widget is ready, and its height has held still for 300 ms. */
async function settledContent(): Promise<Content> {
  let last = '';
  let since = Date.now();
  let content: Content | null | undefined;
  await waitUntil(
    async () => {
      [content] = await embedContent();
      const now = JSON.stringify(content);
      if (now !== last) [last, since] = [now, Date.now()];
      return content?.state === 'ready' && Date.now() - since > 300;
    },
    'the embedded widget never settled',
    { timeout: 10_000, interval: 100 },
  );
  return content!;
}

const columnWidth = (win: Window) => {
  const column = win.document.querySelector('.column')!;
  const style = win.getComputedStyle(column);
  return column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
};

/** The frame's height follows its content: within a pixel, and nothing to scroll. */
async function expectFullHeight(iframe: HTMLIFrameElement): Promise<void> {
  let content = await settledContent();
  const off = () => Math.abs(iframe.getBoundingClientRect().height - content.height);
  try {
    await waitUntil(
      async () => {
        const [now] = await embedContent();
        if (now) content = now;
        return off() <= 1;
      },
      'never',
      { timeout: 5000, interval: 200 },
    );
  } catch {
    expect.fail(`the frame is ${iframe.getBoundingClientRect().height} px tall, its content ${content.height} px`);
  }
  expect(content.scrollHeight, 'the frame scrolls').to.be.at.most(content.innerHeight + 1);
}

describe('the README snippets on another origin, under a strict CSP', function () {
  this.timeout(30_000);
  let snippets: { script: string; iframe: string };
  before(async () => {
    snippets = await readmeSnippets();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const width of [1000, 360]) {
    it(`the script snippet shows every widget at the column's full width (${width} px page)`, async () => {
      const win = await host(onOtherOrigin(snippets.script, 'cdn'), width);
      const widgets = await widgetsSettled(win.document, { timeout: 10_000 });
      expect(widgets.length).to.be.at.least(2);
      const column = columnWidth(win);
      for (const el of widgets as HTMLElement[]) {
        expect(el.getBoundingClientRect().width, el.localName).to.be.closeTo(column, 1);
        // Nothing cut off: the element's box holds its content.
        expect(el.scrollHeight, el.localName).to.be.at.most(el.clientHeight + 1);
      }
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it(`the iframe snippet fills the column's width and its content's height (${width} px page)`, async () => {
      const win = await host(onOtherOrigin(snippets.iframe, 'cdn'), width);
      const iframe = win.document.querySelector('iframe')!;
      expect(iframe.getBoundingClientRect().width).to.be.closeTo(columnWidth(win), 1);
      const style = win.getComputedStyle(iframe);
      expect([style.borderTopWidth, style.borderLeftWidth]).to.deep.equal(['0px', '0px']);
      await expectFullHeight(iframe);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('the iframe snippet needs no CORS headers from the host of dist/', async () => {
    const win = await host(onOtherOrigin(snippets.iframe, 'plain-host'), 700);
    await expectFullHeight(win.document.querySelector('iframe')!);
    expect(win.__violations).to.deep.equal([]);
  });

  it('the script snippet does need them: without, no widget is defined (README, "Another origin")', async () => {
    const win = await host(onOtherOrigin(snippets.script, 'plain-host'), 700);
    // The page's load event waits for its module scripts: by now the bundle ran, or failed to load.
    expect(win.document.readyState).to.equal('complete');
    expect(win.customElements.get('dk-headline-stat')).to.equal(undefined);
    const ok = await host(onOtherOrigin(snippets.script, 'cdn'), 700);
    expect(ok.customElements.get('dk-headline-stat')).to.be.a('function');
  });

  it("a frame below the fold has its content's height before it is scrolled to", async () => {
    // Chromium runs no ResizeObserver in a cross-origin frame out of view (lazy loading has loaded
    // it: that starts well before the view). A text widget: Chromium also holds back the animation
    // frames chart.js draws in, so a chart's frame gets its height once it comes into view.
    const html = onOtherOrigin(snippets.iframe, 'cdn').replace(
      /widget=[\w-]+&id=[\w-]+/,
      'widget=headline-stat&id=responses',
    );
    const win = await host(`<div class="below-fold"></div>\n${html}`, 700);
    const iframe = win.document.querySelector('iframe')!;
    const top = iframe.getBoundingClientRect().top + win.frameElement!.getBoundingClientRect().top;
    expect(top, 'the frame is below the test page’s view').to.be.greaterThan(innerHeight);
    await expectFullHeight(iframe);
  });

  it('embed-resize.js that loads after the frame has rendered still sizes it (issue 14, 9)', async () => {
    // The iframe alone, as a CMS that strips scripts leaves it; the template's script comes later
    // (a footer script, a consent manager).
    const iframeOnly = onOtherOrigin(snippets.iframe, 'cdn').replace(/<script[^>]*><\/script>\s*/g, '');
    expect(iframeOnly).to.not.contain('<script');
    const win = await host(iframeOnly, 700);
    const iframe = win.document.querySelector('iframe')!;
    const content = await settledContent();
    const before = iframe.getBoundingClientRect().height;
    expect(before, 'the default height').to.equal(Number(iframe.getAttribute('height')));
    expect(Math.abs(before - content.height), 'the default height differs from the content’s').to.be.greaterThan(20);
    const script = win.document.createElement('script');
    script.src = `${OTHER}/cdn/embed-resize.js`;
    win.document.body.append(script);
    await expectFullHeight(iframe);
    expect(win.__violations).to.deep.equal([]);
  });
});
