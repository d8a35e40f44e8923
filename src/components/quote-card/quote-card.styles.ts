import { css } from 'lit';

export const quoteCardStyles = css`
  :host {
    --_reserve: 18em;
    container-type: inline-size;
  }
  /* As wide as its column, like the charts beside it; the quote's lines stay readable. */
  .card {
    margin: 0;
    padding: 1.25em 1.5em 1.4em;
    background: var(--_surface);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .skeleton {
    min-height: var(--_reserve);
  }
  .bone.short {
    width: 40%;
  }
  .heading {
    margin: 0 0 0.8em;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_accent);
    text-wrap: balance;
  }
  blockquote {
    position: relative;
    margin: 0;
    padding-inline-start: 1.6em;
    max-width: 40em;
    font-size: 1.0625em;
    line-height: 1.55;
    text-wrap: pretty;
  }
  blockquote::before {
    /* Decoration only: the empty alt text keeps it out of screen readers. */
    content: '\\201D' / '';
    position: absolute;
    inset-inline-start: -0.05em;
    top: -0.2em;
    font-size: 2.6em;
    line-height: 1;
    font-weight: 700;
    color: var(--_accent);
  }
  blockquote p,
  ::slotted(p) {
    margin: 0 0 0.6em;
  }
  blockquote p:last-child {
    margin-bottom: 0;
  }
  figcaption {
    margin-top: 1em;
    /* Lines up with the quote's text (1.6em of the blockquote's 1.0625em). */
    padding-inline-start: calc(1.6em * 1.0625 / 0.95);
    display: flex;
    flex-direction: column;
    font-size: 0.95em;
  }
  .name {
    font-weight: 700;
  }
  .role {
    color: var(--_muted);
  }
  /* A phone: the quote mark stands above the text instead of hanging beside it, and the card's
     padding shrinks, so the text keeps the width (≥ 230 px at 320 px). */
  @container (max-width: 26em) {
    .card {
      padding: 1em 1em 1.1em;
    }
    blockquote {
      padding-inline-start: 0;
    }
    blockquote::before {
      position: static;
      display: block;
      height: 0.42em;
    }
    figcaption {
      padding-inline-start: 0;
    }
  }
`;
