// For the pages that load their own copy of the built bundle (/copy-…/datakultur-widgets.js) and
// so cannot use helpers.ts, which defines the elements from src/.
import { settled } from '../helpers/settle.js';

let n = 0;
export const key = () => `${Date.now()}-${n++}`;

export async function failing(tag: string, attrs: Record<string, string>, lang: string, bound = 5000) {
  const el = document.createElement(tag) as HTMLElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: CustomEvent<{ message: string; code: string }>[] = [];
  const readies: Event[] = [];
  const shownAtError: (string | undefined)[] = [];
  el.addEventListener('dk-error', (e) => {
    errors.push(e as CustomEvent<{ message: string; code: string }>);
    shownAtError.push(shown(el));
  });
  el.addEventListener('dk-ready', (e) => readies.push(e));
  const div = document.createElement('div');
  div.lang = lang;
  div.append(el);
  document.body.append(div);
  await settled(el, bound);
  await new Promise((r) => setTimeout(r, 0)); // let dk-error land
  return { el, errors, readies, div, shownAtError };
}

export const shown = (el: Element) => el.shadowRoot!.querySelector('[part~="error"] p')?.textContent?.trim();
