// axe-core on every widget in every state, in Danish and English, light and dark. A dark
// widget (theme="dark") sits on a dark page (dark background, light text), as on a site with
// dark mode; a light one on a white page with black text.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { settled } from '../helpers/settle.js';
import { $, CHARTS, mount, PICK, ready, showTable, TAGS, SRC } from './helpers.js';
import type { Mount, Tag } from './helpers.js';

// One hanging request for every loading state in this file: the loader shares it between widgets,
// so the browser's six connections per host are never used up by requests that never answer.
const HANG = `/fault/hang?key=axe-${Date.now()}`;
let errors = 0;

const INLINE: Partial<Record<Tag, Mount>> = {
  'dk-headline-stat': {
    attrs: { value: '60', unit: 'percent', label: 'mener, at de arbejder mere datadrevet i dag end for et år siden' },
  },
  'dk-quote-card': {
    attrs: {
      heading: '1. Arbejd aktivt med datakulturen fra toppen',
      author: 'Mikael Leicht Danielsen',
      'author-title': 'GIS-koordinator',
      organisation: 'Skanderborg Kommune',
    },
    children: '<p>Det er en udfordring, at arbejdet med data ikke er forankret på topledelsesniveau.</p>',
  },
};

describe('axe-core finds nothing', () => {
  // The entry animation only delays the charts; it changes nothing axe looks at.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  // The widgets log every failure for developers; the error states here are on purpose.
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  for (const lang of ['da', 'en'] as const)
    for (const dark of [false, true]) {
      const scheme = dark ? 'dark' : 'light';
      describe(`${lang}, ${scheme}`, () => {
        for (const tag of TAGS) {
          const [attr, id] = PICK[tag];

          it(`${tag} while loading`, async () => {
            const el = await mount(tag, { lang, dark, attrs: { src: HANG, [attr]: id, timeout: '20000' } });
            await el.updateComplete;
            expect(el.getAttribute('state')).to.equal('loading');
            await expect(el).to.be.accessible();
            expect(el.getAttribute('state')).to.equal('loading');
          });

          it(`${tag} ready`, async () => {
            const el = await ready(tag, { lang, dark });
            await expect(el).to.be.accessible();
          });

          if (CHARTS.includes(tag))
            it(`${tag} with its table shown`, async () => {
              const el = await ready(tag, { lang, dark });
              await showTable(el);
              expect($(el, 'table')!.parentElement!.className).to.not.include('sr-only');
              await expect(el).to.be.accessible();
            });

          it(`${tag} after an HTTP error (with its retry button)`, async () => {
            const el = await mount(tag, {
              lang,
              dark,
              attrs: { src: `/fault/status?code=500&key=${errors++}`, [attr]: id },
            });
            expect(await settled(el)).to.equal('error');
            expect($(el, '[part~="error"] button')).to.not.equal(null);
            await expect(el).to.be.accessible();
          });

          it(`${tag} with an unknown id (no retry button)`, async () => {
            const el = await mount(tag, { lang, dark, attrs: { src: SRC, [attr]: 'nope' } });
            expect(await settled(el)).to.equal('error');
            await expect(el).to.be.accessible();
          });

          const inline = INLINE[tag];
          if (inline)
            it(`${tag} inline, without src`, async () => {
              const el = await mount(tag, { lang, dark, ...inline });
              expect(await settled(el)).to.equal('ready');
              await expect(el).to.be.accessible();
            });
        }
      });
    }
});
