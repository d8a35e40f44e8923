import { oneEvent, waitUntil } from '@open-wc/testing';
import type { WidgetState } from '../../src/internal/dk-element.js';

/** Waits until the widget leaves `loading`; returns its state. */
export async function settled(el: HTMLElement, timeout = 5000): Promise<WidgetState> {
  await waitUntil(() => el.getAttribute('state') !== 'loading' && el.hasAttribute('state'), 'widget never settled', {
    timeout,
  });
  return el.getAttribute('state') as WidgetState;
}

/** The shadow root's text with whitespace collapsed. */
export const shadowText = (el: HTMLElement, selector = ':host') =>
  ((selector === ':host' ? el.shadowRoot : el.shadowRoot!.querySelector(selector))?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

export const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A URL to the report no other test has used, so the page-wide cache does not hide a request. */
let n = 0;
export const freshReportUrl = () => `/data/datakultur.json?t=${Date.now()}-${n++}`;

/** How many requests the page made for `url` (Resource Timing). */
export const requestsFor = (url: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name === new URL(url, location.href).href).length;

export { oneEvent };
