import { css } from 'lit';

/**
 * The source line (part `source`, DkElement's `renderSource()`) and the charts' footer (part
 * `footer`, DkChart's `renderFooter()`): kept small, as every page loads them.
 */
export const sourceStyles = css`
  .source {
    margin: 0.75em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .source a {
    color: inherit;
  }
  .source ~ button {
    margin: 0.75em 0.5em 0 0;
  }
`;
