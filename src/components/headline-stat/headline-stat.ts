import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { DkElement, pick } from '../../internal/dk-element.js';
import { checkStat } from '../../data/validate.js';
import { formatValue } from '../../internal/locale.js';
import type { Report, Stat } from '../../data/types.js';
import { headlineStatStyles } from './headline-stat.styles.js';

/**
 * A big figure and its caption, read as one sentence: "60 % mener, at de arbejder mere
 * datadrevet i dag end for et år siden".
 *
 * @summary A headline figure from the report, or from its own attributes.
 *
 * @csspart base - The sentence: figure and caption.
 * @csspart value - The figure, formatted for the page's language ("60 %", "60%").
 * @csspart label - The caption.
 * @csspart source - The report's source line, with `show-source`: "Kilde: <title>", linked to the report when it has a link.
 * @csspart status - The loading and error messages.
 * @csspart error - The error message (also has part `status`).
 *
 * @cssprop [--dk-font-family=inherit] - Font of all text.
 * @cssprop [--dk-font-size=1em] - Base size; everything scales with it.
 * @cssprop [--dk-block-spacing=1.5em] - Space above and below the widget (margins: they collapse with the page's own).
 * @cssprop [--dk-color-text=inherit] - Text colour.
 * @cssprop [--dk-color-accent=light-dark(#1c5aa6, #8ab8f2)] - Colour of the figure.
 * @cssprop [--dk-color-muted=color-mix(in srgb, currentColor 75%, transparent)] - Colour of secondary text.
 * @cssprop [--dk-radius=0.5em] - Corner radius of the message boxes.
 * @cssprop [--dk-stat-value-size=3.5em] - Size of the figure.
 *
 * @fires {CustomEvent<Record<string, never>>} dk-ready - The figure is on the page.
 * @fires {CustomEvent<DkErrorDetail>} dk-error - Loading or reading the data failed; `detail.message` says why.
 */
export class HeadlineStat extends DkElement<Stat> {
  static override styles = [DkElement.styles, headlineStatStyles];

  static override properties: PropertyDeclarations = {
    stat: { reflect: true },
    value: { type: Number },
    unit: {},
    label: {},
    showSource: { attribute: 'show-source', type: Boolean },
  };

  /** Id of the stat in the report, e.g. `more-data-driven`. */
  stat?: string;

  /** Inline mode (no `src`): the figure, a number (`60`, not `60 %`). */
  value?: number;

  /** Inline mode: `percent` (0–100) or `count`. */
  unit: 'percent' | 'count' = 'percent';

  /** Inline mode: the caption. */
  label?: string;

  /**
   * Show the report's source line under the figure, "Kilde: <report title>" (part `source`; a switch:
   * present is on). Not in inline mode: there is no report to name.
   * @default false
   */
  showSource?: boolean;

  /** @internal */
  protected get selection() {
    return this.stat;
  }

  /** @internal */
  protected select(report: Report, id: string | undefined): Stat {
    return pick(report, 'stats', id);
  }

  /** @internal */
  protected override inline(): Stat | undefined {
    if (this.value === undefined && this.label === undefined) return undefined;
    return checkStat({ id: 'inline', value: this.value, unit: this.unit, label: this.label }, '');
  }

  /** @internal */
  protected override renderSkeleton() {
    return html`<i class="bone figure"></i><i class="bone"></i><i class="bone short"></i>`;
  }

  /** @internal */
  protected renderItem(stat: Stat, lang: string | undefined) {
    return html`<p part="base" class="stat">
        <span part="value" class="value">${formatValue(stat.value, stat.unit, this._lang)}</span>
        <span part="label" class="label" lang=${lang ?? nothing}>${stat.label}</span>
      </p>
      ${this.showSource ? this.renderSource(lang) : nothing}`;
  }
}
