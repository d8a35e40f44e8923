import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/headline-stat/dk-headline-stat.js';
import type { HeadlineStat } from '../../src/components/headline-stat/headline-stat.js';
import type { Report } from '../../src/data/types.js';
import { freshReportUrl, part, requestsFor, settled, shadowText } from '../helpers/settle.js';

const SRC = '/data/datakultur.json';
const report: Report = await (await fetch(SRC)).json();

describe('dk-headline-stat', () => {
  it('shows the figure and its caption from src, as one sentence', async () => {
    const el = await fixture<HeadlineStat>(
      html`<dk-headline-stat src=${SRC} stat="more-data-driven"></dk-headline-stat>`,
    );
    expect(await settled(el)).to.equal('ready');
    expect(part(el, 'value')!.textContent).to.equal('60\u00a0%');
    expect(part(el, 'label')!.textContent).to.equal('mener, at de arbejder mere datadrevet i dag end for et år siden');
    expect(part(el, 'base')!.localName).to.equal('p');
    expect(shadowText(el)).to.equal('60 % mener, at de arbejder mere datadrevet i dag end for et år siden');
  });

  it('goes loading → ready and fires dk-ready once, bubbling and composed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('dk-headline-stat');
    el.src = freshReportUrl();
    el.stat = 'see-potential';
    const events: Event[] = [];
    wrapper.addEventListener('dk-ready', (e) => events.push(e));
    wrapper.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shadowText(el)).to.equal('Henter data …');
    await oneEvent(wrapper, 'dk-ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.state).to.equal('ready');
    expect(events).to.have.length(1);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(part(el, 'value')!.textContent).to.equal('78\u00a0%');
  });

  it('formats numbers for the nearest lang: the element, an ancestor, then <html>', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <dk-headline-stat .report=${report} stat="more-data-driven"></dk-headline-stat>
        <dk-headline-stat .report=${report} stat="responses" lang="da"></dk-headline-stat>
      </div>`,
    );
    const [en, da] = box.querySelectorAll('dk-headline-stat');
    await Promise.all([settled(en), settled(da)]);
    expect(part(en, 'value')!.textContent).to.equal('60%');
    expect(part(da, 'value')!.textContent).to.equal('142');
    // The report's Danish text is marked as such inside an English page.
    expect(part(en, 'label')!.getAttribute('lang')).to.equal('da');
    expect(part(da, 'label')!.hasAttribute('lang')).to.equal(false);
  });

  it('formats decimals and thousands in Danish and English', async () => {
    const el = await fixture<HeadlineStat>(html`<dk-headline-stat value="84.73" label="x"></dk-headline-stat>`);
    expect(part(el, 'value')!.textContent).to.equal('84,73\u00a0%');
    el.lang = 'en';
    el.value = 1234.5;
    el.unit = 'count';
    await el.updateComplete;
    expect(part(el, 'value')!.textContent).to.equal('1,234.5');
  });

  it('takes the report as a property without a request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<HeadlineStat>(
      html`<dk-headline-stat .report=${report} stat="responses"></dk-headline-stat>`,
    );
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el)).to.equal('142 besvarelser');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('works inline, from its attributes alone', async () => {
    const el = await fixture<HeadlineStat>(
      html`<dk-headline-stat value="60" unit="percent" label="mener noget"></dk-headline-stat>`,
    );
    expect(await settled(el)).to.equal('ready');
    expect(shadowText(el)).to.equal('60 % mener noget');
  });

  it('says which inline attribute is wrong', async () => {
    const el = await fixture<HeadlineStat>(html`<dk-headline-stat value="mange" label="x"></dk-headline-stat>`);
    expect(await settled(el)).to.equal('error');
    expect(shadowText(el)).to.contain('value');
  });

  it('makes one request for ten widgets sharing a src', async () => {
    const src = freshReportUrl();
    const box = await fixture<HTMLDivElement>(
      html`<div>
        ${Array.from({ length: 10 }, () => html`<dk-headline-stat src=${src} stat="more-data-driven"></dk-headline-stat>`)}
      </div>`,
    );
    const states = await Promise.all([...box.children].map((el) => settled(el as HTMLElement)));
    expect(states).to.deep.equal(Array(10).fill('ready'));
    expect(requestsFor(src)).to.equal(1);
  });

  it('shows an unknown id in the widget, naming the ids there are, and fires dk-error', async () => {
    const el = document.createElement('dk-headline-stat');
    el.report = report;
    el.stat = 'nope';
    const error = oneEvent(document, 'dk-error');
    document.body.append(el);
    const { detail } = await error;
    expect(el.getAttribute('state')).to.equal('error');
    expect(detail.code).to.equal('unknown-id');
    expect(detail.message).to.equal(
      `Rapporten har intet tal med id'et „nope“. Mulige: responses, more-data-driven, see-potential.`,
    );
    expect(part(el, 'error')!.textContent).to.contain(detail.message);
    el.remove();
  });

  it('shows a broken file as a message in the page language', async () => {
    const el = await fixture<HeadlineStat>(
      html`<dk-headline-stat lang="en" src="/fault/truncated" stat="more-data-driven"></dk-headline-stat>`,
    );
    expect(await settled(el)).to.equal('error');
    expect(shadowText(el, '[part~=error] p')).to.equal(
      'The data file is not valid JSON: it may be cut off or have a typo. Check it with a JSON validator.',
    );
  });

  it('is accessible when ready and when failed', async () => {
    const ok = await fixture<HeadlineStat>(
      html`<dk-headline-stat .report=${report} stat="more-data-driven"></dk-headline-stat>`,
    );
    await settled(ok);
    await expect(ok).to.be.accessible();
    const bad = await fixture<HeadlineStat>(
      html`<dk-headline-stat src="/fault/status?code=404" stat="x"></dk-headline-stat>`,
    );
    expect(await settled(bad)).to.equal('error');
    await expect(bad).to.be.accessible();
  });
});
