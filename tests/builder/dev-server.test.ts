import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// `npm start`'s dev server (vite.config.ts, started by tests/server/origins.mjs): the builder there
// gives code for /dist/ on the dev server, which serves a build's layout from the source — not
// the demo page that vite answers unknown paths with.

/** Evaluates `expression` in the frames (cross-origin ones too) whose URL contains `url`. */
const inFrames = <T>(url: string, expression: string) =>
  executeServerCommand<T[], { url: string; expression: string }>('frame-eval', { url, expression });

const DEMO_PAGE = 'Kommunernes Demoportal';

describe('the builder under npm start', function () {
  this.timeout(40_000);
  let dev: string;
  before(async () => {
    dev = await executeServerCommand<string, undefined>('vite-dev');
    expect(dev).to.match(/^http:\/\/localhost:\d+\/$/);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('serves /dist/ as a build lays it out, and a 404 for what is not there', async () => {
    for (const [path, type, has] of [
      // Modules from the source (vite's paths), not from a dist/ built earlier.
      ['dist/datakultur-widgets.js', 'javascript', '"/src/components/'],
      ['dist/dk-quote-card.js', 'javascript', '"/src/components/quote-card/'],
      ['dist/embed.html', 'text/html', './embed.js'],
      ['dist/embed.js', 'javascript', '"/src/datakultur-widgets.ts"'],
      ['dist/embed.css', 'text/css', 'color-scheme'],
      ['dist/embed-resize.js', 'javascript', 'datakultur-widgets:measure'],
      ['dist/data/datakultur.json', 'application/json', '"more-data-driven"'],
    ]) {
      const res = await fetch(dev + path);
      expect(res.status, path).to.equal(200);
      expect(res.headers.get('content-type'), path).to.contain(type);
      const body = await res.text();
      expect(body, path).to.contain(has);
      expect(body, path).to.not.contain(DEMO_PAGE);
    }
    for (const path of ['dist/chunks/chart-kit-x.js', 'dist/nope.html']) {
      const res = await fetch(dev + path);
      expect(res.status, path).to.equal(404);
    }
  });

  it('its code, script or iframe, works pasted into a page on another origin', async () => {
    const builder = document.createElement('iframe');
    builder.style.cssText = 'width: 1000px; height: 1200px';
    builder.src = `${dev}builder.html`;
    document.body.append(builder);
    await waitUntil(
      async () => (await inFrames<boolean>('/builder.html', `document.body.dataset.ready === ''`))[0] === true,
      'the dev builder never got ready',
      { timeout: 20_000, interval: 200 },
    );
    const codeFor = async (mode: 'script' | 'iframe') =>
      (
        await inFrames<string>(
          '/builder.html',
          `(() => {
            const set = (name, value, selector = '[name="' + name + '"]') => {
              const el = document.querySelector(selector);
              if (el.type === 'radio') el.checked = true; else el.value = value;
              el.dispatchEvent(new Event('change', { bubbles: true }));
            };
            set('widget', 'headline-stat');
            set('mode', '${mode}', 'input[name=mode][value=${mode}]');
            return document.querySelector('#code').textContent;
          })()`,
        )
      )[0];
    const script = await codeFor('script');
    const iframe = await codeFor('iframe');
    builder.remove();
    expect(script).to.contain(`src="${dev}dist/datakultur-widgets.js"`);
    expect(script).to.contain(`src="${dev}dist/data/datakultur.json"`);
    expect(iframe).to.contain(`<iframe src="${dev}dist/embed.html?`);
    expect(iframe).to.contain(`<script src="${dev}dist/embed-resize.js" async></script>`);

    const paste = async (code: string) => {
      const f = document.createElement('iframe');
      f.style.cssText = 'width: 700px; height: 1000px; border: 0';
      f.srcdoc = `<!doctype html><html lang="da"><body>${code}</body></html>`;
      const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
      document.body.append(f);
      await loaded;
      return f.contentDocument!;
    };
    const page = await paste(script);
    await waitUntil(
      () => page.querySelector('dk-headline-stat')?.getAttribute('state') === 'ready',
      `the pasted widget is ${page.querySelector('dk-headline-stat')?.getAttribute('state')}`,
      { timeout: 20_000 },
    );
    expect(page.querySelector('dk-headline-stat')!.shadowRoot!.textContent).to.contain('142');

    // In view: Chromium throttles the rendering (and so the ResizeObserver) of cross-origin frames out of view.
    page.defaultView!.frameElement!.remove();
    const framed = await paste(iframe);
    const frame = framed.querySelector('iframe')!;
    type Content = { state: string | null; height: number };
    let content: Content | undefined;
    const sized = waitUntil(
      async () => {
        [content] = await inFrames<Content>(
          '/dist/embed.html?',
          `({ state: document.querySelector('[state]')?.getAttribute('state') ?? null,
              height: Math.ceil(document.documentElement.getBoundingClientRect().height) })`,
        );
        return content?.state === 'ready' && parseFloat(frame.style.height) === content.height;
      },
      'never',
      { timeout: 20_000, interval: 200 },
    );
    await sized.catch(() =>
      expect.fail(`the dev embed is ${JSON.stringify(content)}, its frame ${frame.getBoundingClientRect().height} px`),
    );
  });
});
