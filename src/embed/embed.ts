// dist/embed.html's script: renders one widget from the query string, for CMSs that strip
// scripts or custom tags, and tells the host page its height (see embed-resize.ts).
//   embed.html?widget=donut-chart&id=roles&src=…/datakultur.json&lang=da&theme=light&no-downloads
import '../datakultur-widgets.js';

const WIDGETS = {
  'headline-stat': 'stat',
  'quote-card': 'quote',
  'donut-chart': 'question',
  'bar-chart': 'question',
} as const;

const q = new URLSearchParams(location.search);
const widget = (q.get('widget') ?? '') as keyof typeof WIDGETS;
const lang = q.get('lang') === 'en' ? 'en' : 'da';
document.documentElement.lang = lang;
// The frame's own text and background follow the widget's theme (embed.css).
const theme = q.get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') document.documentElement.dataset.theme = theme;

const tag = WIDGETS[widget] ? `dk-${widget}` : 'dk-headline-stat';
const el = document.createElement(tag);
// The report beside this page (dist/data/), as published; resolved against the page, not this
// script, so the dev server's /dist/ (vite.config.ts) finds it too.
el.setAttribute('src', q.get('src') || new URL('data/datakultur.json', location.href).href);
el.setAttribute(WIDGETS[widget] ?? 'stat', q.get('id') ?? '');
// `no-downloads` and `show-source` are switches: present (`&no-downloads`) is on.
for (const name of ['theme', 'sort', 'heading-level', 'timeout', 'no-downloads', 'show-source']) {
  const v = q.get(name);
  if (v !== null) el.setAttribute(name, v);
}
document.querySelector('main')!.append(el);

// The host page's resize script (embed-resize.ts) matches the message to its iframe by
// `event.source`. It may load after this frame has rendered: then it asks, and gets, the height again.
const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
const send = (h: number) => parent.postMessage({ type: 'datakultur-widgets:height', height: h }, '*');
let last = 0;
const changed = () => {
  if (height() === last) return;
  last = height();
  send(last);
};
new ResizeObserver(changed).observe(document.documentElement);
// Chromium runs no ResizeObserver in a cross-origin frame out of view: tell the height when the
// widget has rendered too, so a frame below the fold is the right height before it is scrolled to.
el.addEventListener('dk-ready', changed);
el.addEventListener('dk-error', changed);
addEventListener('message', (e: MessageEvent) => {
  if (e.source === parent && (e.data as { type?: unknown } | null)?.type === 'datakultur-widgets:measure')
    send(height());
});
