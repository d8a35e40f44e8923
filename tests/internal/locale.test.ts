import { expect, fixture, html } from '@open-wc/testing';
import { formatValue, langOf } from '../../src/internal/locale.js';
import { spyNumberFormat } from '../helpers/intl-spy.js';

describe('formatValue', () => {
  it('formats percentages the Danish way: decimal comma and a no-break space before %', () => {
    expect(formatValue(84.73, 'percent', 'da')).to.equal('84,73\u00a0%');
    expect(formatValue(60, 'percent', 'da')).to.equal('60\u00a0%');
    expect(formatValue(100, 'percent', 'da')).to.equal('100\u00a0%');
    expect(formatValue(0, 'percent', 'da')).to.equal('0\u00a0%');
  });

  it('formats percentages the English way: decimal point, no space', () => {
    expect(formatValue(84.73, 'percent', 'en')).to.equal('84.73%');
    expect(formatValue(60, 'percent', 'en')).to.equal('60%');
  });

  it('keeps at most two decimals', () => {
    expect(formatValue(9.925, 'percent', 'en')).to.match(/^9\.9[23]%$/);
    expect(formatValue(33.3333, 'percent', 'da')).to.equal('33,33\u00a0%');
    expect(formatValue(12.5, 'percent', 'da')).to.equal('12,5\u00a0%');
  });

  it('formats counts with the language’s grouping and decimal separators', () => {
    expect(formatValue(142, 'count', 'da')).to.equal('142');
    expect(formatValue(1000, 'count', 'da')).to.equal('1.000');
    expect(formatValue(1234.5, 'count', 'da')).to.equal('1.234,5');
    expect(formatValue(1234.5, 'count', 'en')).to.equal('1,234.5');
    expect(formatValue(12345678, 'count', 'en')).to.equal('12,345,678');
  });

  it('keeps the formats for each language and unit apart', () => {
    expect(formatValue(50, 'percent', 'da')).to.equal('50\u00a0%');
    expect(formatValue(50, 'count', 'da')).to.equal('50');
    expect(formatValue(50, 'percent', 'en')).to.equal('50%');
    expect(formatValue(1.5, 'count', 'en')).to.equal('1.5');
    expect(formatValue(1.5, 'count', 'da')).to.equal('1,5');
    expect(formatValue(1.5, 'percent', 'da')).to.equal('1,5\u00a0%');
  });
});

describe('formatValue against Intl.NumberFormat', () => {
  // formatValue writes the numbers itself (no ICU set-up); Intl is the reference it must match.
  const reference = (value: number, unit: 'percent' | 'count', lang: 'da' | 'en') =>
    new Intl.NumberFormat(lang, unit === 'percent' ? { style: 'percent', maximumFractionDigits: 2 } : {}).format(
      unit === 'percent' ? value / 100 : value,
    );
  const EDGES = [
    0,
    -0,
    0.005,
    0.004999,
    0.015,
    1.005,
    2.675,
    9.925,
    9.995,
    84.725,
    99.995,
    99.9949,
    100,
    12.5,
    33.3333,
    1000,
    999.9995,
    1234.5,
    1234.0005,
    12345678.9,
    1e6,
    1e15 + 0.5,
    2 ** 53,
    1e20,
    1e21,
    1e-7,
    5e-7,
    0.1 + 0.2,
    -3,
    -0.001,
    -1234.5678,
    NaN,
    Infinity,
    -Infinity,
  ];

  for (const lang of ['da', 'en'] as const)
    for (const unit of ['percent', 'count'] as const)
      it(`${lang}, ${unit}: the same text as Intl, on edge cases and 3,000 random values`, () => {
        // A seeded generator: the same values every run.
        let seed = 0x2f6b;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const values = [...EDGES];
        for (let i = 0; i < 3000; i++) {
          const scale = unit === 'percent' ? 100 : 10 ** Math.floor(random() * 9);
          const places = Math.floor(random() * 6);
          values.push(Number((random() * scale).toFixed(places)));
        }
        const wrong = values
          .map((v) => [v, formatValue(v, unit, lang), reference(v, unit, lang)] as const)
          .filter(([, ours, theirs]) => ours !== theirs);
        expect(wrong.slice(0, 5), `${wrong.length} of ${values.length} differ`).to.deep.equal([]);
      });

  it('asks no Intl.NumberFormat for the numbers a report holds (no ICU set-up on the page)', () => {
    const spy = spyNumberFormat();
    try {
      for (const v of [0, 1.53, 60, 84.73, 100]) formatValue(v, 'percent', 'da');
      for (const v of [142, 1000, 1234.5]) formatValue(v, 'count', 'en');
    } finally {
      spy.restore();
    }
    expect(spy.used).to.deep.equal([]);
  });
});

describe('langOf', () => {
  let htmlLang: string | null;
  beforeEach(() => (htmlLang = document.documentElement.getAttribute('lang')));
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = htmlLang;
  });

  it('reads the element’s own lang first, then the nearest ancestor’s', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <section><span id="inherits"></span><span id="own" lang="da"></span></section>
      </div>`,
    );
    expect(langOf(box.querySelector('#inherits')!)).to.equal('en');
    expect(langOf(box.querySelector('#own')!)).to.equal('da');
  });

  it('falls back to <html lang>', async () => {
    const el = await fixture<HTMLSpanElement>(html`<span></span>`);
    document.documentElement.lang = 'en';
    expect(langOf(el)).to.equal('en');
    document.documentElement.lang = 'da';
    expect(langOf(el)).to.equal('da');
  });

  it('finds the lang across shadow root boundaries', async () => {
    document.documentElement.lang = 'da';
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span id="a"></span></p><div id="inner-host"></div><div lang="da"><span id="b"></span></div>';
    expect(langOf(root.querySelector('#a')!)).to.equal('en');
    // Two shadow roots deep.
    const innerRoot = root.querySelector('#inner-host')!.attachShadow({ mode: 'closed' });
    innerRoot.innerHTML = '<span id="c"></span>';
    expect(langOf(innerRoot.querySelector('#c')!)).to.equal('en');
    // A lang inside the shadow root is nearer than the host's.
    expect(langOf(root.querySelector('#b')!)).to.equal('da');
  });

  it('takes regional English as English and is not fooled by case', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><i lang="en-GB"></i><i lang="EN"></i><i lang="en-US"></i></div>`,
    );
    for (const i of box.querySelectorAll('i')) expect(langOf(i), i.lang).to.equal('en');
  });

  it('uses Danish for any other or an empty lang, even inside an English page', async () => {
    document.documentElement.lang = 'en';
    const box = await fixture<HTMLDivElement>(
      html`<div><i lang="fr"></i><i lang="de-DE"></i><i lang="eng"></i><i lang=""></i><i lang="nb"></i></div>`,
    );
    for (const i of box.querySelectorAll('i')) expect(langOf(i), `lang="${i.lang}"`).to.equal('da');
  });

  it('is Danish with no lang anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<HTMLSpanElement>(html`<span></span>`);
    expect(langOf(el)).to.equal('da');
  });
});
