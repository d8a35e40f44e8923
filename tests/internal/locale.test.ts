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

describe('formatValue through Intl.NumberFormat', () => {
  it('makes one formatter per language and unit, when first needed, and reuses it', () => {
    const spy = spyNumberFormat();
    try {
      for (let i = 0; i < 25; i++)
        for (const lang of ['da', 'en'] as const)
          for (const unit of ['percent', 'count'] as const) formatValue(i * 1.5, unit, lang);
    } finally {
      spy.restore();
    }
    const made = spy.used.filter((u) => u.startsWith('new'));
    // Earlier tests in this file may have made some of the four already; never more than four.
    expect(made.length, made.join('\n')).to.be.at.most(4);
    expect(new Set(made).size).to.equal(made.length);
    // Every call formats through Intl: 100 calls, 100 reads of `format`.
    expect(spy.used.filter((u) => u === 'format')).to.have.length(100);
  });

  it('writes what Intl writes for the report’s own figures (it is Intl, not a copy of it)', async () => {
    const report = (await (await fetch('/data/datakultur.json')).json()) as {
      stats: { value: number; unit: 'percent' | 'count' }[];
      questions: { answers: { percent: number }[] }[];
    };
    const figures: [number, 'percent' | 'count'][] = [
      ...report.stats.map((s) => [s.value, s.unit] as [number, 'percent' | 'count']),
      ...report.questions.flatMap((q) => q.answers.map((a) => [a.percent, 'percent'] as [number, 'percent'])),
    ];
    for (const lang of ['da', 'en'] as const)
      for (const [v, unit] of figures) {
        const intl = new Intl.NumberFormat(
          lang,
          unit === 'percent' ? { style: 'percent', maximumFractionDigits: 2 } : {},
        );
        expect(formatValue(v, unit, lang), `${v} ${unit} ${lang}`).to.equal(
          intl.format(unit === 'percent' ? v / 100 : v),
        );
      }
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
