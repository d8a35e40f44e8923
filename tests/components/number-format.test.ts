import { expect } from '@open-wc/testing';
import { TAGS, ready } from '../a11y/helpers.js';
import { spyNumberFormat } from '../helpers/intl-spy.js';

// Numbers are written by Intl.NumberFormat, one cached formatter per language and unit
// (src/internal/locale.ts): a page of all four widgets, drawn and redrawn, makes at most one per
// unit it shows, not one per figure or per redraw.

describe('number formatting on a page of widgets', () => {
  let spy: ReturnType<typeof spyNumberFormat>;
  beforeEach(() => (spy = spyNumberFormat()));
  afterEach(() => spy.restore());

  it('all four widgets in both languages: at most one formatter per language and unit', async () => {
    for (const lang of ['da', 'en'] as const) await Promise.all(TAGS.map((tag) => ready(tag, { lang })));
    const made = spy.used.filter((u) => u.startsWith('new'));
    // Two languages × (percent, count), whoever made them (ours or chart.js's own cache).
    expect(made.length, made.join('\n')).to.be.at.most(4);
    expect(spy.used.filter((u) => u === 'format').length).to.be.greaterThan(10);
  });
});
