// What Chromium hands to screen readers. `a11ySnapshot` gives the platform-like tree (only the
// "interesting" nodes, the rest flattened away); `ax-tree` (tests/a11y/plugins.mjs) keeps the
// structure (figure, blockquote, table, rows) for the checks that need it.
import { expect } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { formatValue } from '../../src/internal/locale.js';
import type { Answer } from '../../src/data/types.js';
import { $, CHARTS, mount, PICK, ready, report, showTable, text } from './helpers.js';
import type { Tag } from './helpers.js';

interface AX {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  expanded?: boolean;
  live?: string;
  children?: AX[];
}

const snapshot = async (selector?: string) => (await a11ySnapshot(selector ? { selector } : {})) as unknown as AX;
const axTree = async (selector: string) => (await executeServerCommand('ax-tree', { selector })) as AX;

/** Every node, depth first. */
const all = (n: AX): AX[] => [n, ...(n.children ?? []).flatMap(all)];
/** The text nodes' names, in reading order, as a screen reader's virtual buffer would list them. */
const texts = (n: AX) =>
  all(n)
    .filter((x) => x.role === 'StaticText')
    .map((x) => text(x.name));
const count = (list: string[], s: string) => list.filter((x) => x === s).length;
/** A node's text, its descendants' text nodes joined. */
const textOf = (n: AX) => texts(n).join(' ');

const question = (tag: Tag) => report.questions.find((q) => q.id === PICK[tag][1])!;
const pct = (v: number, lang: 'da' | 'en') => text(formatValue(v, 'percent', lang));

const LABEL = {
  da: (t: string) => `Diagram: ${t}. Brug piletasterne for at læse svarene.`,
  en: (t: string) => `Chart: ${t}. Use the arrow keys to read the answers.`,
};
/** The one-sentence summary, written out independently of the widget's code. */
function summary(answers: Answer[], lang: 'da' | 'en') {
  const s = [...answers].sort((a, b) => b.percent - a.percent);
  const [top, low] = [s[0], s[s.length - 1]];
  return lang === 'da'
    ? `${s.length} svar. Størst: ${top.label}, ${pct(top.percent, lang)}. Mindst: ${low.label}, ${pct(low.percent, lang)}.`
    : `${s.length} answers. Largest: ${top.label}, ${pct(top.percent, lang)}. Smallest: ${low.label}, ${pct(low.percent, lang)}.`;
}

describe('the accessibility tree', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const tag of CHARTS)
    for (const lang of ['da', 'en'] as const)
      describe(`${tag} (${lang})`, () => {
        const q = question(tag);

        it('exposes the canvas as an image named after the question, described by the summary', async () => {
          await ready(tag, { lang });
          const img = await snapshot(`${tag} >>> canvas`);
          expect(img.role).to.equal('image');
          expect(img.name).to.equal(LABEL[lang](q.title));
          expect(text(img.description)).to.equal(summary(q.answers, lang));
          // Named, described, and nothing inside it to wander into.
          expect(img.children ?? []).to.deep.equal([]);
        });

        it('has every answer and share as cells of a named table while the table is visually hidden', async () => {
          const el = await ready(tag, { lang });
          const box = $(el, 'table')!.parentElement!;
          expect(box.classList.contains('sr-only')).to.equal(true);
          const rect = box.getBoundingClientRect();
          expect(rect.width * rect.height).to.be.at.most(1, 'the table takes no room on screen');

          const table = await axTree(`${tag} >>> table`);
          expect(table.role).to.equal('table');
          expect(table.name).to.equal(q.title);
          const rows = all(table).filter((n) => n.role === 'row');
          const cells = rows.map((r) =>
            (r.children ?? []).filter((c) => /header|cell/i.test(c.role)).map((c) => [c.role, text(c.name)]),
          );
          expect(cells[0]).to.deep.equal([
            ['columnheader', lang === 'da' ? 'Svar' : 'Answer'],
            ['columnheader', lang === 'da' ? 'Andel' : 'Share'],
          ]);
          expect(cells.slice(1)).to.have.deep.members(
            q.answers.map((a) => [
              ['rowheader', a.label],
              ['cell', pct(a.percent, lang)],
            ]),
          );

          // And in the flattened, platform-like tree too: nothing filtered the hidden table away.
          const page = texts(await snapshot());
          for (const a of q.answers) {
            expect(page).to.include(a.label);
            expect(page).to.include(pct(a.percent, lang));
          }
        });

        it('says each figure once: the summary as the description only, the legend not again beside the table', async () => {
          const el = await ready(tag, { lang });
          const check = async (images: number) => {
            const page = await snapshot();
            const list = texts(page);
            for (const a of q.answers) {
              expect(count(list, a.label), a.label).to.equal(1);
              expect(count(list, pct(a.percent, lang)), a.label).to.be.at.most(
                q.answers.filter((b) => b.percent === a.percent).length,
              );
            }
            // The summary is heard as the image's description, not a second time as text.
            expect(list.some((t) => t.includes(summary(q.answers, lang)))).to.equal(false);
            expect(all(page).filter((n) => n.role === 'image')).to.have.length(images);
            return page;
          };
          await check(1);
          // Shown on screen, the table takes the plot's place: still the one text version, no
          // image beside it, and the toggle says so.
          await showTable(el);
          const page = await check(0);
          const button = all(page).find((n) => n.role === 'button')!;
          expect(button.name).to.equal(lang === 'da' ? 'Skjul tabel' : 'Hide table');
          expect(button.expanded).to.equal(true);
        });

        it('reads in a sensible order: heading, toggle, image, table; with a polite live region', async () => {
          await ready(tag, { lang, attrs: { 'heading-level': '2' } });
          const page = all(await snapshot());
          const heading = page.findIndex((n) => n.role === 'heading' && n.name === q.title);
          const image = page.findIndex((n) => n.role === 'image');
          const firstCell = page.findIndex((n) => n.role === 'StaticText' && n.name === q.answers[0].label);
          const button = page.findIndex((n) => n.role === 'button');
          expect(page[heading].level).to.equal(2);
          // The toggle stands above the plot, where it stays when the table takes the plot's place.
          expect(heading).to.be.below(button);
          expect(button).to.be.below(image);
          expect(image).to.be.below(firstCell);
          expect(page.filter((n) => n.live === 'polite')).to.have.length(1);
        });
      });

  it('shows the donut’s respondents in its centre as text, and its legend only to the eye', async () => {
    const el = await ready('dk-donut-chart');
    expect($(el, '[part~="legend"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(texts(await snapshot())).to.include.members(['142', 'besvarelser']);
  });

  describe('dk-headline-stat', () => {
    for (const lang of ['da', 'en'] as const)
      it(`is one statement, figure then caption, in one paragraph (${lang})`, async () => {
        const el = await ready('dk-headline-stat', { lang });
        const sentence = `${pct(60, lang)} mener, at de arbejder mere datadrevet i dag end for et år siden`;
        // One <p>, the figure first: not a stray number, not a heading of its own.
        const p = $(el, '[part~="base"]')!;
        expect(p.localName).to.equal('p');
        expect(text(p.textContent)).to.equal(sentence);
        const page = await snapshot();
        expect(all(page).filter((n) => !['RootWebArea', 'StaticText'].includes(n.role))).to.deep.equal([]);
        expect(texts(page).join(' ')).to.equal(sentence);
      });

    it('inline, without src, reads the same', async () => {
      const el = await mount('dk-headline-stat', {
        attrs: { value: '78', unit: 'percent', label: 'ser potentiale for at anvende data mere end i dag' },
      });
      await el.updateComplete;
      expect(texts(await snapshot()).join(' ')).to.equal('78 % ser potentiale for at anvende data mere end i dag');
    });
  });

  describe('dk-quote-card', () => {
    for (const level of [undefined, 2, 5])
      it(`is a figure with a heading (level ${level ?? 'default 3'}), a blockquote and its attribution`, async () => {
        await ready('dk-quote-card', { attrs: level ? { 'heading-level': String(level) } : {} });
        const fig = await axTree('dk-quote-card >>> figure');
        expect(fig.role).to.equal('figure');
        const kids = (fig.children ?? []).map((c) => c.role);
        expect(kids).to.deep.equal(['heading', 'blockquote', 'Figcaption']);
        const [heading, quote, caption] = fig.children!;
        expect(heading.name).to.equal('2. Facilitér tværfagligt samarbejde');
        expect(heading.level).to.equal(level ?? 3);
        expect(textOf(quote)).to.match(/^Når ledelsen ikke ved, hvad data kan,.*bare lyt til forretningen\.$/);
        expect(texts(caption)).to.deep.equal([
          'Morten Erhardt Marthedal Jensen',
          'Projektleder, Digitalisering',
          'Ringsted Kommune',
        ]);
        // The decorative quotation mark is not read.
        expect(texts(fig).join(' ')).to.not.include('\u201d');
      });

    it('has no attribution when the quote has no speaker', async () => {
      await ready('dk-quote-card', { attrs: { quote: 'domain-knowledge' } });
      const fig = await axTree('dk-quote-card >>> figure');
      expect((fig.children ?? []).map((c) => c.role)).to.deep.equal(['heading', 'blockquote']);
    });

    it('inline, the slotted quote is inside the blockquote', async () => {
      const el = await mount('dk-quote-card', {
        attrs: { heading: 'Overskrift', author: 'Navn', 'heading-level': '4' },
        children: '<p>Citatets tekst.</p>',
      });
      await el.updateComplete;
      const fig = await axTree('dk-quote-card >>> figure');
      const [heading, quote, caption] = fig.children!;
      expect([heading.role, heading.level, heading.name]).to.deep.equal(['heading', 4, 'Overskrift']);
      expect(quote.role).to.equal('blockquote');
      expect(textOf(quote)).to.equal('Citatets tekst.');
      expect(texts(caption)).to.deep.equal(['Navn']);
    });
  });
});
