// What every story shares: where the data is, the page a story is shown on (language, theme,
// width), and the one model a story renders from — so the HTML snippet in its docs is built from
// exactly what the canvas shows.
import manifest from '../../custom-elements.json';
import reportJson from '../../data/datakultur.json';
import type { Report } from '../../src/datakultur-widgets.js';
import { HOLD, holdOpen } from './hold.js';

/** The bundled report, as the stories' own text source (never copied by hand into a story). */
export const report = reportJson as unknown as Report;

/** The report, relative to the preview page: the catalogue also works from a sub-folder. */
export const DATA = 'data/datakultur.json';

/** Where the snippets say the files are. A placeholder: the publisher's own host goes here. */
export const CDN = 'https://cdn.example.org/datakultur-widgets/';

/** The embed-code builder on the demo site. Set STORYBOOK_BUILDER_URL when building to point elsewhere. */
export const BUILDER_URL: string =
  (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.STORYBOOK_BUILDER_URL ||
  '/builder.html';

export const builderLink = `<a href="${BUILDER_URL}" target="_blank" rel="noopener">embed-code builder</a>`;

export type Tag = 'dk-headline-stat' | 'dk-quote-card' | 'dk-donut-chart' | 'dk-bar-chart';

/** The page a story is shown on: `theme` and `locale` come from the toolbar or the story's globals. */
export const THEMES = {
  light: {
    title: 'Light',
    page: { 'color-scheme': 'light', background: '#ffffff', color: '#1d2329' },
    tokens: {},
  },
  dark: {
    title: 'Dark',
    page: { 'color-scheme': 'dark', background: '#14181d', color: '#e6e9ee' },
    tokens: {},
  },
  // A fictional municipality's design, set through the public --dk-* tokens and nothing else.
  brand: {
    title: 'Brand (tokens only)',
    page: { 'color-scheme': 'light', background: '#ffffff', color: '#1d2329' },
    tokens: {
      '--dk-font-family': 'Georgia, "Times New Roman", serif',
      '--dk-color-text': '#1f2a27',
      '--dk-color-accent': '#00594f',
      '--dk-color-muted': '#4a5a56',
      '--dk-color-surface': '#e9f3f0',
      '--dk-color-background': '#ffffff',
      '--dk-radius': '0',
      '--dk-stat-value-size': '4em',
      '--dk-series-1': '#00594f',
      '--dk-series-2': '#c2410c',
      '--dk-series-3': '#6d28d9',
      '--dk-series-4': '#0369a1',
      '--dk-series-5': '#a16207',
      '--dk-series-6': '#be123c',
      '--dk-series-7': '#4b5563',
    },
  },
} as const;
export type ThemeName = keyof typeof THEMES;

export const WIDTHS = { narrow: 320, medium: 768, wide: 1280 } as const;

/** What the decorator and the snippet need to know about the page around the widget. */
export interface Frame {
  locale: 'da' | 'en';
  theme: ThemeName;
  /** Width of the column the widget sits in, in CSS pixels. */
  width?: number;
}

export interface StoryContextLike {
  args: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown> & { dk?: DkParameters };
  viewMode?: string;
}

/** `parameters.dk` of a story. */
export interface DkParameters {
  /** The column width the story is shown in (also in docs, where the viewport does not apply). */
  width?: number;
  /** Hold the request open: the widget stays in its loading state (see hold.ts). */
  holdOpen?: boolean;
  /** Hand the report in as the `report` property instead of `src`. */
  reportProperty?: boolean;
  /** A line of HTML comment above the snippet. */
  note?: string;
  /** Builds the story's snippet; set by the meta factory, or by a story that composes its own page. */
  snippet?: (ctx: StoryContextLike) => string | Promise<string>;
}

export function frameOf(ctx: StoryContextLike): Frame {
  const theme = String(ctx.globals.theme ?? 'light');
  return {
    locale: ctx.globals.locale === 'en' ? 'en' : 'da',
    theme: theme in THEMES ? (theme as ThemeName) : 'light',
    width: ctx.parameters.dk?.width,
  };
}

/** The CSS of the page around the widget, as declarations (empty for the default light page). */
export function frameCss(frame: Frame, { forSnippet = false } = {}): Record<string, string> {
  const t = THEMES[frame.theme];
  return {
    ...(frame.theme === 'dark' || !forSnippet ? t.page : {}),
    ...t.tokens,
    ...(frame.width ? { 'max-width': `${frame.width}px` } : {}),
  };
}

// ---- the manifest ---------------------------------------------------------------------------

interface CemAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: CemAttribute[];
  members?: { name: string; kind: string; readonly?: boolean }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  slots?: { name: string; description?: string }[];
}

export function declarationOf(tag: Tag): CemDeclaration {
  for (const m of (manifest as { modules: { declarations?: CemDeclaration[] }[] }).modules)
    for (const d of m.declarations ?? []) if (d.tagName === tag) return d;
  throw new Error(`${tag} is not in custom-elements.json: run npm run analyze`);
}

/** The element's attributes, from the manifest: what a control may set and a snippet may show. */
export const attributesOf = (tag: Tag): string[] => (declarationOf(tag).attributes ?? []).map((a) => a.name);

// ---- the model a story renders from ---------------------------------------------------------

export interface Model {
  tag: Tag;
  /** In the order the snippet shows them. */
  attrs: [string, string][];
  /** --dk-* tokens set on the element itself (from the Playground's controls). */
  style: [string, string][];
  /** Inline quote text, paragraphs separated by a blank line (quote card's default slot). */
  content?: string;
  reportProperty?: boolean;
  holdOpen?: boolean;
}

const FIRST = ['src', 'stat', 'quote', 'question'];

export function modelOf(tag: Tag, args: Record<string, unknown>, dk: DkParameters = {}): Model {
  const known = attributesOf(tag);
  const order = (a: string) => (FIRST.includes(a) ? FIRST.indexOf(a) : FIRST.length);
  // A boolean attribute (`no-downloads`, `show-source`) is there when true, with no value, and
  // absent when false: `no-downloads="false"` would switch it on.
  const attrs = known
    .filter((name) => name !== 'state' && args[name] !== undefined && args[name] !== null && args[name] !== '')
    .filter((name) => args[name] !== false)
    .filter((name) => !(dk.reportProperty && name === 'src'))
    .sort((a, b) => order(a) - order(b))
    .map((name): [string, string] => [name, args[name] === true ? '' : String(args[name])]);
  const style = Object.entries(args)
    .filter(([k, v]) => k.startsWith('--') && typeof v === 'string' && v.trim())
    .map(([k, v]): [string, string] => [k, String(v)]);
  return {
    tag,
    attrs,
    style,
    content: typeof args.content === 'string' && args.content.trim() ? args.content : undefined,
    reportProperty: dk.reportProperty,
    holdOpen: dk.holdOpen,
  };
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** The element a model describes, ready to be put on the page. */
export function renderModel(m: Model): HTMLElement {
  const el = document.createElement(m.tag);
  for (const [name, value] of m.attrs) el.setAttribute(name, value);
  for (const [name, value] of m.style) el.style.setProperty(name, value);
  if (m.content)
    for (const text of paragraphs(m.content)) {
      const p = document.createElement('p');
      p.textContent = text;
      el.append(p);
    }
  // A JSON import is a plain object, as a developer's `await res.json()` would be.
  if (m.reportProperty) (el as HTMLElement & { report?: Report }).report = structuredClone(report);
  if (m.holdOpen) holdOpen(el as HTMLElement & { src?: string; timeout?: number });
  return el;
}

// ---- the snippet ----------------------------------------------------------------------------

export const SCRIPT = `<script type="module" src="${CDN}datakultur-widgets.js"></script>`;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A `src` as the snippet shows it: the bundled files on the CDN, anything else as it is. */
export function publicUrl(src: string): string {
  if (src.includes(HOLD)) return CDN + DATA;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return src;
  return CDN + src.replace(/^\.?\//, '');
}

const indent = (lines: string[], by = '  ') => lines.map((l) => (l ? by + l : l));

export function elementHtml(m: Model, locale: Frame['locale']): string[] {
  // The order of the embed-code builder's snippets: src, the id, lang, then the rest.
  const mapped = m.attrs.map(([k, v]): [string, string] => [k, k === 'src' ? publicUrl(v) : v]);
  const lead = mapped.filter(([k]) => FIRST.includes(k));
  const attrs: [string, string][] = [
    ...lead,
    ...(locale === 'en' ? [['lang', 'en'] as [string, string]] : []),
    ...mapped.filter(([k]) => !FIRST.includes(k)),
    ...(m.style.length ? [['style', m.style.map(([k, v]) => `${k}: ${v}`).join('; ')] as [string, string]] : []),
  ];
  const parts = attrs.map(([k, v]) => (v === '' ? k : `${k}="${escapeAttr(v)}"`));
  const oneLine = `<${m.tag}${parts.map((p) => ' ' + p).join('')}>`;
  const open = oneLine.length <= 110 ? [oneLine] : [`<${m.tag}`, ...indent(parts), '>'];
  const body = m.content ? indent(paragraphs(m.content).map((p) => `<p>${escapeText(p)}</p>`)) : [];
  if (!body.length) return open.length === 1 ? [`${open[0]}</${m.tag}>`] : [...open.slice(0, -1), `></${m.tag}>`];
  return [...open, ...body, `</${m.tag}>`];
}

/** The HTML to paste: the script, the page's CSS when the story's page is not the default, the element. */
export function snippetOf(m: Model, frame: Frame, note?: string): string {
  const out: string[] = [SCRIPT, ''];
  if (note) out.push(`<!-- ${note} -->`);
  let element = elementHtml(m, frame.locale);
  if (m.reportProperty)
    element = [
      ...element,
      '<script type="module">',
      `  const el = document.querySelector('${m.tag}');`,
      `  el.report = await (await fetch('${CDN}${DATA}')).json();`,
      '</script>',
    ];
  const css = frameCss(frame, { forSnippet: true });
  if (!Object.keys(css).length) return [...out, ...element].join('\n');
  const comment =
    frame.theme === 'brand'
      ? '/* A brand theme: only --dk-* tokens. */'
      : frame.theme === 'dark'
        ? '/* A dark page: the widget follows its color-scheme. */'
        : '/* The column the widget sits in. */';
  return [
    ...out,
    '<style>',
    `  ${comment}`,
    '  .dk-example {',
    ...Object.entries(css).map(([k, v]) => `    ${k}: ${v};`),
    '  }',
    '</style>',
    '<div class="dk-example">',
    ...indent(element),
    '</div>',
  ].join('\n');
}
