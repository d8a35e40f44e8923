import { css } from 'lit';

/**
 * Shared by every widget: the tokens, a reset against the host page's inherited text styles
 * (shadow DOM stops selectors, not inheritance), and the loading and error views.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--dk-color-accent, light-dark(#1c5aa6, #8ab8f2));
    --_muted: var(--dk-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_surface: var(--dk-color-surface, light-dark(#f3f6fa, #1d232b));
    --_radius: var(--dk-radius, 0.5em);
    display: block;
    contain: layout style;
    box-sizing: border-box;
    font-family: var(--dk-font-family, inherit);
    color: var(--dk-color-text, inherit);
    font-size: var(--dk-font-size, 1em);
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* anywhere, not break-word: a long unbroken word (a URL, an id) also shrinks flex and table
       items to fit, instead of pushing them out sideways at 320 px. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
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
    /* In a tall reserved box the message and its button stay together, not spread apart. */
    align-content: center;
    gap: 0.5em 1em;
    min-height: var(--_reserve, 3em);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .error {
    color: inherit;
    border: 1px solid currentColor;
    border-inline-start-width: 0.3em;
  }
  .error p {
    margin: 0;
    flex: 1 1 16em;
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
