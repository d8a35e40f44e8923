// For the pages that load their own copy of the built bundle (/copy-…/datakultur-widgets.js) and
// so cannot use helpers.ts, which defines the elements from src/.

let n = 0;
export const key = () => `${Date.now()}-${n++}`;

export async function failing(tag: string, attrs: Record<string, string>, lang: string, bound = 5000) {
  const el = document.createElement(tag);
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
  return { el, errors, readies, div, shownAtError };
}

export async function settled(el: Element, bound = 5000) {
  const t0 = performance.now();
  while (!el.getAttribute('state') || el.getAttribute('state') === 'loading') {
    if (performance.now() - t0 > bound) throw new Error(`<${el.localName}> still loading after ${bound} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 0));
}

export const shown = (el: Element) => el.shadowRoot!.querySelector('[part~="error"] p')?.textContent?.trim();
