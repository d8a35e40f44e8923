import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { DkElement, pick } from '../../internal/dk-element.js';
import type { Quote, Report } from '../../data/types.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * A recommendation heading, the quote, and who said it. A quote without an author in the data
 * has no attribution line.
 *
 * @summary A quote from the report with its recommendation heading and attribution.
 *
 * @slot - Inline mode (no `src`): the quote's text, e.g. `<p>…</p>`. It is on the page before and without JavaScript.
 *
 * @csspart base - The card (a `figure`).
 * @csspart heading - The recommendation heading.
 * @csspart quote - The `blockquote`.
 * @csspart attribution - The speaker's name, title and organisation (a `figcaption`).
 * @csspart source - The report's source line, with `show-source`: "Kilde: <title>", linked to the report when it has a link.
 * @csspart status - The loading and error messages.
 * @csspart error - The error message (also has part `status`).
 *
 * @cssprop [--dk-font-family=inherit] - Font of all text.
 * @cssprop [--dk-font-size=1em] - Base size; everything scales with it.
 * @cssprop [--dk-block-spacing=1.5em] - Space above and below the widget (margins: they collapse with the page's own).
 * @cssprop [--dk-color-text=inherit] - Text colour.
 * @cssprop [--dk-color-accent=light-dark(#1c5aa6, #8ab8f2)] - Heading, quotation mark and border.
 * @cssprop [--dk-color-muted=color-mix(in srgb, currentColor 75%, transparent)] - The speaker's title and organisation.
 * @cssprop [--dk-color-surface=light-dark(#f3f6fa, #1d232b)] - Card background.
 * @cssprop [--dk-radius=0.5em] - Corner radius.
 *
 * @fires {CustomEvent<Record<string, never>>} dk-ready - The quote is on the page.
 * @fires {CustomEvent<DkErrorDetail>} dk-error - Loading or reading the data failed; `detail.message` says why.
 */
export class QuoteCard extends DkElement<Quote> {
  static override styles = [DkElement.styles, quoteCardStyles];

  static override properties: PropertyDeclarations = {
    quote: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
    author: {},
    authorTitle: { attribute: 'author-title' },
    organisation: {},
    showSource: { attribute: 'show-source', type: Boolean },
  };

  /** Id of the quote in the report, e.g. `top-management`. */
  quote?: string;

  /** Level of the heading in the page's outline (1–6). */
  headingLevel = 3;

  /** Inline mode (no `src`): the recommendation heading. */
  heading?: string;

  /** Inline mode: the speaker's name. */
  author?: string;

  /** Inline mode: the speaker's job title. */
  authorTitle?: string;

  /** Inline mode: the speaker's organisation. */
  organisation?: string;

  /**
   * Show the report's source line under the card, "Kilde: <report title>" (part `source`; a switch:
   * present is on). Not in inline mode: there is no report to name.
   * @default false
   */
  showSource?: boolean;

  /** @internal */
  protected get selection() {
    return this.quote;
  }

  /** @internal */
  protected select(report: Report, id: string | undefined): Quote {
    return pick(report, 'quotes', id);
  }

  /** @internal */
  protected override inline(): Quote | undefined {
    if (!this.heading && !this.author && !this.textContent?.trim()) return undefined;
    return {
      id: 'inline',
      heading: this.heading ?? '',
      text: '',
      author: this.author ? { name: this.author, title: this.authorTitle, organisation: this.organisation } : undefined,
    };
  }

  /** @internal */
  protected override renderSkeleton() {
    return html`<div class="card skeleton">
      <i class="bone title"></i>${[1, 2, 3, 4, 5].map(() => html`<i class="bone"></i>`)}<i class="bone short"></i>
    </div>`;
  }

  /** @internal */
  protected renderItem(q: Quote, lang: string | undefined) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const a = q.author;
    return html`<figure part="base" class="card" lang=${lang ?? nothing}>
        ${q.heading ? html`<div part="heading" class="heading" role="heading" aria-level=${level}>${q.heading}</div>` : nothing}
        <blockquote part="quote">
          ${q.text ? q.text.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`) : html`<slot></slot>`}
        </blockquote>
        ${
          a
            ? html`<figcaption part="attribution">
                <span class="name">${a.name}</span>
                ${a.title ? html`<span class="role">${a.title}</span>` : nothing}
                ${a.organisation ? html`<span class="role">${a.organisation}</span>` : nothing}
              </figcaption>`
            : nothing
        }
      </figure>
      ${this.showSource ? this.renderSource(lang) : nothing}`;
  }
}
