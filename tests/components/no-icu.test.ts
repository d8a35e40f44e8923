import { expect } from '@open-wc/testing';
import { TAGS, ready } from '../a11y/helpers.js';

// Number formatting's first Intl.NumberFormat costs the page ICU's one-time set-up (15–20 ms of
// main thread here, several times that on a phone). The widgets write their numbers themselves
// (src/internal/locale.ts), and chart.js is given nothing to format: a page with all four widgets,
// in both languages, asks Intl.NumberFormat for nothing.

describe('no ICU number formatting on the page', () => {
  const proto = Intl.NumberFormat.prototype;
  const format = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const Real = Intl.NumberFormat;
  let used: string[] = [];

  before(() => {
    Intl.NumberFormat = new Proxy(Real, {
      construct(target, args: [string, Intl.NumberFormatOptions]) {
        used.push(`new Intl.NumberFormat(${JSON.stringify(args)})`);
        return new target(...args);
      },
    });
    Object.defineProperty(proto, 'format', {
      ...format,
      get(this: Intl.NumberFormat) {
        used.push('format');
        return format.get!.call(this) as unknown;
      },
    });
  });
  after(() => {
    Intl.NumberFormat = Real;
    Object.defineProperty(proto, 'format', format);
  });
  beforeEach(() => (used = []));

  for (const lang of ['da', 'en'] as const)
    it(`all four widgets drawn (${lang}): Intl.NumberFormat not used`, async () => {
      const els = await Promise.all(TAGS.map((tag) => ready(tag, { lang })));
      // The charts are on their canvases: chart.js has built its scales.
      for (const el of els) expect(el.getAttribute('state')).to.equal('ready');
      expect(used).to.deep.equal([]);
    });
});
