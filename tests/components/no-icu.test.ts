import { expect } from '@open-wc/testing';
import { TAGS, ready } from '../a11y/helpers.js';
import { spyNumberFormat } from '../helpers/intl-spy.js';

// Number formatting's first Intl.NumberFormat costs the page ICU's one-time set-up (15–20 ms of
// main thread here, several times that on a phone). The widgets write their numbers themselves
// (src/internal/locale.ts), and chart.js is given nothing to format: a page with all four widgets,
// in both languages, asks Intl.NumberFormat for nothing.

describe('no ICU number formatting on the page', () => {
  let spy: ReturnType<typeof spyNumberFormat>;
  beforeEach(() => (spy = spyNumberFormat()));
  afterEach(() => spy.restore());

  for (const lang of ['da', 'en'] as const)
    it(`all four widgets drawn (${lang}): Intl.NumberFormat not used`, async () => {
      // ready() resolves once each widget is drawn (chart.js has built its scales).
      await Promise.all(TAGS.map((tag) => ready(tag, { lang })));
      expect(spy.used).to.deep.equal([]);
    });
});
