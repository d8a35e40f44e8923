// The meta and the stories every widget has: Playground, language, widths, themes, loading,
// every kind of error, the `report` property. Each component's file adds its real cases.
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import {
  DATA,
  WIDTHS,
  attributesOf,
  builderLink,
  declarationOf,
  frameOf,
  modelOf,
  renderModel,
  report,
  snippetOf,
} from './catalogue.js';
import type { DkParameters, StoryContextLike, Tag } from './catalogue.js';
import { holdUrl } from './hold.js';

export type Story = StoryObj;

/** Tags read by scripts/check-storybook.mjs. */
export const TAGS = {
  /** The widget stays in `state="loading"` on purpose. */
  loading: 'loading-on-purpose',
  /** Every widget in the story ends in `state="error"`. */
  error: 'expect-error',
  /** The browser logs the 404 of the request as a console error. */
  console404: 'allow-console-404',
  /** The browser logs the refused connection as a console error. */
  consoleNetwork: 'allow-console-network',
} as const;

/** The attribute that selects the widget's item, and the ids the bundled report has for it. */
const SELECTOR = {
  'dk-headline-stat': { attr: 'stat', ids: () => report.stats.map((s) => s.id) },
  'dk-quote-card': { attr: 'quote', ids: () => report.quotes.map((q) => q.id) },
  'dk-donut-chart': { attr: 'question', ids: () => report.questions.filter((q) => !q.multiple).map((q) => q.id) },
  'dk-bar-chart': { attr: 'question', ids: () => report.questions.map((q) => q.id) },
} as const;

/**
 * Controls the manifest cannot infer (.storybook/manifest-arg-types.ts makes the rest): the
 * report's ids to pick from, and ranges. Only for attributes this element has.
 */
function argTypesOf(tag: Tag): ArgTypes {
  const has = new Set(attributesOf(tag));
  const { attr, ids } = SELECTOR[tag];
  const types: ArgTypes = {
    src: { control: { type: 'text' } },
    [attr]: { control: { type: 'select' }, options: [...ids(), 'findes-ikke'] },
  };
  if (has.has('unit')) types.unit = { control: { type: 'inline-radio' }, options: ['percent', 'count'] };
  if (has.has('timeout')) types.timeout = { control: { type: 'number', min: 0, max: 20000, step: 500 } };
  if (has.has('heading-level')) types['heading-level'] = { control: { type: 'number', min: 1, max: 6, step: 1 } };
  return types;
}

/** Component docs: the manifest's description, how to copy a snippet, and the builder. */
function componentDescription(tag: Tag): string {
  const d = declarationOf(tag);
  return [
    d.summary ? `**${d.summary}**` : '',
    d.description ?? '',
    `Every story below shows the HTML to paste into a page: the script, then the element. The ` +
      `addresses point to a placeholder (\`https://cdn.example.org/datakultur-widgets/\`): put your ` +
      `own host there. Or make the code for any widget in the ${builderLink}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The meta of a widget's stories: args become attributes, tokens and content of one element.
 * Each file spreads it into an object literal with its `title`, which Storybook reads statically.
 */
export function widgetMeta(tag: Tag): Meta {
  return {
    component: tag,
    argTypes: argTypesOf(tag),
    render: (args, ctx) => {
      const el = renderModel(modelOf(tag, args, (ctx.parameters as { dk?: DkParameters }).dk));
      for (const [event, arg] of [
        ['dk-ready', 'onDkReady'],
        ['dk-error', 'onDkError'],
      ] as const) {
        const handler = args[arg] as unknown;
        if (typeof handler === 'function') el.addEventListener(event, handler as EventListener);
      }
      return el;
    },
    parameters: {
      dk: {
        snippet: (ctx: StoryContextLike) =>
          snippetOf(modelOf(tag, ctx.args, ctx.parameters.dk), frameOf(ctx), ctx.parameters.dk?.note),
      } satisfies DkParameters,
      docs: { description: { component: componentDescription(tag) } },
    },
  };
}

const describe = (text: string) => ({ docs: { description: { story: text } } });

/** Adds `dk` parameters to a story without dropping the meta's snippet builder. */
const dk = (p: DkParameters) => p;

// A report that is JSON but not a valid report: the second stat's value is text.
const invalidReport = {
  version: 1,
  title: report.title,
  stats: [report.stats[0], { ...report.stats[1], value: `${report.stats[1].value} %` }],
  questions: [],
  quotes: [],
};
const dataUrl = (type: string, body: string) => `data:${type},${encodeURIComponent(body)}`;

/**
 * The stories every widget has; `id` is one of the bundled report's ids for this widget.
 * Names and tags stay in each component's file, where Storybook's indexer can read them.
 */
export function commonStories(tag: Tag, id: string) {
  const { attr } = SELECTOR[tag];
  const base = { src: DATA, [attr]: id };
  const size = (name: keyof typeof WIDTHS, text: string): Story => ({
    args: base,
    globals: { viewport: { value: name, isRotated: false } },
    parameters: { ...describe(text), dk: dk({ width: WIDTHS[name] }) },
  });
  const error = (text: string, args: Record<string, unknown>, params: DkParameters = {}): Story => ({
    args: { ...base, ...args },
    parameters: { ...describe(text), dk: dk(params) },
  });

  return {
    Playground: {
      args: base,
      parameters: describe(
        'Change any attribute, token or id with the controls below; the snippet follows. Events appear under **Actions**.',
      ),
    } satisfies Story,

    English: {
      args: base,
      globals: { locale: 'en' },
      parameters: describe(
        'On a page (or in an element) with `lang="en"` the widget\'s own words and number formats are English; ' +
          'the report\'s own text stays Danish and is marked `lang="da"` for screen readers.',
      ),
    } satisfies Story,

    Narrow: size('narrow', 'A phone: a 320 px column.'),
    Medium: size('medium', 'A tablet, or the main column of a CMS page: 768 px.'),
    Wide: size('wide', 'A wide desktop column: 1280 px.'),

    Dark: {
      args: base,
      globals: { theme: 'dark' },
      parameters: describe(
        'On a dark page (`color-scheme: dark`) the default colours switch by themselves. `theme="dark"` on the element forces it.',
      ),
    } satisfies Story,

    Brand: {
      args: base,
      globals: { theme: 'brand' },
      parameters: describe(
        "A municipality's own look, set only through the public `--dk-*` custom properties: no `::part`, no other CSS.",
      ),
    } satisfies Story,

    Loading: {
      args: base,
      parameters: {
        ...describe(
          'What the widget shows while the report loads. Here the request is held open on purpose (the story renews it ' +
            'before the widget would give up), so the loading state stays on screen.',
        ),
        dk: dk({ holdOpen: true, note: 'Shows "Henter data …" / "Loading data …" until the report has loaded.' }),
      },
    } satisfies Story,

    ReportProperty: {
      args: { src: undefined, [attr]: id },
      parameters: {
        ...describe(
          'A developer hands the report in as the `report` property: no `src`, no request; validated the same way.',
        ),
        dk: dk({ reportProperty: true }),
      },
    } satisfies Story,

    NotFound: error(
      'The data file is not there: the server answers 404. The message says to check the address, and offers to try again.',
      { src: 'data/findes-ikke.json' },
    ),
    NotFoundEnglish: {
      ...error('The same failure on an English page.', { src: 'data/findes-ikke.json' }),
      globals: { locale: 'en' },
    } satisfies Story,
    NotJson: error('The file is there but is not JSON (here it is cut off half-way).', {
      src: dataUrl('application/json', '{"version": 1, "title": "Datakultur'),
    }),
    WebPage: error(
      'The address gives an HTML page — a typical copy-paste mistake, or a server that answers every address with a page.',
      { src: dataUrl('text/html', '<!doctype html><title>Siden findes ikke</title><h1>Siden findes ikke</h1>') },
    ),
    Invalid: error(
      'Valid JSON, but not a valid report: the message names the first bad field (`stats[1].value` is text, not a number).',
      { src: dataUrl('application/json', JSON.stringify(invalidReport)) },
    ),
    UnknownId: error(`No ${attr} with that id in the report: the message lists the ids there are.`, {
      [attr]: 'findes-ikke',
    }),
    NetworkError: error(
      'The server cannot be reached (here: a refused connection). From another server, a missing CORS header looks the same.',
      { src: 'http://127.0.0.1:9/datakultur.json' },
    ),
    Timeout: error(
      'The server does not answer: the widget gives up after `timeout` milliseconds (here 1.5 s; at most 20 s).',
      { src: holdUrl(), timeout: 1500 },
      { note: 'A server that does not answer within timeout milliseconds (at most 20000).' },
    ),
    NoSource: error('Neither `src`, `report` nor inline content: the widget says what it is missing.', {
      src: undefined,
    }),
  };
}
