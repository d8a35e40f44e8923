// The embed-code builder's one piece of logic: the HTML an editor pastes, for either way in.

export type WidgetName = 'headline-stat' | 'quote-card' | 'donut-chart' | 'bar-chart';

/** Which attribute selects the item, per widget. */
export const ID_ATTRIBUTE: Record<WidgetName, 'stat' | 'quote' | 'question'> = {
  'headline-stat': 'stat',
  'quote-card': 'quote',
  'donut-chart': 'question',
  'bar-chart': 'question',
};

export interface SnippetOptions {
  widget: WidgetName;
  id: string;
  /** Absolute URL of the report JSON. */
  src: string;
  /** Absolute URL of dist/ (ends with a slash). */
  base: string;
  lang: 'da' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  sort?: 'desc' | 'asc';
  headingLevel?: number;
  /** Charts: leave out the "Hent data (CSV)" / "Hent billede (PNG)" buttons (`no-downloads`). */
  noDownloads?: boolean;
  /** Headline stat and quote card: show the report's source line (`show-source`). */
  showSource?: boolean;
  /** The iframe's title: what the widget shows. */
  title: string;
  mode: 'script' | 'iframe';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe's height until embed-resize.js sets its content's, and for good where a CMS strips
 * that script: tall enough for the report's tallest item of each widget in a 320 px column (a
 * 360 px phone with the page's margins), as measured in Chromium (README, "In a CMS"), plus ~5 %.
 * On a wide column that leaves space below the widget; content taller still scrolls in the frame.
 */
export const HEIGHT: Record<WidgetName, number> = {
  'headline-stat': 170,
  'quote-card': 840,
  'donut-chart': 940,
  'bar-chart': 910,
};

/**
 * The resize script's tag: a classic script (no CORS needed from another origin), async, once per
 * page — best in the site's template, where a CMS that strips scripts from content leaves it alone.
 */
export const resizeScript = (base: string) => `<script src="${esc(`${base}embed-resize.js`)}" async></script>`;

const CHARTS: WidgetName[] = ['donut-chart', 'bar-chart'];

export function snippet(o: SnippetOptions): string {
  const chart = CHARTS.includes(o.widget);
  // A switch (`true`) is written with no value; anything empty is left out.
  const options: [string, string | true | undefined][] = [
    ['theme', o.theme],
    ['sort', o.widget === 'bar-chart' ? o.sort : undefined],
    ['heading-level', o.headingLevel && o.widget !== 'headline-stat' ? String(o.headingLevel) : undefined],
    ['no-downloads', (o.noDownloads && chart) || undefined],
    ['show-source', (o.showSource && !chart) || undefined],
  ];
  if (o.mode === 'iframe') {
    const q = new URLSearchParams({ widget: o.widget, id: o.id, src: o.src, lang: o.lang });
    for (const [k, v] of options) if (v) q.set(k, v === true ? '' : v);
    // Attributes only: a host page's `style-src 'self'` CSP blocks a style attribute (the frame
    // would be 300 px wide, with a border). The resize script sets the height through the CSSOM.
    return [
      `<iframe src="${esc(`${o.base}embed.html?${q.toString()}`)}" title="${esc(o.title)}" width="100%" height="${HEIGHT[o.widget]}" frameborder="0" loading="lazy"></iframe>`,
      resizeScript(o.base),
    ].join('\n');
  }
  const attrs: [string, string | true | undefined][] = [
    ['src', o.src],
    [ID_ATTRIBUTE[o.widget], o.id],
    ['lang', o.lang === 'en' ? 'en' : undefined],
    ...options,
  ];
  const list = attrs
    .filter(([, v]) => v)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v!)}"`))
    .join('');
  return [
    `<script type="module" src="${esc(`${o.base}datakultur-widgets.js`)}"></script>`,
    `<dk-${o.widget}${list}></dk-${o.widget}>`,
  ].join('\n');
}
