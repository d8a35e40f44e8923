import { expect } from '@open-wc/testing';
import { clearStages, create, settle, shownMessage, stage, uniq, watch } from './helpers.js';
import type { Watch } from './helpers.js';

// The error messages are a module of their own, fetched the first time a widget fails. When that
// fetch fails too (the network is down for the script's server as well as the report's), the
// widget must still end in its error state, with a short message of its own and a retry button.
// The test server answers 503 for the messages' module while this page's cookie is set.

describe('errors: when the error messages cannot be fetched either', () => {
  let w: Watch;
  before(() => {
    document.cookie = 'dk-block=errors; path=/';
  });
  after(() => {
    document.cookie = 'dk-block=; path=/; max-age=0';
    clearStages();
  });
  beforeEach(() => (w = watch()));
  afterEach(() => w.restore());

  for (const [lang, says] of [
    ['da', 'Data kunne ikke vises.'],
    ['en', 'The data could not be shown.'],
  ] as const) {
    it(`shows the built-in message and a retry button (${lang})`, async () => {
      const m = create('dk-headline-stat', { src: `/fault/status?code=404&key=${uniq()}`, stat: 'responses' });
      stage(lang).append(m.el);
      expect(await settle(m.el)).to.equal('error');
      expect(shownMessage(m.el)).to.equal(says);
      expect(m.el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal(
        lang === 'da' ? 'Prøv igen' : 'Try again',
      );
      expect(m.errors).to.have.length(1);
      expect(m.errors[0].detail).to.include({ message: says, code: 'http' });
      expect(w.warns).to.have.length(1);
      expect(w.uncaught).to.deep.equal([]);
    });
  }

  it('the retry button still loads the data again', async () => {
    const m = create('dk-quote-card', { src: `/fault/flaky?key=${uniq()}`, quote: 'top-management' });
    stage('en').append(m.el);
    expect(await settle(m.el)).to.equal('error');
    expect(shownMessage(m.el)).to.equal('The data could not be shown.');
    m.el.shadowRoot!.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(await settle(m.el)).to.equal('ready');
    expect(m.el.shadowRoot!.querySelector('blockquote')?.textContent).to.match(/\S/);
    expect(m.readies).to.have.length(1);
    expect(w.uncaught).to.deep.equal([]);
  });
});
