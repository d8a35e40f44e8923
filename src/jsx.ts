// JSX typings for the four elements, for React 19 (which sets properties and adds listeners on
// custom elements by itself) and other JSX users. Types only: no runtime code, and no
// dependency on @types/react — an app passes its own HTML attributes type in as `Base`:
//
//   // react-jsx.d.ts, once in the app
//   import type { HTMLAttributes } from 'react';
//   import type { DkIntrinsicElements } from 'datakultur-widgets';
//   declare module 'react' {
//     namespace JSX {
//       interface IntrinsicElements extends DkIntrinsicElements<HTMLAttributes<HTMLElement>> {}
//     }
//   }
import type { BarChart } from './components/bar-chart/bar-chart.js';
import type { DonutChart } from './components/donut-chart/donut-chart.js';
import type { HeadlineStat } from './components/headline-stat/headline-stat.js';
import type { QuoteCard } from './components/quote-card/quote-card.js';
import type { Report, Unit } from './data/types.js';
import type { DkErrorDetail } from './internal/dk-element.js';

/** A ref to the element: an object from `useRef<HeadlineStat>(null)` or a callback. */
export type DkRef<E> = { current: E | null } | ((element: E | null) => void | (() => void)) | null;

/** What every widget takes. React 19 turns `ondk-ready` into a listener for `dk-ready`. */
export interface DkWidgetProps<E> {
  /** URL of the report JSON, resolved against the page. */
  src?: string;
  /** The report as an object, instead of `src`. */
  report?: Report;
  /** Milliseconds to wait for the report (at most 20000). */
  timeout?: number;
  /** `light`, `dark` or `auto`; unset: the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** The widget's language (`da` or `en`); unset: the nearest `lang`. */
  lang?: string;
  'ondk-ready'?: (event: CustomEvent<Record<string, never>>) => void;
  'ondk-error'?: (event: CustomEvent<DkErrorDetail>) => void;
  ref?: DkRef<E>;
}

export interface DkHeadlineStatProps extends DkWidgetProps<HeadlineStat> {
  /** Id of the stat, e.g. `more-data-driven`. */
  stat?: string;
  /** Inline mode: the figure. */
  value?: number | string;
  /** Inline mode: `percent` (0–100) or `count`. */
  unit?: Unit;
  /** Inline mode: the caption. */
  label?: string;
}

export interface DkQuoteCardProps extends DkWidgetProps<QuoteCard> {
  /** Id of the quote, e.g. `top-management`. */
  quote?: string;
  /** Level of the heading in the page's outline (1–6). */
  headingLevel?: number;
  'heading-level'?: number | string;
  /** Inline mode: the recommendation heading. */
  heading?: string;
  /** Inline mode: the speaker's name. */
  author?: string;
  /** Inline mode: the speaker's job title. */
  authorTitle?: string;
  'author-title'?: string;
  /** Inline mode: the speaker's organisation. */
  organisation?: string;
  /** Inline mode: the quote, e.g. `<p>…</p>`. */
  children?: unknown;
}

export interface DkDonutChartProps extends DkWidgetProps<DonutChart> {
  /** Id of a single-choice question, e.g. `roles`. */
  question?: string;
  /** Level of the title in the page's outline (1–6). */
  headingLevel?: number;
  'heading-level'?: number | string;
}

export interface DkBarChartProps extends DkWidgetProps<BarChart> {
  /** Id of a question, e.g. `usage-contexts`. */
  question?: string;
  /** Order of the bars: `none` (the report's), `desc` or `asc`. */
  sort?: 'none' | 'desc' | 'asc';
  /** Level of the title in the page's outline (1–6). */
  headingLevel?: number;
  'heading-level'?: number | string;
}

/**
 * The four tags for a JSX `IntrinsicElements` interface. `Base` is the framework's own HTML
 * attributes (`className`, `style`, `id`, `aria-*`, …), e.g. React's `HTMLAttributes<HTMLElement>`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DkIntrinsicElements<Base = {}> {
  'dk-headline-stat': Base & DkHeadlineStatProps;
  'dk-quote-card': Base & DkQuoteCardProps;
  'dk-donut-chart': Base & DkDonutChartProps;
  'dk-bar-chart': Base & DkBarChartProps;
}
