import { css } from 'lit';

/**
 * Shared by every widget: the tokens, a reset against the host page's inherited text styles
 * (shadow DOM stops selectors, not inheritance), and the loading and error views.
 */
export const baseStyles = css`
  :host {
    /* Shadow DOM stops the page's selectors, not inheritance: every inherited property goes back
       to its initial value (a CMS wrapper's white-space: nowrap, text-transform, letter-spacing,
       line-height, word-break, text-shadow, border-spacing, list-style, writing-mode … cannot
       reach in), then the widgets take from the page on purpose only what they should: its font
       family and size, its text colour, its colour scheme, and whether it is visible or clickable. */
    all: initial;
    font-family: var(--dk-font-family, inherit);
    color: var(--dk-color-text, inherit);
    font-size: var(--dk-font-size, 1em);
    color-scheme: inherit;
    visibility: inherit;
    pointer-events: inherit;
    cursor: inherit;
    --_accent: var(--dk-color-accent, light-dark(#1c5aa6, #8ab8f2));
    --_muted: var(--dk-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_surface: var(--dk-color-surface, light-dark(#f3f6fa, #1d232b));
    --_radius: var(--dk-radius, 0.5em);
    /* Space above and below, as a paragraph has: four widgets in a row do not touch. Margins
       collapse with the page's own. */
    display: block;
    margin-block: var(--dk-block-spacing, 1.5em);
    contain: layout style;
    box-sizing: border-box;
    line-height: 1.45;
    text-align: start;
    /* anywhere, not break-word: a long unbroken word (a URL, an id) also shrinks flex and table
       items to fit, instead of pushing them out sideways at 320 px. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([state='error']) {
    min-height: 0;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    /* Whole on one page, in print (light) colours, without controls that do nothing on paper. */
    :host,
    :host([theme]) {
      break-inside: avoid;
      color-scheme: light;
    }
    button {
      display: none;
    }
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
  }
  /* Loading: a quiet, still skeleton of the widget's shape, as tall as the widget will be (the
     page does not move when it arrives); the words are for screen readers. */
  .loading {
    display: block;
    min-height: var(--_reserve, 3em);
    padding: 0;
  }
  .bone {
    display: block;
    height: 1em;
    margin-block-end: 0.6em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 9%, transparent);
  }
  .bone.title {
    width: 60%;
    height: 1.3em;
    margin-block-end: 1em;
  }
  /* The error: compact (the message, and a retry button where one helps), never the loading
     height. A uniform border and an inset bar: a thick start border on round corners tapers. */
  .error {
    border: 1px solid currentColor;
    box-shadow: inset 0.3em 0 0 currentColor;
    padding-inline-start: 1.2em;
  }
  .error p {
    margin: 0;
    flex: 1 1 16em;
    text-wrap: pretty;
  }
  /* An id in a message moves to the next line whole ("see-potential", not "see-/potential");
     only an id longer than a line breaks inside. */
  .id {
    display: inline-block;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    padding: 0.3em 0.9em;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }
`;
