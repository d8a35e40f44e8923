import { expect, waitUntil } from '@open-wc/testing';

// dist/builder.html as an editor uses it: pick, preview, copy — and the copied code works when pasted.
async function open(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 1400px';
  frame.src = '/dist/builder.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.body?.dataset.ready === '', 'builder never ready', { timeout: 8000 });
  return frame.contentDocument!;
}

function choose(doc: Document, name: string, value: string) {
  const el = doc.querySelector<HTMLSelectElement | HTMLInputElement>(
    `[name="${name}"]${name === 'mode' ? `[value="${value}"]` : ''}`,
  )!;
  // (instanceof fails across frames: check the type.)
  if (el.type === 'radio') (el as HTMLInputElement).checked = true;
  else el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

async function paste(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  frame.srcdoc = `<!doctype html><html lang="da"><body>${code}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentDocument!;
}

describe('the embed-code builder', () => {
  // Frames from earlier tests would push new ones below the fold, where loading="lazy" waits.
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('offers the ids that fit the widget and previews the choice', async () => {
    const doc = await open();
    choose(doc, 'widget', 'donut-chart');
    const ids = [...doc.querySelector<HTMLSelectElement>('[name=id]')!.options].map((o) => o.value);
    expect(ids).to.deep.equal(['roles']);
    const el = doc.querySelector('#preview dk-donut-chart')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'preview never ready', { timeout: 8000 });
    choose(doc, 'widget', 'quote-card');
    expect([...doc.querySelector<HTMLSelectElement>('[name=id]')!.options].map((o) => o.value)).to.deep.equal([
      'top-management',
      'cross-disciplinary',
      'domain-knowledge',
    ]);
  });

  it('previews a dark theme on a dark background', async () => {
    const doc = await open();
    const preview = doc.querySelector<HTMLElement>('#preview')!;
    const lightness = () => {
      const [r, g, b] = getComputedStyle(preview)
        .backgroundColor.match(/[\d.]+/g)!
        .map(Number);
      return (r + g + b) / 3;
    };
    expect(lightness(), 'no theme').to.be.above(200);
    choose(doc, 'theme', 'dark');
    expect(doc.querySelector('#preview [theme=dark]'), 'the previewed widget is dark').to.not.equal(null);
    expect(lightness(), 'theme dark').to.be.below(60);
    choose(doc, 'theme', 'light');
    expect(lightness(), 'theme light').to.be.above(200);
  });

  it('gives script-and-element code that works when pasted into a page', async () => {
    const doc = await open();
    choose(doc, 'widget', 'bar-chart');
    choose(doc, 'sort', 'desc');
    choose(doc, 'lang', 'en');
    const code = doc.querySelector('#code')!.textContent!;
    expect(code).to.contain(`src="${location.origin}/dist/datakultur-widgets.js"`);
    expect(code).to.contain('question="usage-contexts" lang="en" sort="desc"');
    const page = await paste(code);
    await waitUntil(
      () => page.querySelector('dk-bar-chart')?.getAttribute('state') === 'ready',
      'pasted widget never ready',
      {
        timeout: 8000,
      },
    );
    const first = page.querySelector('dk-bar-chart')!.shadowRoot!.querySelector('tbody tr')!;
    expect([...first.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Til foranalyser til projekter eller indsatser',
      '75%',
    ]);
  });

  it('gives iframe code that works when pasted into a page', async () => {
    const doc = await open();
    choose(doc, 'widget', 'quote-card');
    choose(doc, 'id', 'domain-knowledge');
    choose(doc, 'mode', 'iframe');
    const code = doc.querySelector('#code')!.textContent!;
    expect(code).to.match(/^<iframe src="[^"]+embed\.html\?widget=quote-card&amp;id=domain-knowledge/);
    expect(code).to.contain('title="3½. Undervurdér ikke værdien i domænekendskab"');
    // Beside the code: the resize script's line, for the site's template.
    const note = doc.querySelector<HTMLElement>('#template-note')!;
    expect(note.hidden).to.equal(false);
    expect(note.querySelector('code')!.textContent).to.equal(
      `<script src="${location.origin}/dist/embed-resize.js" async></script>`,
    );
    expect(code.split('\n')[1]).to.equal(note.querySelector('code')!.textContent);
    choose(doc, 'mode', 'script');
    expect(note.hidden, 'the note is for the iframe code only').to.equal(true);
    doc.defaultView!.frameElement!.remove();
    const page = await paste(code);
    const frame = page.querySelector('iframe')!;
    await waitUntil(
      () => frame.contentDocument?.querySelector('dk-quote-card')?.getAttribute('state') === 'ready',
      'embedded quote never ready',
      { timeout: 8000 },
    );
    // The resize script gives the frame its content's height (through the CSSOM: no style attribute was pasted).
    const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => parseFloat(frame.style.height) === content(), 'resize script never sized the frame', {
      timeout: 3000,
    });
    expect(frame.getBoundingClientRect().width).to.equal(page.body.clientWidth);
  });

  it('offers to leave out a chart’s download buttons, and a text widget’s source line', async () => {
    const doc = await open();
    const box = (name: string) => doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const tick = (name: string, on: boolean) => {
      box(name).checked = on;
      box(name).dispatchEvent(new Event('change', { bubbles: true }));
    };
    const code = () => doc.querySelector('#code')!.textContent!;
    choose(doc, 'widget', 'donut-chart');
    expect(box('downloads').checked, 'downloads on by default').to.equal(true);
    expect(box('downloads').checkVisibility()).to.equal(true);
    expect(box('show-source').checkVisibility(), 'a chart always shows its source').to.equal(false);
    expect(code()).to.not.contain('no-downloads');
    tick('downloads', false);
    expect(code()).to.contain('question="roles" no-downloads></dk-donut-chart>');
    const chart = doc.querySelector('#preview dk-donut-chart')!;
    expect(chart.hasAttribute('no-downloads')).to.equal(true);
    await waitUntil(() => chart.getAttribute('state') === 'ready', 'preview never ready', { timeout: 8000 });
    expect(chart.shadowRoot!.querySelectorAll('[part~=download]')).to.have.length(0);
    choose(doc, 'mode', 'iframe');
    expect(code()).to.match(/embed\.html\?[^"]*&amp;no-downloads=/);

    choose(doc, 'mode', 'script');
    choose(doc, 'widget', 'headline-stat');
    expect(box('downloads').checkVisibility()).to.equal(false);
    expect(code()).to.not.contain('no-downloads');
    tick('show-source', true);
    expect(code()).to.contain(' show-source></dk-headline-stat>');
    const stat = doc.querySelector('#preview dk-headline-stat')!;
    await waitUntil(() => stat.getAttribute('state') === 'ready', 'preview never ready', { timeout: 8000 });
    expect(stat.shadowRoot!.querySelector('[part~=source]')!.textContent).to.contain('Kilde:');
  });

  it('copies the code', async () => {
    const doc = await open();
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    // Headless Chromium may refuse the clipboard; either way the editor is told what happened.
    await waitUntil(() => doc.querySelector('#copied')!.textContent !== '', 'no feedback', { timeout: 3000 });
    expect(doc.querySelector('#copied')!.textContent).to.match(/kopieret|markeret/);
  });
});
