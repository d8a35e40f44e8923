import { css } from 'lit';

export const donutChartStyles = css`
  :host {
    --_reserve: 22.5em;
    /* Kept once drawn (the ring and its legend are about this tall at any data): the page does not move. */
    min-height: var(--_reserve);
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em 2em;
    align-items: center;
  }
  @container (min-width: 30em) {
    .body {
      grid-template-columns: minmax(10em, var(--dk-donut-size, 15em)) minmax(0, 1fr);
    }
  }
  .plot {
    aspect-ratio: 1;
    max-width: var(--dk-donut-size, 15em);
    margin-inline: auto;
  }
  .centre {
    position: absolute;
    inset: 22%;
    display: flex;
    flex-direction: column;
    align-items: center;
    /* A long label stays inside the ring's hole instead of running over the title and legend. */
    justify-content: safe center;
    overflow: hidden;
    text-align: center;
    line-height: 1.15;
  }
  .centre .n {
    font-size: 2.2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .centre .n.long {
    font-size: 1.6em;
  }
  .centre .n.longer {
    font-size: 1.25em;
  }
  .centre .what {
    font-size: 0.9em;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  /* One grid for all rows: the values in one column right after the longest label, not at the
     far edge of a wide column; each row aligned on its first line. */
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: 1em minmax(0, max-content) auto;
    gap: 0.55em 0.6em;
    align-items: baseline;
    justify-content: start;
  }
  .legend li {
    display: contents;
  }
  .legend .value {
    padding-inline-start: 1em;
    text-align: end;
  }
  .swatch {
    width: 1em;
    height: 1em;
    border-radius: 0.2em;
    /* On the first line of a label that wraps. */
    align-self: start;
    margin-top: calc((1lh - 1em) / 2);
    /* Forced colours would drop the background: the swatch keeps its colour to match the
       canvas (which forced colours leave alone), outlined in the forced text colour. */
    border: 1px solid transparent;
    forced-color-adjust: none;
  }
  @media (forced-colors: active) {
    .swatch {
      border-color: CanvasText;
    }
  }
  .legend li:nth-child(7n + 1) .swatch {
    background: var(--_s1);
  }
  .legend li:nth-child(7n + 2) .swatch {
    background: var(--_s2);
  }
  .legend li:nth-child(7n + 3) .swatch {
    background: var(--_s3);
  }
  .legend li:nth-child(7n + 4) .swatch {
    background: var(--_s4);
  }
  .legend li:nth-child(7n + 5) .swatch {
    background: var(--_s5);
  }
  .legend li:nth-child(7n + 6) .swatch {
    background: var(--_s6);
  }
  .legend li:nth-child(7n + 7) .swatch {
    background: var(--_s7);
  }
  .legend .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* The loading skeleton: a ring and four legend lines. */
  .ring {
    display: block;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    border: 2.4em solid color-mix(in srgb, currentColor 9%, transparent);
  }
  .skel-legend {
    display: grid;
  }
  .skel-legend .bone:nth-child(odd) {
    width: 70%;
  }
  .skel-legend .bone:nth-child(even) {
    width: 45%;
  }
`;
