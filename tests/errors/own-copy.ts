// For the pages that load their own copy of the built bundle (/copy-…/datakultur-widgets.js) and
// so cannot use helpers.ts, which defines the elements from src/.

let n = 0;
export const key = () => `${Date.now()}-${n++}`;

export async function failing(tag: string, attrs: Record<string, string>, lang: string) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: CustomEvent<{ message: string; code: string }>[] = [];
  const readies: Event[] = [];
  el.addEventListener('dk-error', (e) => errors.push(e as CustomEvent<{ message: string; code: string }>));
  el.addEventListener('dk-ready', (e) => readies.push(e));
  const div = document.createElement('div');
  div.lang = lang;
  div.append(el);
  document.body.append(div);
  await settled(el);
  return { el, errors, readies, div };
}

export async function settled(el: Element) {
  const t0 = performance.now();
  while (!el.getAttribute('state') || el.getAttribute('state') === 'loading') {
    if (performance.now() - t0 > 5000) throw new Error(`<${el.localName}> still loading after 5 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 0));
}

export const shown = (el: Element) => el.shadowRoot!.querySelector('[part~="error"] p')?.textContent?.trim();
