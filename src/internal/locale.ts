import type { Unit } from '../data/types.js';

/** The widgets' own languages. Anything else falls back to Danish. */
export type Lang = 'da' | 'en';

/** The nearest `lang` attribute: the element, its ancestors (across shadow roots), then `<html>`. */
export function langOf(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return normalise(found.getAttribute('lang'));
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return normalise(document.documentElement.lang);
}

const normalise = (tag: string | null): Lang => (/^en\b/i.test(tag ?? '') ? 'en' : 'da');

const formats = new Map<string, Intl.NumberFormat>();

/**
 * The figure as the page's language writes it, by `Intl.NumberFormat`: "84,73 %" (da), "84.73%"
 * (en), "1.000" (da count). `value` is in the report's unit: a percentage 0–100 (shown with at
 * most two decimals) or a count (at most three). One formatter per language and unit, made when
 * first needed and kept for the page.
 */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const key = lang + unit;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, unit === 'percent' ? { style: 'percent', maximumFractionDigits: 2 } : {});
    formats.set(key, f);
  }
  return f.format(unit === 'percent' ? value / 100 : value);
}

/**
 * The words every widget needs at hand: while loading, and when failing before the error
 * messages (`errors.ts`, fetched the first time a widget fails) could be fetched too.
 */
export const words = {
  da: { loading: 'Henter data …', retry: 'Prøv igen', failed: 'Data kunne ikke vises.', source: 'Kilde' },
  en: { loading: 'Loading data …', retry: 'Try again', failed: 'The data could not be shown.', source: 'Source' },
} as const;
