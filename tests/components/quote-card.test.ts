import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quote-card/dk-quote-card.js';
import type { QuoteCard } from '../../src/components/quote-card/quote-card.js';
import type { Report } from '../../src/data/types.js';
import { part, settled, shadowText } from '../helpers/settle.js';

const SRC = '/data/datakultur.json';
const report: Report = await (await fetch(SRC)).json();

describe('dk-quote-card', () => {
  it('shows the heading, the quote and who said it, from src', async () => {
    const el = await fixture<QuoteCard>(html`<dk-quote-card src=${SRC} quote="cross-disciplinary"></dk-quote-card>`);
    expect(await settled(el)).to.equal('ready');
    const heading = part(el, 'heading')!;
    expect(heading.textContent).to.equal('2. Facilitér tværfagligt samarbejde');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(part(el, 'quote')!.localName).to.equal('blockquote');
    expect(shadowText(el, 'blockquote')).to.match(
      /^Når ledelsen ikke ved, hvad data kan,.*bare lyt til forretningen\.$/,
    );
    expect(part(el, 'base')!.localName).to.equal('figure');
    expect(part(el, 'attribution')!.localName).to.equal('figcaption');
    expect(shadowText(el, 'figcaption')).to.equal(
      'Morten Erhardt Marthedal Jensen Projektleder, Digitalisering Ringsted Kommune',
    );
  });

  it('has no attribution for the quote without a speaker', async () => {
    const el = await fixture<QuoteCard>(
      html`<dk-quote-card .report=${report} quote="domain-knowledge"></dk-quote-card>`,
    );
    expect(await settled(el)).to.equal('ready');
    expect(part(el, 'heading')!.textContent).to.equal('3½. Undervurdér ikke værdien i domænekendskab');
    expect(part(el, 'attribution')).to.equal(null);
  });

  it('lets the page set the heading level', async () => {
    const el = await fixture<QuoteCard>(
      html`<dk-quote-card .report=${report} quote="top-management" heading-level="2"></dk-quote-card>`,
    );
    await settled(el);
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
  });

  it('works inline, with the quote as its children', async () => {
    const el = await fixture<QuoteCard>(
      html`<dk-quote-card
        heading="1. Arbejd aktivt med datakulturen fra toppen"
        author="Mikael Leicht Danielsen"
        author-title="GIS-koordinator"
        organisation="Skanderborg Kommune"
        ><p>Det er en udfordring …</p></dk-quote-card
      >`,
    );
    expect(await settled(el)).to.equal('ready');
    const slot = el.shadowRoot!.querySelector('blockquote slot') as HTMLSlotElement;
    expect(slot.assignedElements()[0].textContent).to.equal('Det er en udfordring …');
    expect(shadowText(el, 'figcaption')).to.equal('Mikael Leicht Danielsen GIS-koordinator Skanderborg Kommune');
    await expect(el).to.be.accessible();
  });

  it('shows an HTTP error with a retry button, in English on an English page', async () => {
    const el = await fixture<QuoteCard>(
      html`<dk-quote-card lang="en" src="/fault/status?code=500" quote="x"></dk-quote-card>`,
    );
    expect(await settled(el)).to.equal('error');
    expect(shadowText(el, '[part~=error] p')).to.equal(
      "The server answered with error 500. Check the data file's address.",
    );
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('retries after a failure and then shows the quote', async () => {
    const key = String(Math.random());
    const el = await fixture<QuoteCard>(
      html`<dk-quote-card src=${`/fault/flaky?key=${key}`} quote="top-management"></dk-quote-card>`,
    );
    expect(await settled(el)).to.equal('error');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(await settled(el)).to.equal('ready');
    expect(part(el, 'heading')!.textContent).to.equal('1. Arbejd aktivt med datakulturen fra toppen');
  });

  it('is accessible with every quote in the report', async () => {
    for (const q of report.quotes) {
      const el = await fixture<QuoteCard>(html`<dk-quote-card .report=${report} quote=${q.id}></dk-quote-card>`);
      await settled(el);
      await expect(el).to.be.accessible();
    }
  });
});
