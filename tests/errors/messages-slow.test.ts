import { expect, waitUntil } from '@open-wc/testing';
import { failing } from './own-copy.js';
import { shownMessage, uniq } from './record.js';

// The error messages' chunk is slow (/copy-slowerrors/ sends it 5 s late, tests/server/faults.mjs):
// a failing widget must not wait for it. After 3 s it shows its built-in line and tells the page;
// when the chunk comes, the full message takes the line's place.

describe('errors: when the error messages are slow to come', () => {
  const real = console.warn;
  before(async () => {
    expect(customElements.get('dk-headline-stat'), 'nothing else defines the elements').to.equal(undefined);
    await import(/* @vite-ignore */ `${location.origin}/copy-slowerrors/datakultur-widgets.js`);
    console.warn = () => {};
  });
  after(() => {
    console.warn = real;
  });

  it('the built-in line after 3 s, then the full message', async function () {
    this.timeout(12_000);
    const t0 = performance.now();
    const m = await failing(
      'dk-headline-stat',
      { src: `/fault/status?code=404&key=${uniq()}`, stat: 'responses' },
      'en',
      8000,
    );
    const waited = performance.now() - t0;
    expect(waited, 'ms until the error state').to.be.within(2500, 4500);
    expect(m.shownAtError).to.deep.equal(['The data could not be shown.']);
    expect(m.errors).to.have.length(1);
    await waitUntil(() => /error 404/.test(shownMessage(m.el) ?? ''), 'the full message never came', { timeout: 5000 });
    expect(m.errors, 'no second dk-error').to.have.length(1);
    expect(m.el.getAttribute('state')).to.equal('error');
    m.div.remove();
  });
});
