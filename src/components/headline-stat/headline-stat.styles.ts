import { css } from 'lit';

export const headlineStatStyles = css`
  :host {
    --_reserve: 7em;
    /* Kept once the figure is there (a one-line caption is shorter): the page does not move. */
    min-height: var(--_reserve);
  }
  .stat {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    max-width: 28em;
  }
  .value {
    font-size: var(--dk-stat-value-size, 3.5em);
    font-weight: 700;
    line-height: 1;
    letter-spacing: -0.02em;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .bone {
    max-width: 22em;
  }
  .bone.figure {
    width: 2.2em;
    height: 1em;
    font-size: var(--dk-stat-value-size, 3.5em);
    margin-block-end: 0.15em;
  }
  .bone.short {
    width: 55%;
  }
  .label {
    font-size: 1.125em;
    line-height: 1.35;
    text-wrap: pretty;
  }
`;
