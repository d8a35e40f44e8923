import { expect } from '@open-wc/testing';
import '../../src/datakultur-widgets.js';
import { settled } from '../helpers/settle.js';
import { ReportError } from '../../src/data/types.js';
import type { ReportErrorCode } from '../../src/data/types.js';
import type { DkErrorDetail, WidgetState } from '../../src/internal/dk-element.js';

// Shared by tests/errors/*: mounting widgets with their events recorded, a console.warn stub,
// and a watch on uncaught errors and unhandled rejections.

export const GOOD = '/data/datakultur.json';

/** The four widgets, each with an id the real report has. */
export const WIDGETS = [
  { tag: 'dk-headline-stat', attr: 'stat', id: 'more-data-driven' },
  { tag: 'dk-quote-card', attr: 'quote', id: 'top-management' },
  { tag: 'dk-donut-chart', attr: 'question', id: 'roles' },
  { tag: 'dk-bar-chart', attr: 'question', id: 'usage-contexts' },
] as const;
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

let n = 0;
/** A key no other test has used (the report cache is page-wide). */
export const uniq = () => `${Date.now().toString(36)}-${n++}-${Math.random().toString(36).slice(2, 7)}`;

export const base64url = (text: string) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** A fresh URL on the fault server that answers 200 with `text` as application/json. */
export const rawJsonUrl = (text: string) => `/fault/json?key=${uniq()}&body=${base64url(text)}`;
export const jsonUrl = (json: unknown) => rawJsonUrl(JSON.stringify(json));

/** A fresh URL for the good report. */
export const goodUrl = () => `${GOOD}?t=${uniq()}`;

export const realReport = async (): Promise<Record<string, unknown>> =>
  (await fetch(GOOD, { cache: 'no-store' })).json();

export interface Watch {
  warns: unknown[][];
  uncaught: unknown[];
  restore(): void;
}

/** Stubs console.warn (counting) and records uncaught errors and unhandled rejections. */
export function watch(): Watch {
  const warns: unknown[][] = [];
  const uncaught: unknown[] = [];
  const real = console.warn;
  console.warn = (...args: unknown[]) => void warns.push(args);
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    warns,
    uncaught,
    restore() {
      console.warn = real;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export interface Mounted<E extends HTMLElement = HTMLElement> {
  el: E;
  errors: CustomEvent<DkErrorDetail>[];
  readies: Event[];
  /** The message shown in the widget when each dk-error was dispatched. */
  shownAtError: string[];
}

/** Creates a widget with its events recorded from the start; not yet in the page. */
export function create<E extends HTMLElement = HTMLElement>(
  tag: WidgetTag,
  attrs: Record<string, string> = {},
  props: Record<string, unknown> = {},
): Mounted<E> {
  const el = document.createElement(tag) as unknown as E;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  const errors: CustomEvent<DkErrorDetail>[] = [];
  const readies: Event[] = [];
  const shownAtError: string[] = [];
  el.addEventListener('dk-error', (e) => {
    errors.push(e as CustomEvent<DkErrorDetail>);
    // What the widget shows at the moment it tells the page (the message must already be there).
    shownAtError.push(shownMessage(el));
  });
  el.addEventListener('dk-ready', (e) => readies.push(e));
  return { el, errors, readies, shownAtError };
}

/** A container in the page that tests remove afterwards. */
export function stage(lang?: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'errors-stage';
  if (lang) div.lang = lang;
  document.body.append(div);
  return div;
}

export const clearStages = () => document.querySelectorAll('.errors-stage').forEach((s) => s.remove());

/** Waits until `el` leaves `loading` (at most `bound` ms), then a task for dk-ready/dk-error; returns its state. */
export async function settle(el: HTMLElement, bound = 5000): Promise<WidgetState> {
  await settled(el, bound);
  await new Promise((r) => setTimeout(r, 0));
  return el.getAttribute('state') as WidgetState;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The message the widget shows in its error view. */
export const shownMessage = (el: HTMLElement) =>
  (el.shadowRoot?.querySelector('[part~="error"] p')?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface ExpectedFailure {
  code: ReportErrorCode;
  /** Patterns the shown message must match, e.g. what is wrong and what to check. */
  says?: RegExp[];
}

/**
 * Asserts the whole error contract for one settled widget: state="error", the message inside the
 * widget, exactly one dk-error (bubbling, composed) with message + code + technical cause, and
 * exactly one console.warn naming the element.
 */
export function expectFailed(m: Mounted, w: Watch, { code, says = [] }: ExpectedFailure): DkErrorDetail {
  const { el, errors, readies } = m;
  expect(el.getAttribute('state'), `<${el.localName}> state`).to.equal('error');
  expect(readies, 'no dk-ready').to.have.length(0);
  expect(errors, 'exactly one dk-error').to.have.length(1);
  const event = errors[0];
  expect(event.bubbles && event.composed, 'dk-error bubbles and is composed').to.equal(true);
  const { detail } = event;
  expect(detail.message).to.be.a('string').and.not.equal('');
  expect(detail.code).to.equal(code);
  expect(detail.cause, 'detail.cause is the technical error').to.be.instanceOf(ReportError);
  expect((detail.cause as ReportError).code).to.equal(code);
  expect((detail.cause as ReportError).message)
    .to.be.a('string')
    .and.not.equal('');
  expect(shownMessage(el), 'the message is shown inside the widget').to.equal(detail.message);
  expect(m.shownAtError[0], 'the message is shown when dk-error is dispatched').to.equal(detail.message);
  for (const re of says) expect(detail.message).to.match(re);
  const mine = w.warns.filter((args) => typeof args[0] === 'string' && args[0].startsWith(`<${el.localName}>`));
  expect(
    mine.filter((args) => args.includes(detail.cause)),
    'one console.warn for this failure',
  ).to.have.length(1);
  return detail;
}

/** No uncaught error or unhandled rejection reached the window (after a moment for late ones). */
export async function expectNothingThrown(w: Watch): Promise<void> {
  await sleep(50);
  expect(w.uncaught.map(String), 'uncaught errors / unhandled rejections').to.deep.equal([]);
}
