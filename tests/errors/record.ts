import { settled } from '../helpers/settle.js';
import type { DkErrorDetail, WidgetState } from '../../src/internal/dk-element.js';

// The parts of the errors tests' helpers that define nothing: for helpers.ts (which defines the
// elements from src/) and for the pages that load their own copy of the built bundle (own-copy.ts).

let n = 0;
/** A key no other test has used (the report cache is page-wide). */
export const uniq = () => `${Date.now().toString(36)}-${n++}-${Math.random().toString(36).slice(2, 7)}`;

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
  tag: string,
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

/** The message the widget shows in its error view. */
export const shownMessage = (el: HTMLElement) =>
  (el.shadowRoot?.querySelector('[part~="error"] p')?.textContent ?? '').replace(/\s+/g, ' ').trim();
