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

/** A sensible iframe height before the resize script has measured the content. */
const HEIGHT: Record<WidgetName, number> = {
  'headline-stat': 180,
  'quote-card': 420,
  'donut-chart': 460,
  'bar-chart': 560,
};

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
    return [
      `<iframe src="${esc(`${o.base}embed.html?${q.toString()}`)}" title="${esc(o.title)}" loading="lazy" style="width: 100%; height: ${HEIGHT[o.widget]}px; border: 0"></iframe>`,
      `<script type="module" src="${esc(`${o.base}embed-resize.js`)}"></script>`,
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
