import { html, nothing } from 'lit';
import { DkChart } from '../../charts/dk-chart.js';
import type { CanvasTheme, ChartItem } from '../../charts/dk-chart.js';
import type { ChartSpec } from '../../charts/chart-controller.js';
import { formatValue } from '../../internal/locale.js';
import { donutChartStyles } from './donut-chart.styles.js';

/**
 * A doughnut of a single-choice question, such as the respondents' roles, with an HTML legend
 * (colour, the label in full, the share) and the number of respondents in its centre.
 *
 * @summary The shares of a single-choice question as a doughnut with its legend.
 *
 * @csspart base - The whole chart (a `figure`).
 * @csspart eyebrow - The recommendation the question belongs to, when the data names one.
 * @csspart title - The question.
 * @csspart chart - The box holding the canvas and the centre text.
 * @csspart centre - The number of respondents in the ring's centre.
 * @csspart legend - The legend list: swatch, label and share of every answer.
 * @csspart table - The data table (visually hidden until the toggle shows it).
 * @csspart table-toggle - The "Vis som tabel" / "Show as table" button.
 * @csspart footer - The source line and the download buttons, under the chart.
 * @csspart source - The report's source line: "Kilde: <title> · 142 besvarelser", the title linked to the report when it has a link.
 * @csspart download - The "Hent data (CSV)" and "Hent billede (PNG)" buttons (none with `no-downloads`).
 * @csspart status - The loading and error messages.
 * @csspart error - The error message (also has part `status`).
 *
 * @cssprop [--dk-font-family=inherit] - Font of all text, the canvas included.
 * @cssprop [--dk-font-size=1em] - Base size; everything scales with it.
 * @cssprop [--dk-block-spacing=1.5em] - Space above and below the widget (margins: they collapse with the page's own).
 * @cssprop [--dk-color-text=inherit] - Text colour.
 * @cssprop [--dk-color-accent=light-dark(#1c5aa6, #8ab8f2)] - Accent (the recommendation line).
 * @cssprop [--dk-color-muted=color-mix(in srgb, currentColor 75%, transparent)] - Secondary text.
 * @cssprop [--dk-color-background=light-dark(#ffffff, #14181d)] - The background the chart sits on; also the gap between segments.
 * @cssprop [--dk-series-1=light-dark(#1c5aa6, #8ab8f2)] - First segment colour (also --dk-series-2 … --dk-series-7).
 * @cssprop [--dk-donut-size=15em] - Largest diameter of the ring.
 *
 * @fires {CustomEvent<Record<string, never>>} dk-ready - The chart is drawn.
 * @fires {CustomEvent<DkErrorDetail>} dk-error - Loading or reading the data failed; `detail.message` says why.
 */
export class DonutChart extends DkChart {
  static override styles = [DkChart.styles, donutChartStyles];

  /** @internal */
  protected override get tipBelow(): boolean {
    return true;
  }

  /** @internal */
  protected override renderSkeleton() {
    return html`<i class="bone title"></i>
      <div class="body">
        <span class="plot"><i class="ring"></i></span>
        <span class="skel-legend">${[1, 2, 3, 4].map(() => html`<i class="bone"></i>`)}</span>
      </div>`;
  }

  /** @internal */
  protected renderPlot(item: ChartItem) {
    const { question, respondents } = item;
    return html`<div class="body">
      <div part="chart" class="plot">
        ${this.renderCanvas(item)}
        ${
          respondents
            ? html`<p part="centre" class="centre">
                <span class=${centreClass(formatValue(respondents.value, respondents.unit, this._lang))}
                  >${formatValue(respondents.value, respondents.unit, this._lang)}</span
                >
                <span class="what" lang=${this._dataLang ?? nothing}>${respondents.label}</span>
              </p>`
            : nothing
        }
      </div>
      <!-- The key to the colours, for the eye. Screen readers get the same labels and shares once,
           from the data table (always in the accessibility tree), not twice in a row. -->
      <ul part="legend" class="legend" aria-hidden="true">
        ${this.answers(question).map(
          (a) =>
            html`<li>
              <span class="swatch"></span>
              <span class="label" lang=${this._dataLang ?? nothing}>${a.label}</span>
              <span class="value">${formatValue(a.percent, 'percent', this._lang)}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** @internal */
  protected spec({ question }: ChartItem, theme: CanvasTheme): ChartSpec {
    const answers = this.answers(question);
    return {
      type: 'doughnut',
      data: {
        labels: answers.map((a) => a.label),
        datasets: [
          {
            data: answers.map((a) => a.percent),
            backgroundColor: answers.map((_, i) => theme.series(i)),
            // The gap between segments, in the background colour: each segment meets 3:1 against it.
            borderColor: theme.background,
            borderWidth: 2,
            // Keyboard focus: the segment moves out and gets an outline in the text colour.
            hoverOffset: 10,
            hoverBorderColor: theme.text,
            hoverBorderWidth: 2,
          },
        ],
      },
      // Room for the focused segment to move out.
      options: { cutout: '62%', layout: { padding: 10 } },
    };
  }
}

/** The centre's figure, smaller as it grows longer: a 7-digit count stays on one line in the hole. */
const centreClass = (text: string) => (text.length > 7 ? 'n longer' : text.length > 4 ? 'n long' : 'n');
