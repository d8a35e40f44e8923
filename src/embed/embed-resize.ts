// For the page that holds embed.html iframes: sets each one's height to its content's, as
// Datawrapper's and Flourish's embeds do. Goes once in the site's template, anywhere on the page:
//   <script src="…/embed-resize.js" async></script>
// A classic script, not a module (vite.config.ts builds it as one): another origin can serve it
// without CORS headers. Hence the IIFE: no globals of its own on someone else's page. Heights are
// set through the CSSOM, which a `style-src 'self'` CSP allows (a style attribute it blocks). Safe
// to include more than once, and late: it asks the frames already there for their height again.
(() => {
  const KEY = Symbol.for('datakultur-widgets.resize');
  const g = globalThis as unknown as Record<typeof KEY, boolean>;
  if (g[KEY]) return;
  g[KEY] = true;
  addEventListener('message', (e: MessageEvent) => {
    const d = e.data as { type?: unknown; height?: unknown } | null;
    if (!d || d.type !== 'datakultur-widgets:height' || typeof d.height !== 'number' || !(d.height >= 0)) return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === e.source)
        frame.style.setProperty('height', `${Math.min(Math.max(Math.ceil(d.height), 40), 5000)}px`);
  });
  // Frames that rendered before this script ran (a footer script, a consent manager) told nobody:
  // ask them again. A frame that has not loaded yet sends its height when it renders.
  for (const frame of document.querySelectorAll('iframe'))
    frame.contentWindow?.postMessage({ type: 'datakultur-widgets:measure' }, '*');
})();
