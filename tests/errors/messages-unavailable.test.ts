import { expect } from '@open-wc/testing';
import { settled } from '../helpers/settle.js';
import { failing } from './own-copy.js';
import { shownMessage, uniq, watch } from './record.js';
import type { Watch } from './record.js';

// The error messages are a chunk of their own, fetched the first time a widget fails. When that
// fetch fails too (the network is down for the script's server as well as the report's), the
// widget must still end in its error state, with a short message of its own and a retry button.
// This page loads the built bundle from /copy-noerrors/, where the test server answers 503 for
// the messages' chunk (tests/server/faults.mjs); nothing else on the page defines the elements.

describe('errors: when the error messages cannot be fetched either', () => {
  let w: Watch;
  before(async () => {
    expect(customElements.get('dk-headline-stat'), 'nothing else defines the elements').to.equal(undefined);
    await import(/* @vite-ignore */ `${location.origin}/copy-noerrors/datakultur-widgets.js`);
  });
  beforeEach(() => (w = watch()));
  afterEach(() => w.restore());

  for (const [lang, says, retry] of [
    ['da', 'Data kunne ikke vises.', 'Prøv igen'],
    ['en', 'The data could not be shown.', 'Try again'],
  ] as const) {
    it(`shows the built-in message and a retry button (${lang})`, async () => {
      const m = await failing(
        'dk-headline-stat',
        { src: `/fault/status?code=404&key=${uniq()}`, stat: 'responses' },
        lang,
      );
      expect(m.el.getAttribute('state')).to.equal('error');
      expect(shownMessage(m.el)).to.equal(says);
      expect(m.el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal(retry);
      expect(m.errors).to.have.length(1);
      expect(m.errors[0].detail).to.include({ message: says, code: 'http' });
      expect(m.shownAtError, 'on the page when dk-error is dispatched').to.deep.equal([says]);
      expect(w.warns).to.have.length(1);
      expect(w.uncaught).to.deep.equal([]);
      m.div.remove();
    });
  }

  it('the retry button still loads the data again', async () => {
    const m = await failing('dk-quote-card', { src: `/fault/flaky?key=${uniq()}`, quote: 'top-management' }, 'en');
    expect(shownMessage(m.el)).to.equal('The data could not be shown.');
    m.el.shadowRoot!.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await settled(m.el);
    expect(m.el.getAttribute('state')).to.equal('ready');
    expect(m.el.shadowRoot!.querySelector('blockquote')?.textContent).to.match(/\S/);
    expect(m.readies).to.have.length(1);
    expect(w.uncaught).to.deep.equal([]);
    m.div.remove();
  });
});
