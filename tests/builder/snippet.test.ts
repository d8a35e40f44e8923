import { expect } from '@open-wc/testing';
import { HEIGHT, snippet } from '../../src/builder/snippet.js';
import type { SnippetOptions } from '../../src/builder/snippet.js';

const base: SnippetOptions = {
  widget: 'donut-chart',
  id: 'roles',
  src: 'https://kommune.example/data/datakultur.json',
  base: 'https://cdn.example/dk/',
  lang: 'da',
  title: 'Respondenter',
  mode: 'script',
};

describe('snippet()', () => {
  it('writes the script and the element, Danish by default', () => {
    expect(snippet(base)).to.equal(
      '<script type="module" src="https://cdn.example/dk/datakultur-widgets.js"></script>\n' +
        '<dk-donut-chart src="https://kommune.example/data/datakultur.json" question="roles"></dk-donut-chart>',
    );
  });

  it('adds only the options that apply to the widget', () => {
    const bars = snippet({
      ...base,
      widget: 'bar-chart',
      id: 'usage-contexts',
      lang: 'en',
      sort: 'desc',
      theme: 'dark',
      headingLevel: 2,
    });
    expect(bars).to.contain(
      '<dk-bar-chart src="https://kommune.example/data/datakultur.json" question="usage-contexts" lang="en" theme="dark" sort="desc" heading-level="2"></dk-bar-chart>',
    );
    const stat = snippet({ ...base, widget: 'headline-stat', id: 'see-potential', sort: 'desc', headingLevel: 2 });
    expect(stat).to.contain(
      '<dk-headline-stat src="https://kommune.example/data/datakultur.json" stat="see-potential"></dk-headline-stat>',
    );
  });

  it('writes an iframe with a title, full width, a default height and the resize script', () => {
    const code = snippet({ ...base, mode: 'iframe', title: 'Roller & "andet"' });
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.title).to.equal('Roller & "andet"');
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal('https://cdn.example/dk/embed.html');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'donut-chart',
      id: 'roles',
      src: 'https://kommune.example/data/datakultur.json',
      lang: 'da',
    });
    // Attributes, not a style attribute (a host page's `style-src 'self'` CSP blocks that).
    expect(frame.hasAttribute('style')).to.equal(false);
    expect(frame.getAttribute('width')).to.equal('100%');
    expect(frame.getAttribute('height')).to.equal(String(HEIGHT['donut-chart']));
    expect(frame.getAttribute('frameborder')).to.equal('0');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    // A classic script: another origin serves it without CORS.
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('src')).to.equal('https://cdn.example/dk/embed-resize.js');
    expect(script.hasAttribute('type')).to.equal(false);
  });

  it('writes no-downloads for a chart and show-source for a text widget, as switches with no value', () => {
    expect(snippet({ ...base, noDownloads: true, showSource: true })).to.contain(
      '<dk-donut-chart src="https://kommune.example/data/datakultur.json" question="roles" no-downloads></dk-donut-chart>',
    );
    expect(
      snippet({ ...base, widget: 'quote-card', id: 'top-management', noDownloads: true, showSource: true }),
    ).to.contain(
      '<dk-quote-card src="https://kommune.example/data/datakultur.json" quote="top-management" show-source></dk-quote-card>',
    );
    expect(snippet({ ...base, noDownloads: false })).to.not.contain('no-downloads');
    const frame = new DOMParser()
      .parseFromString(snippet({ ...base, widget: 'bar-chart', mode: 'iframe', noDownloads: true }), 'text/html')
      .querySelector('iframe')!;
    const q = new URL(frame.getAttribute('src')!).searchParams;
    expect(q.get('no-downloads')).to.equal('');
    expect(q.has('show-source')).to.equal(false);
  });

  it('escapes what it puts in attributes', () => {
    const code = snippet({ ...base, src: 'https://x.example/a.json?a=1&b="2"' });
    expect(code).to.contain('src="https://x.example/a.json?a=1&amp;b=&quot;2&quot;"');
  });
});
