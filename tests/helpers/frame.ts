import { waitUntil } from '@open-wc/testing';

/**
 * An iframe in the test page, `width` × `height` px, showing `html` (as its srcdoc) or the page at
 * `src`; resolves once it has loaded. Each frame is a document of its own: its own module map, so
 * a built bundle loaded there is a fresh copy.
 */
export async function frame(
  page: { html: string } | { src: string },
  { width = 1000, height = 1400 } = {},
): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  if ('html' in page) f.srcdoc = page.html;
  else f.src = page.src;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  await loaded;
  return f;
}

/** The widgets (dk-* elements) in `doc`. */
export const widgetsIn = (doc: Document) => [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('dk-'));

/** Waits until `doc` has widgets and every one of them is in a state `ok` accepts (default: ready). */
export async function widgetsSettled(
  doc: Document,
  {
    ok = (state: string | null): boolean => state === 'ready',
    timeout = 8000,
  }: { ok?: (state: string | null) => boolean; timeout?: number } = {},
): Promise<Element[]> {
  await waitUntil(
    () => widgetsIn(doc).length > 0 && widgetsIn(doc).every((e) => ok(e.getAttribute('state'))),
    `widgets never settled: ${widgetsIn(doc)
      .map((e) => `${e.localName} ${e.getAttribute('state')}`)
      .join(', ')}`,
    { timeout },
  );
  return widgetsIn(doc);
}
