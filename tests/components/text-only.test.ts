import { expect, fixture, html } from '@open-wc/testing';
import '../../src/datakultur-widgets.js';
import { settled } from '../helpers/settle.js';

describe('a page with only text widgets', () => {
  it('never downloads chart.js', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <dk-headline-stat src="/data/datakultur.json" stat="more-data-driven"></dk-headline-stat>
        <dk-quote-card src="/data/datakultur.json" quote="top-management"></dk-quote-card>
      </div>`,
    );
    await Promise.all([...box.children].map((el) => settled(el as HTMLElement)));
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => n.includes('/dk-element'))).to.equal(true, 'sanity: our modules are listed');
    expect(loaded.filter((n) => /chart\.js|chart-kit/.test(n))).to.deep.equal([]);
  });
});
