import { expect } from '@open-wc/testing';
import '../../src/datakultur-widgets.js';
import { ReportError } from '../../src/data/types.js';
import type { ReportErrorCode } from '../../src/data/types.js';
import type { DkErrorDetail } from '../../src/internal/dk-element.js';
import { shownMessage, uniq } from './record.js';
import type { Mounted, Watch } from './record.js';
export * from './record.js';

// Shared by tests/errors/*: the recorders of record.ts (widgets with their events, a console.warn
// stub, a watch on uncaught errors), with the elements defined from src/, and the error contract.

export const GOOD = '/data/datakultur.json';

/** The four widgets, each with an id the real report has. */
export const WIDGETS = [
  { tag: 'dk-headline-stat', attr: 'stat', id: 'more-data-driven' },
  { tag: 'dk-quote-card', attr: 'quote', id: 'top-management' },
  { tag: 'dk-donut-chart', attr: 'question', id: 'roles' },
  { tag: 'dk-bar-chart', attr: 'question', id: 'usage-contexts' },
] as const;
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

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

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
