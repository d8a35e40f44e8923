// WCAG 3.1.2 (language of parts): the report's text carries the report's language when the page
// is in another one, and the widget's own words stay in the page's language.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Report } from '../../src/data/types.js';
import { $, report, showTable, TAGS, ready, text } from './helpers.js';
import type { Tag } from './helpers.js';

/** Every piece of text the report holds, as it appears in a text node. */
function reportTexts(r: Report): Set<string> {
  const out = new Set<string>();
  const add = (s: string | undefined) => s && out.add(text(s));
  // The source line (issue 17).
  add(r.title);
  for (const s of r.stats) add(s.label);
  for (const q of r.questions) {
    add(q.title);
    add(q.recommendation);
    add(q.note);
    q.answers.forEach((a) => add(a.label));
  }
  for (const q of r.quotes) {
    add(q.heading);
    q.text.split(/\n\s*\n/).forEach(add);
    add(q.author?.name);
    add(q.author?.title);
    add(q.author?.organisation);
  }
  return out;
}

/** The language a text node is in: its nearest `lang`, across shadow roots. */
function langAt(node: Node): string {
  let el: Element | null = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
  while (el) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    el = (el.getRootNode() as ShadowRoot).host ?? null;
  }
  return document.documentElement.lang;
}

/** Non-blank text nodes of the widget's shadow root. */
function textNodes(el: Element): Text[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  while (walker.nextNode()) if (text(walker.currentNode.nodeValue)) out.push(walker.currentNode as Text);
  return out;
}

/** Checks every text node: report text in `dataLang`, everything else in `pageLang`. */
function expectMarked(el: Element, r: Report, dataLang: string, pageLang: string) {
  const ours = reportTexts(r);
  let data = 0;
  for (const node of textNodes(el)) {
    const t = text(node.nodeValue);
    const isData = ours.has(t);
    if (isData) data++;
    expect(langAt(node), `"${t}" (${isData ? 'report' : 'widget'} text)`).to.equal(isData ? dataLang : pageLang);
  }
  expect(data).to.be.at.least(1, 'sanity: the widget shows report text');
}

const EXTRA: Partial<Record<Tag, Record<string, string>>> = {
  // With the report's source line (issue 17), which the charts always show.
  'dk-headline-stat': { 'show-source': '' },
  'dk-quote-card': { quote: 'top-management', 'show-source': '' },
  'dk-bar-chart': { sort: 'desc' },
};

describe('the language of the report’s text', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const tag of TAGS) {
    it(`${tag}: on an English page, the Danish report's text is marked lang="da", the widget's words are not`, async () => {
      const el = await ready(tag, { lang: 'en', attrs: EXTRA[tag] });
      expectMarked(el, report, 'da', 'en');
      if ($(el, 'table')) {
        await showTable(el);
        expectMarked(el, report, 'da', 'en');
      }
    });

    it(`${tag}: on a Danish page, nothing needs marking`, async () => {
      const el = await ready(tag, { lang: 'da', attrs: EXTRA[tag] });
      expect(el.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
      expectMarked(el, report, 'da', 'da');
    });

    it(`${tag}: an English report on a Danish page is marked lang="en"`, async () => {
      const english: Report = { ...report, lang: 'en' };
      const el = await ready(tag, { lang: 'da', attrs: EXTRA[tag], props: { report: english } });
      expectMarked(el, english, 'en', 'da');
    });
  }
});
