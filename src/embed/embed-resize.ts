// For the page that holds embed.html iframes: sets each iframe's height to its content's,
// as Datawrapper's and Flourish's embeds do. Safe to include more than once.
//   <script type="module" src="…/embed-resize.js"></script>
// A module (the empty export) so that its .d.ts declares nothing global: the package types
// `datakultur-widgets/embed-resize.js` for `import 'datakultur-widgets/embed-resize.js'`.
export {};
const KEY = Symbol.for('datakultur-widgets.resize');
const g = globalThis as unknown as Record<typeof KEY, boolean>;
if (!g[KEY]) {
  g[KEY] = true;
  addEventListener('message', (e: MessageEvent) => {
    const d = e.data as { type?: unknown; height?: unknown } | null;
    if (!d || d.type !== 'datakultur-widgets:height' || typeof d.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === e.source) frame.style.height = `${Math.min(Math.max(d.height, 40), 5000)}px`;
  });
}
