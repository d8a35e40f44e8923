import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/datakultur-widgets.js';
import { THEMES, WIDTHS, frameCss, frameOf } from '../stories/support/catalogue.js';
import type { StoryContextLike } from '../stories/support/catalogue.js';
import { installHold } from '../stories/support/hold.js';
import { extractArgTypes } from './manifest-arg-types.js';
import './preview.css';

// Docs tables and controls come from the same JSDoc as custom-elements.json.
setCustomElementsManifest(manifest);
installHold();

/** The page around every story: its language, colour scheme or brand tokens, and column width. */
const page: Decorator = (story, ctx) => {
  const frame = frameOf(ctx as unknown as StoryContextLike);
  const docs = ctx.viewMode === 'docs';
  return html`<div
    class="dk-page ${docs ? 'dk-page--docs' : ''}"
    lang=${frame.locale}
    data-theme=${frame.theme}
    style=${styleMap(frameCss({ ...frame, width: undefined }))}
  >
    <div class="dk-column" style=${styleMap(frame.width ? { 'max-width': `${frame.width}px` } : {})}>${story()}</div>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [page],
  globalTypes: {
    locale: {
      description: "The page's language (lang on the page around the widget)",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk (da)', right: 'da' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "The page's colour scheme, or a brand theme set only through --dk-* tokens",
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, t]) => ({ value, title: t.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    options: {
      storySort: {
        order: ['Introduction', 'Report', 'Widgets', ['Headline stat', 'Quote card', 'Donut chart', 'Bar chart']],
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: {
      options: {
        narrow: {
          name: `Narrow (${WIDTHS.narrow} px)`,
          styles: { width: `${WIDTHS.narrow}px`, height: '640px' },
          type: 'mobile',
        },
        medium: {
          name: `Medium (${WIDTHS.medium} px)`,
          styles: { width: `${WIDTHS.medium}px`, height: '1024px' },
          type: 'tablet',
        },
        wide: {
          name: `Wide (${WIDTHS.wide} px)`,
          styles: { width: `${WIDTHS.wide}px`, height: '800px' },
          type: 'desktop',
        },
      },
    },
    docs: {
      extractArgTypes,
      canvas: { sourceState: 'shown' },
      // The snippet of every story is built from the story's own model (stories/support).
      source: {
        type: 'code',
        language: 'html',
        transform: (code: string, ctx: StoryContextLike) => ctx.parameters.dk?.snippet?.(ctx) ?? code,
      },
    },
    a11y: {
      context: '#storybook-root',
      // A story is a fragment of a page: the page-level landmark rules do not apply to it.
      config: {
        rules: [
          { id: 'region', enabled: false },
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
      test: 'error',
    },
  },
};

export default preview;
