import { expect, fixture, html } from '@open-wc/testing';
import { settled } from '../helpers/settle.js';

// The "loaded twice" contract, against the BUILT bundle (`npm test` builds before it runs wtr).
// /copy-<name>/… serves dist/… under another URL (tests/server/faults.mjs), so each copy is a
// separate module instance with its own classes, as on a CMS page that embeds the script twice.
// The steps build on each other, in order; nothing else on this page defines the elements.

type Bundle = {
  HeadlineStat: CustomElementConstructor;
  QuoteCard: CustomElementConstructor;
  loadReport: (src: string) => Promise<unknown>;
  [name: string]: unknown;
};

/** A dynamic import TypeScript does not try to resolve. */
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<Bundle>;

const VERSIONS = Symbol.for('datakultur-widgets.versions');
const versions = () => (globalThis as unknown as Record<symbol, Record<string, string> | undefined>)[VERSIONS];
const { version } = (await (await fetch('/package.json')).json()) as { version: string };

/** Runs `fn`, recording console.warn calls and uncaught errors meanwhile. */
async function watching<T>(fn: () => Promise<T>): Promise<{ value: T; warnings: unknown[][]; errors: unknown[] }> {
  const warnings: unknown[][] = [];
  const errors: unknown[] = [];
  const warn = console.warn;
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  console.warn = (...args: unknown[]) => void warnings.push(args);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const value = await fn();
    await new Promise((r) => setTimeout(r, 50)); // let anything asynchronous surface
    return { value, warnings, errors };
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

let first: Bundle;
let tags: string[];

describe('loading the bundle twice', () => {
  it('the first copy defines every element and records its version', async () => {
    expect(customElements.get('dk-headline-stat'), 'nothing defined before the bundle').to.equal(undefined);
    const { value, warnings, errors } = await watching(() => load('/dist/datakultur-widgets.js'));
    first = value;
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('dk-headline-stat')).to.equal(first.HeadlineStat);
    expect(customElements.get('dk-quote-card')).to.equal(first.QuoteCard);
    tags = Object.keys(versions() ?? {});
    expect(tags).to.include.members(['dk-headline-stat', 'dk-quote-card']);
    for (const tag of tags) {
      expect(customElements.get(tag), tag).to.be.a('function');
      // __VERSION__ is put in by the build: a copy that says "dev" could not be told apart.
      expect(versions()![tag], tag).to.equal(version);
    }
  });

  it('a second copy of the same version from another URL: no throw, no warning, the first classes stay', async () => {
    const { value: second, warnings, errors } = await watching(() => load('/copy-b/datakultur-widgets.js'));
    // Really a second module instance (else this test would prove nothing).
    expect(second.HeadlineStat).to.be.a('function');
    expect(second.HeadlineStat).not.to.equal(first.HeadlineStat);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('dk-headline-stat')).to.equal(first.HeadlineStat);
    expect(customElements.get('dk-quote-card')).to.equal(first.QuoteCard);
    expect(document.createElement('dk-quote-card')).to.be.instanceOf(first.QuoteCard);
    expect(Object.values(versions()!)).to.deep.equal(tags.map(() => version));
  });

  it('both copies share one request per report URL', async () => {
    const second = await load('/copy-b/datakultur-widgets.js');
    const url = `/data/datakultur.json?twice=${Date.now()}`;
    const [a, b] = await Promise.all([first.loadReport(url), second.loadReport(url)]);
    expect(a).to.equal(b);
    const href = new URL(url, location.href).href;
    expect(performance.getEntriesByType('resource').filter((e) => e.name === href)).to.have.length(1);
  });

  it('a copy of another version: exactly one console.warn in all, still no throw', async () => {
    const registry = versions()!;
    for (const tag of Object.keys(registry)) registry[tag] = '0.0.1';
    const { value: other, warnings, errors } = await watching(() => load('/copy-c/datakultur-widgets.js'));
    expect(other.HeadlineStat).not.to.equal(first.HeadlineStat);
    expect(errors).to.deep.equal([]);
    expect(warnings, 'one warning, not one per element').to.have.length(1);
    const message = String(warnings[0][0]);
    expect(message).to.contain('0.0.1');
    expect(message).to.contain(version);
    // The version already on the page wins.
    expect(customElements.get('dk-headline-stat')).to.equal(first.HeadlineStat);
    expect(customElements.get('dk-quote-card')).to.equal(first.QuoteCard);
    expect(Object.values(registry)).to.deep.equal(tags.map(() => '0.0.1'));
  });
});

describe('an element from the bundle', () => {
  it('renders from .report', async () => {
    const report = await (await fetch('/data/datakultur.json')).json();
    const el = await fixture<HTMLElement>(
      html`<dk-headline-stat .report=${report} stat="responses"></dk-headline-stat>`,
    );
    expect(el).to.be.instanceOf(first.HeadlineStat);
    expect(await settled(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('142');
  });

  it('renders from src', async () => {
    const el = await fixture<HTMLElement>(
      html`<dk-headline-stat src="/data/datakultur.json" stat="more-data-driven"></dk-headline-stat>`,
    );
    expect(await settled(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('60\u00a0%');
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal(
      'mener, at de arbejder mere datadrevet i dag end for et år siden',
    );
  });
});
