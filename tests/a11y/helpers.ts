// Shared by the tests in tests/a11y: mounting a widget in a page-like wrapper, waiting for it,
// WCAG colour maths and forced-colors emulation.
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/datakultur-widgets.js';
import type { DkElement } from '../../src/internal/dk-element.js';
import type { Report } from '../../src/data/types.js';
import { settled } from '../helpers/settle.js';

export const SRC = '/data/datakultur.json';
export const report: Report = await (await fetch(SRC)).json();

export type Tag = 'dk-headline-stat' | 'dk-quote-card' | 'dk-donut-chart' | 'dk-bar-chart';
export const TAGS: Tag[] = ['dk-headline-stat', 'dk-quote-card', 'dk-donut-chart', 'dk-bar-chart'];
export const CHARTS: Tag[] = ['dk-donut-chart', 'dk-bar-chart'];

/** The attribute that picks each widget's item, and an id the bundled report has. */
export const PICK: Record<Tag, [string, string]> = {
  'dk-headline-stat': ['stat', 'more-data-driven'],
  'dk-quote-card': ['quote', 'cross-disciplinary'],
  'dk-donut-chart': ['question', 'roles'],
  'dk-bar-chart': ['question', 'usage-contexts'],
};

/** A dark page as a site with dark mode would have it: dark background, light text. */
export const DARK_PAGE = { background: '#14181d', color: '#e8ecf0' };
export const LIGHT_PAGE = { background: '#ffffff', color: '#000000' };

export interface Mount {
  lang?: 'da' | 'en';
  dark?: boolean;
  /** Attributes of the widget. */
  attrs?: Record<string, string>;
  /** Properties of the widget (e.g. `report`). */
  props?: Record<string, unknown>;
  /** Light-DOM content (the quote card's inline quote). */
  children?: string;
  /** Inline style of the wrapper. */
  style?: string;
}

/**
 * Puts `tag` inside a wrapper that plays the page: its `lang`, and for `dark` a dark background
 * and light text behind a widget with `theme="dark"`. Returns the widget.
 */
export async function mount<T extends HTMLElement = DkElement<unknown>>(tag: Tag, opts: Mount = {}): Promise<T> {
  const page = opts.dark ? DARK_PAGE : LIGHT_PAGE;
  const wrap = await fixture<HTMLDivElement>(
    html`<div
      lang=${opts.lang ?? 'da'}
      style="background:${page.background};color:${page.color};padding:8px;${opts.style ?? ''}"
    ></div>`,
  );
  const el = document.createElement(tag) as unknown as T;
  if (opts.dark) el.setAttribute('theme', 'dark');
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  Object.assign(el, opts.props ?? {});
  if (opts.children) el.innerHTML = opts.children;
  wrap.append(el);
  return el;
}

/** A ready widget on the bundled report (given as a property: no request). */
export async function ready<T extends HTMLElement = DkElement<unknown>>(tag: Tag, opts: Mount = {}): Promise<T> {
  const [attr, id] = PICK[tag];
  const el = await mount<T>(tag, { ...opts, attrs: { [attr]: id, ...opts.attrs }, props: { report, ...opts.props } });
  const state = await settled(el);
  if (state !== 'ready') throw new Error(`${tag} ended in ${state}`);
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** Text with Intl's no-break spaces as plain ones and whitespace collapsed. */
export const text = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Shows the chart's data table with its toggle. */
export async function showTable(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  $<HTMLButtonElement>(el, '[part~="table-toggle"]')!.click();
  await el.updateComplete;
}

// ---------------------------------------------------------------------------------------------
// Colour

export type RGBA = [number, number, number, number];

/** Parses a computed colour: `rgb()`, `rgba()`, `color(srgb r g b / a)` (what color-mix() gives) or `#rrggbb`. */
export function parseColor(value: string): RGBA {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(value.trim());
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16), 1];
  let m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
  m = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (m) return [+m[1] * 255, +m[2] * 255, +m[3] * 255, m[4] === undefined ? 1 : +m[4]];
  throw new Error(`Cannot parse colour "${value}"`);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
}

/** WCAG 2.x relative luminance. */
export function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.x contrast ratio of two colours (a translucent `a` is painted over `b`). */
export function contrast(a: RGBA | string, b: RGBA | string): number {
  const cb = typeof b === 'string' ? parseColor(b) : b;
  const ca = over(typeof a === 'string' ? parseColor(a) : a, cb);
  const [l1, l2] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Resolves a CSS colour expression (`var(--_s1)`, `CanvasText`, …) in the context of an element
 * inside a widget's shadow root, the way the chart does it for its canvas.
 */
export function resolveColor(inside: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', value);
  (inside as HTMLElement).append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

// ---------------------------------------------------------------------------------------------
// Media features the built-in emulateMedia command does not pass on (see plugins.mjs).

export async function forcedColors(active: boolean) {
  await executeServerCommand('media-features', active ? [{ name: 'forced-colors', value: 'active' }] : []);
}
