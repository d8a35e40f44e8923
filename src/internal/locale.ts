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

/**
 * "84,73 %" (da), "84.73%" (en), "1.000" (da count): exactly what `Intl.NumberFormat` writes for
 * these two languages (tests/internal/locale.test.ts compares them on thousands of values), but
 * without ICU's one-time set-up, 15–20 ms of main thread here and several times that on a phone,
 * which every page with a widget paid before its first number (and which held the charts back
 * by as much: tests/components/no-icu.test.ts). Numbers JavaScript writes with an exponent
 * (below 10⁻⁶, from 10²¹), NaN and ∞ go to Intl.
 */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const percent = unit === 'percent';
  const x = percent ? value / 100 : value;
  // Intl rounds the shortest decimal form of the number (of value / 100 for a percentage) half
  // away from zero, at four decimals of the fraction or three of a count: 1.005 % → 1 % (0.01005
  // is 0.010049999…), 41.315 % → 41.31 %. So the rounding is done on the digits, not in floating
  // point (toFixed and Math.round disagree with Intl on such values).
  const m = /^(\d+)\.?(\d*)$/.exec(String(Math.abs(x)));
  if (!m) return new Intl.NumberFormat(lang, percent ? { style: 'percent', maximumFractionDigits: 2 } : {}).format(x);
  const digits = percent ? 4 : 3;
  const rest = m[2].padEnd(digits + 1, '0');
  // In the unit shown: hundredths of a percent, thousandths of a count.
  const point = percent ? 2 : 3;
  const shown = (BigInt(m[1] + rest.slice(0, digits)) + BigInt(rest[digits] >= '5'))
    .toString()
    .padStart(point + 1, '0');
  const cut = shown.length - point;
  const decimals = shown.slice(cut).replace(/0+$/, '');
  const da = lang === 'da';
  const text =
    (1 / value < 0 ? '-' : '') +
    shown.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, da ? '.' : ',') +
    (decimals && (da ? ',' : '.') + decimals);
  return percent ? text + (da ? '\u00a0%' : '%') : text;
}

/**
 * The words every widget needs at hand: while loading, and when failing before the error
 * messages (`errors.ts`, fetched the first time a widget fails) could be fetched too.
 */
export const words = {
  da: { loading: 'Henter data …', retry: 'Prøv igen', failed: 'Data kunne ikke vises.' },
  en: { loading: 'Loading data …', retry: 'Try again', failed: 'The data could not be shown.' },
} as const;
