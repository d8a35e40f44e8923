import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  WIDGETS,
  clearStages,
  create,
  expectFailed,
  expectNothingThrown,
  jsonUrl,
  rawJsonUrl,
  realReport,
  settle,
  sleep,
  stage,
  watch,
} from './helpers.js';
import type { Mounted, Watch } from './helpers.js';

// Data that must keep working: newer files with fields we do not know, a quote without an author,
// markup in the text (shown, never run), prototype keys, and very long or unusual text.

type Json = Record<string, any>;
declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const real = (await realReport()) as Json;
const copy = () => structuredClone(real);

/** Mounts all four widgets on `src` or `report`; resolves when all have settled. */
async function mountAll(how: { src?: string; report?: unknown }, lang?: string): Promise<Mounted[]> {
  const box = stage(lang);
  const ms = WIDGETS.map(({ tag, attr, id }) =>
    create(tag, { [attr]: id, ...(how.src ? { src: how.src } : {}) }, how.report ? { report: how.report } : {}),
  );
  box.append(...ms.map((m) => m.el));
  await Promise.all(ms.map((m) => settle(m.el)));
  return ms;
}

const text = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('keeps working: extra fields and a quote without an author', () => {
  let w: Watch;
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  const newer = () => {
    const r = copy();
    const extra = { note: 'from version 1.1', nested: { list: [1, 'to', null, { x: true }] } };
    r.future = extra;
    r.$comment = 'ignored';
    r.studyQuestions.future = extra;
    r.dataCollection.future = extra;
    r.stats.forEach((s: Json) => (s.future = extra));
    r.questions.forEach((q: Json) => {
      q.future = extra;
      q.answers.forEach((a: Json) => (a.future = extra));
    });
    r.quotes.forEach((q: Json) => {
      q.future = extra;
      if (q.author) q.author.future = extra;
    });
    r.download.future = extra;
    r.survey2026 = { stats: [{ id: 'x', value: 'not checked', unit: 'parsec' }] };
    return r;
  };

  for (const how of ['src', 'report'] as const) {
    it(`a newer file with unknown fields everywhere loads in every widget (${how})`, async () => {
      const r = newer();
      const ms = await mountAll(how === 'src' ? { src: jsonUrl(r) } : { report: r });
      expect(ms.map((m) => m.el.getAttribute('state'))).to.deep.equal(Array(4).fill('ready'));
      expect(text(ms[0].el)).to.contain('60 %');
      expect(text(ms[0].el)).not.to.contain('from version 1.1');
      expect(w.warns).to.have.length(0);
      await expectNothingThrown(w);
    });
  }

  it('a quote without an author renders with no attribution line, and invents none', async () => {
    const r = copy();
    delete r.quotes[0].author;
    const box = stage();
    const m = create('dk-quote-card', { src: jsonUrl(r), quote: 'top-management' });
    box.append(m.el);
    expect(await settle(m.el)).to.equal('ready');
    expect(m.el.shadowRoot!.querySelector('[part~=attribution]')).to.equal(null);
    expect(text(m.el)).to.contain('1. Arbejd aktivt med datakulturen fra toppen');
    expect(text(m.el)).not.to.contain(real.quotes[0].author.name);
    expect(w.warns).to.have.length(0);
  });

  it('an author with only a name renders the name alone', async () => {
    const r = copy();
    r.quotes[1].author = { name: 'Kun Navn' };
    const m = create('dk-quote-card', { quote: 'cross-disciplinary' }, { report: r });
    stage().append(m.el);
    expect(await settle(m.el)).to.equal('ready');
    const attribution = m.el.shadowRoot!.querySelector('[part~=attribution]')!;
    expect(attribution.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kun Navn');
  });
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '<svg onload="window.__pwned=1"></svg>';
const MARKUP = `${IMG} ${SCRIPT} ${SVG} <b>fed</b> &amp; &lt;`;

describe('keeps working: markup in the data is text, never run', () => {
  let w: Watch;
  beforeEach(() => {
    w = watch();
    delete window.__pwned;
  });
  afterEach(() => {
    w.restore();
    clearStages();
    delete window.__pwned;
  });

  /** Every text field any widget shows, with markup in it. */
  const poisoned = () => {
    const r = copy();
    r.title = `Titel ${MARKUP}`;
    r.stats.forEach((s: Json) => (s.label = `${s.label} ${MARKUP}`));
    r.questions.forEach((q: Json) => {
      q.title = `${q.title} ${MARKUP}`;
      q.recommendation = `Anbefaling ${MARKUP}`;
      q.note = `Note ${MARKUP}`;
      q.answers.forEach((a: Json) => (a.label = `${a.label} ${MARKUP}`));
    });
    r.quotes.forEach((q: Json) => {
      q.heading = `${q.heading} ${MARKUP}`;
      q.text = `${q.text} ${MARKUP}\n\nAndet afsnit ${SCRIPT}`;
      if (q.author) Object.assign(q.author, { name: IMG, title: SCRIPT, organisation: SVG });
    });
    return r;
  };

  for (const [how, lang] of [
    ['src', 'da'],
    ['report', 'en'],
  ] as const) {
    it(`shows labels, titles and quotes with <img onerror>, <script> and <svg onload> as literal text (${how}, ${lang})`, async () => {
      const r = poisoned();
      const ms = await mountAll(how === 'src' ? { src: jsonUrl(r) } : { report: r }, lang);
      expect(ms.map((m) => m.el.getAttribute('state'))).to.deep.equal(Array(4).fill('ready'));
      await sleep(300); // time for an injected image to fail and run its onerror
      expect(window.__pwned, 'nothing from the data ran').to.equal(undefined);
      for (const m of ms) {
        const root = m.el.shadowRoot!;
        expect(root.querySelector('img, script, svg, b'), `no element from the data in <${m.el.localName}>`).to.equal(
          null,
        );
        // The markup is there, visibly, as text.
        const visible = (m.el as HTMLElement & { shadowRoot: ShadowRoot }).shadowRoot.textContent!;
        expect(visible).to.contain(IMG);
        expect(visible).to.contain(SCRIPT);
      }
      expect(ms[0].el.shadowRoot!.querySelector('[part~=label]')!.textContent).to.contain(`${IMG} ${SCRIPT}`);
      expect(ms[1].el.shadowRoot!.querySelector('[part~=heading]')!.textContent).to.contain(IMG);
      expect(ms[1].el.shadowRoot!.querySelector('[part~=attribution]')!.textContent).to.contain(IMG);
      expect(ms[2].el.shadowRoot!.querySelector('[part~=legend]')!.textContent).to.contain(SCRIPT);
      // The visible text, not only the DOM text: the literal characters are rendered.
      expect((ms[0].el.shadowRoot!.querySelector('[part~=label]') as HTMLElement).innerText).to.contain('<img src=x');
      expect(w.warns).to.have.length(0);
      await expectNothingThrown(w);
    });
  }

  it('an id with markup ends in an error message that shows it as text', async () => {
    const m = create('dk-headline-stat', { src: '/data/datakultur.json', stat: IMG });
    stage().append(m.el);
    expect(await settle(m.el)).to.equal('error');
    const d = expectFailed(m, w, { code: 'unknown-id' });
    expect(d.message).to.contain(IMG);
    await sleep(200);
    expect(window.__pwned).to.equal(undefined);
    expect(m.el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('no unsafeHTML (or any other HTML sink) anywhere in the source', async () => {
    // Every module reachable from the entry points, read as the dev server serves it.
    const entries = ['/src/datakultur-widgets.ts', '/src/embed/embed.ts', '/src/embed/embed-resize.ts'];
    const seen = new Set<string>();
    const queue = [...entries];
    const sinks =
      /unsafeHTML|unsafeSVG|unsafeMathML|unsafeStatic|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\s*\(|new Function\s*\(/;
    const found: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await fetch(url, { cache: 'no-store' });
      expect(res.ok, url).to.equal(true);
      const code = await res.text();
      const hit = sinks.exec(code);
      if (hit) found.push(`${url}: ${hit[0]}`);
      for (const [, rel] of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const next = new URL(rel.replace(/\.js$/, '.ts'), location.origin + url).pathname;
        if (next.startsWith('/src/') && next.endsWith('.ts')) queue.push(next);
      }
    }
    expect(seen.size, 'modules read').to.be.greaterThan(15);
    expect([...seen]).to.include.members([
      '/src/internal/dk-element.ts',
      '/src/components/quote-card/quote-card.ts',
      '/src/charts/dk-chart.ts',
      '/src/charts/chart-kit.ts',
    ]);
    expect(found).to.deep.equal([]);
  });
});

describe('keeps working: __proto__ and constructor keys change nothing outside the report', () => {
  let w: Watch;
  let before: string[];
  beforeEach(() => {
    w = watch();
    before = [Object.prototype, Array.prototype, Function.prototype].flatMap((p) => Object.getOwnPropertyNames(p));
  });
  afterEach(() => {
    w.restore();
    clearStages();
  });

  /** The real report's text with prototype keys spliced in as JSON text (JSON.stringify would not keep them all). */
  const raw = () => {
    const poison = '{"polluted": "yes", "version": 2, "toString": "x", "stats": []}';
    let t = JSON.stringify(real);
    t = t.replace(/^\{/, `{"__proto__": ${poison}, "constructor": {"prototype": ${poison}},`);
    t = t.replace(
      '"id":"responses"',
      `"__proto__": ${poison}, "constructor": {"prototype": ${poison}}, "id":"responses"`,
    );
    t = t.replace('"id":"roles"', `"__proto__": ${poison}, "id":"roles"`);
    t = t.replace('"id":"top-management"', `"constructor": ${poison}, "id":"top-management"`);
    return t;
  };

  const untouched = () => {
    expect(({} as Json).polluted).to.equal(undefined);
    expect(([] as unknown as Json).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(typeof ({} as Json).toString).to.equal('function');
    expect(
      [Object.prototype, Array.prototype, Function.prototype].flatMap((p) => Object.getOwnPropertyNames(p)),
    ).to.deep.equal(before);
  };

  it('as a fetched file: every widget renders as usual', async () => {
    const ms = await mountAll({ src: rawJsonUrl(raw()) });
    expect(ms.map((m) => m.el.getAttribute('state'))).to.deep.equal(Array(4).fill('ready'));
    expect(text(ms[0].el)).to.contain('60 %');
    untouched();
    expect(w.warns).to.have.length(0);
    await expectNothingThrown(w);
  });

  it('as a report property parsed from the same text', async () => {
    const ms = await mountAll({ report: JSON.parse(raw()) });
    expect(ms.map((m) => m.el.getAttribute('state'))).to.deep.equal(Array(4).fill('ready'));
    untouched();
  });

  it('a report hidden behind __proto__ is not a report', async () => {
    const t = `{"__proto__": ${JSON.stringify(real)}}`;
    const ms = await mountAll({ src: rawJsonUrl(t) });
    for (const m of ms) expectFailed(m, w, { code: 'invalid', says: [/version/] });
    untouched();
    await expectNothingThrown(w);
  });
});

describe('keeps working: very long text, emoji and right-to-left marks at 320 px', () => {
  let w: Watch;
  before(async () => setViewport({ width: 320, height: 800 }));
  after(async () => setViewport({ width: 800, height: 600 }));
  beforeEach(() => (w = watch()));
  afterEach(() => {
    w.restore();
    clearStages();
  });

  const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');
  const unbroken = 'Datakulturbarrierenedbrydningsforanstaltningsevalueringsrapporteringsansvarlig'.repeat(3);
  const emoji = '👩🏽‍💻🇩🇰👨‍👩‍👧‍👦📊✅🔥 ';
  const rtl = '\u200F\u202Bمرحبا بالعالم\u202C \u05E9\u05DC\u05D5\u05DD \u202Eabc\u200E ';
  const long = (base: string) => `${rtl}${emoji}${base} ${unbroken} ${words(120)} ${emoji}${rtl}`;

  const stretched = () => {
    const r = copy();
    r.stats.forEach((s: Json) => (s.label = long(s.label)));
    r.stats[0].value = 123456789012345; // a huge count
    r.questions.forEach((q: Json) => {
      q.title = long(q.title);
      q.recommendation = long('Anbefaling');
      q.note = long('Note');
      q.answers.forEach((a: Json) => (a.label = long(a.label)));
    });
    r.quotes.forEach((q: Json) => {
      q.heading = long(q.heading);
      q.text = Array.from({ length: 6 }, () => long(q.text)).join('\n\n');
      if (q.author) Object.assign(q.author, { name: long('Navn'), title: unbroken, organisation: emoji.repeat(20) });
    });
    return r;
  };

  const noOverflow = (el: HTMLElement, what: string) => {
    expect(el.clientWidth, `${what} is laid out`).to.be.greaterThan(0);
    const right = el.getBoundingClientRect().right + 1;
    // Inside a box that clips (the visually hidden table), overflow is not seen and does not scroll.
    const clipped = (x: Element) => {
      for (let p = x.parentElement; p; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const out = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((x) => x.getClientRects().length && x.getBoundingClientRect().right > right && !clipped(x))
      .map(
        (x) =>
          `<${x.localName} class="${x.className}" part="${x.getAttribute('part') ?? ''}"> ${Math.round(x.getBoundingClientRect().width)}px`,
      );
    expect(out, `${what}: nothing sticks out on the right`).to.deep.equal([]);
    expect(el.scrollWidth, `${what} does not overflow sideways`).to.be.at.most(el.clientWidth);
  };

  /** The line boxes of every text in `el`'s shadow root, cut to what clipping ancestors let through. */
  const lineBoxes = (el: HTMLElement) => {
    const boxes: { node: Node; text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim()) continue;
      const clips: DOMRect[] = [];
      for (let p = node.parentElement; p; p = p.parentElement)
        if (getComputedStyle(p).overflow !== 'visible') clips.push(p.getBoundingClientRect());
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        let [l, t, r, b] = [line.left, line.top, line.right, line.bottom];
        for (const c of clips)
          [l, t, r, b] = [Math.max(l, c.left), Math.max(t, c.top), Math.min(r, c.right), Math.min(b, c.bottom)];
        if (r - l > 2 && b - t > 2)
          boxes.push({ node, text: node.textContent!.trim().slice(0, 30), r: new DOMRect(l, t, r - l, b - t) });
      }
    }
    return boxes;
  };

  /** No two texts in the widget are drawn over each other. */
  const noOverlap = (el: HTMLElement, what: string) => {
    const boxes = lineBoxes(el);
    const hits: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        // (Lines of one text may touch: a tight line-height is a design choice, not an overlap.)
        if (boxes[i].node === boxes[j].node) continue;
        const [a, b] = [boxes[i].r, boxes[j].r];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > 2) hits.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
      }
    expect(hits.slice(0, 5), `${what}: texts drawn over each other`).to.deep.equal([]);
  };

  it('every widget holds its width; the page does not scroll sideways', async () => {
    const box = stage();
    const r = stretched();
    const ms = [
      ...WIDGETS.map(({ tag, attr, id }) => create(tag, { [attr]: id }, { report: r })),
      create('dk-headline-stat', { stat: 'responses' }, { report: r }),
      create('dk-quote-card', { quote: 'domain-knowledge' }, { report: r }),
    ];
    box.append(...ms.map((m) => m.el));
    const states = await Promise.all(ms.map((m) => settle(m.el)));
    expect(states).to.deep.equal(Array(ms.length).fill('ready'));
    expect(window.innerWidth, 'a 320 px viewport').to.equal(320);
    await sleep(100);
    for (const m of ms) {
      noOverflow(m.el, `<${m.el.localName}>`);
      noOverlap(m.el, `<${m.el.localName}>`);
    }
    expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(window.innerWidth);
    // The charts' data tables, when shown, hold too.
    for (const m of ms.filter((x) => x.el.localName.endsWith('-chart'))) {
      m.el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
      await (m.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      noOverflow(m.el, `<${m.el.localName}> with its table shown`);
      noOverlap(m.el, `<${m.el.localName}> with its table shown`);
    }
    expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(window.innerWidth);
    expect(w.warns).to.have.length(0);
    await expectNothingThrown(w);
  });

  it('the error view holds too, with a long id in the message', async () => {
    const box = stage();
    const ms = WIDGETS.map(({ tag, attr }) =>
      create(tag, { src: '/data/datakultur.json', [attr]: unbroken + emoji + rtl }),
    );
    box.append(...ms.map((m) => m.el));
    await Promise.all(ms.map((m) => settle(m.el)));
    for (const m of ms) {
      expectFailed(m, w, { code: 'unknown-id' });
      noOverflow(m.el, `<${m.el.localName}> in error`);
      noOverlap(m.el, `<${m.el.localName}> in error`);
    }
  });
});
