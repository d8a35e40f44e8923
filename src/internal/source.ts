import { css } from 'lit';

/**
 * The source line (part `source`, DkElement's `renderSource()`), and the charts' download buttons
 * in it as small text buttons after the source, as the big embed services have them. Kept small:
 * every page loads it.
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
  .source button {
    margin-inline-end: 0.75em;
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
`;
