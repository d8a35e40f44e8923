import { css } from 'lit';

/**
 * Shared by both charts: the series palette, title, plot box, legend and data table.
 *
 * `thead { break-inside: avoid }`: Chromium's own style sheet has `thead { break-inside:
 * if(media(overflow-block: paged): avoid) }` and keeps every evaluation of that if() for good, a
 * blink::MediaQuerySet (~200 bytes) per thead styled: one per chart mounted. Declared plainly, the
 * if() is never evaluated; on screen break-inside does nothing, in print the header row stays whole.
 */
export const chartStyles = css`
  :host {
    /* Colour-blind-safe series (after Okabe & Ito, darkened/lightened for 3:1 against the
       background in light and dark; tests/a11y/contrast.test.ts measures it). */
    --_s1: var(--dk-series-1, light-dark(#1c5aa6, #8ab8f2));
    --_s2: var(--dk-series-2, light-dark(#c4501a, #f29b6b));
    --_s3: var(--dk-series-3, light-dark(#0b7a62, #4fd1b0));
    --_s4: var(--dk-series-4, light-dark(#8e4ba8, #d4a3ea));
    --_s5: var(--dk-series-5, light-dark(#8a6d00, #e6c34a));
    --_s6: var(--dk-series-6, light-dark(#b3245b, #f28bb4));
    --_s7: var(--dk-series-7, light-dark(#4d5a68, #b8c4d0));
    --_bg: var(--dk-color-background, light-dark(#ffffff, #14181d));
    --_bar: var(--dk-bar-color, var(--_s1));
    /* The loading view's height: the report's bar chart as drawn at desktop widths (the donut
       sets its own). */
    --_reserve: 34em;
    container-type: inline-size;
  }
  .chart {
    margin: 0;
  }
  .eyebrow {
    margin: 0 0 0.25em;
    font-size: 0.9em;
    font-weight: 700;
    color: var(--_accent);
  }
  .title {
    margin: 0 0 0.3em;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }
  .note {
    margin: 0 0 0.8em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .plot {
    position: relative;
    width: 100%;
  }
  canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  canvas:focus-visible {
    outline: 0.15em solid currentColor;
    outline-offset: 0.15em;
    border-radius: 0.2em;
  }
  .chart {
    position: relative;
  }
  .tip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 0.6em));
    max-width: min(20em, 90cqi);
    padding: 0.35em 0.6em;
    border-radius: 0.3em;
    background: var(--dk-tooltip-background, light-dark(#1b1f24, #f2f4f7));
    color: var(--dk-tooltip-color, light-dark(#ffffff, #111418));
    font-size: 0.9em;
    line-height: 1.3;
    pointer-events: none;
    width: max-content;
  }
  .tip[hidden] {
    display: none;
  }
  .tip.below {
    transform: translate(-50%, 0.6em);
  }
  /* The loading skeleton: the title, the note, and seven rows of a label and a bar. */
  .bone.note {
    width: 45%;
  }
  .skel-rows {
    display: grid;
    gap: 1em;
    margin-top: 1.5em;
  }
  .skel-rows span {
    display: grid;
    grid-template-columns: minmax(0, 0.4fr) minmax(0, 0.6fr);
    gap: 0.6em;
    align-items: center;
  }
  .skel-rows .bone {
    margin: 0;
  }
  .skel-rows .bar {
    height: 1.4em;
  }
  .skel-rows span:nth-child(3n + 1) .bar {
    width: 35%;
  }
  .skel-rows span:nth-child(3n + 2) .bar {
    width: 80%;
  }
  .skel-rows span:nth-child(3n) .bar {
    width: 55%;
  }
  @container (max-width: 30em) {
    .skel-rows span {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.4em;
    }
    .skel-rows .bone:first-child {
      width: 70%;
    }
  }
  /* Rendered (not display: none) so that its watchers' colours transition: a change of the
     page's colour scheme, the theme or forced colours fires transitionrun, and the canvas is
     redrawn. */
  .probe .watch {
    transition: color 1ms;
  }
  .probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    /* The canvas keeps the palette under forced colours (a canvas is not recoloured), so the
       legend's swatches can still match it; the gap between segments takes the forced Canvas. */
    forced-color-adjust: none;
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
    }
  }
  .tools {
    display: flex;
    justify-content: flex-end;
    margin-block: -0.25em 0.75em;
  }
  .table-toggle {
    font-size: 0.9em;
  }
  .view[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  thead {
    break-inside: avoid;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.3em;
  }
`;
