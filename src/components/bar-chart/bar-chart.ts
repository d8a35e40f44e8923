import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Plugin } from 'chart.js';
import { DkChart } from '../../charts/dk-chart.js';
import type { CanvasTheme, ChartItem } from '../../charts/dk-chart.js';
import type { ChartSpec } from '../../charts/chart-controller.js';
import { formatValue } from '../../internal/locale.js';
import { chartStrings } from '../../charts/chart-strings.js';
import type { Answer, Question } from '../../data/types.js';

/**
 * Horizontal bars of a multiple-choice question, such as where data is used: each bar labelled
 * with its share, long answer labels wrapped, and a note that several answers were possible.
 *
 * @summary The shares of a multiple-choice question as labelled horizontal bars.
 *
 * @csspart base - The whole chart (a `figure`).
 * @csspart eyebrow - The recommendation the question belongs to, when the data names one.
 * @csspart title - The question.
 * @csspart note - "Several answers possible" and the sum of the shares.
 * @csspart chart - The box holding the canvas.
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
 * @cssprop [--dk-color-text=inherit] - Text colour, also of the canvas labels.
 * @cssprop [--dk-color-accent=light-dark(#1c5aa6, #8ab8f2)] - Accent (the recommendation line).
 * @cssprop [--dk-color-muted=color-mix(in srgb, currentColor 75%, transparent)] - Secondary text.
 * @cssprop [--dk-bar-color=var(--dk-series-1)] - Colour of the bars.
 * @cssprop [--dk-series-1=light-dark(#1c5aa6, #8ab8f2)] - First series colour, the bars' default.
 *
 * @fires {CustomEvent<Record<string, never>>} dk-ready - The chart is drawn.
 * @fires {CustomEvent<DkErrorDetail>} dk-error - Loading or reading the data failed; `detail.message` says why.
 */
export class BarChart extends DkChart {
  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
  };

  /** Order of the bars: `none` keeps the report's order, `desc`/`asc` sort by share. */
  sort: 'none' | 'desc' | 'asc' = 'none';

  /** @internal */
  protected override answers(q: Question): Answer[] {
    const dir = this.sort === 'desc' ? -1 : this.sort === 'asc' ? 1 : 0;
    return dir ? [...q.answers].sort((a, b) => dir * (a.percent - b.percent)) : q.answers;
  }

  /** @internal */
  protected override renderNote({ question }: ChartItem) {
    if (!question.multiple && !question.note) return html``;
    const sum = question.answers.reduce((s, a) => s + a.percent, 0);
    return html`<p part="note" class="note">
      ${question.multiple ? chartStrings[this._lang].severalAnswers(formatValue(sum, 'percent', this._lang)) : ''}
      ${question.note ? html`<span lang=${this._dataLang ?? nothing}>${question.note}</span>` : ''}
    </p>`;
  }

  /** @internal */
  protected renderPlot(item: ChartItem) {
    return html`<div part="chart" class="plot">${this.renderCanvas(item)}</div>`;
  }

  /** @internal */
  protected override renderSkeleton() {
    return html`<i class="bone title"></i><i class="bone note"></i>
      <div class="skel-rows">
        ${[1, 2, 3, 4, 5, 6, 7].map(() => html`<span><i class="bone"></i><i class="bone bar"></i></span>`)}
      </div>`;
  }

  /** @internal */
  protected spec({ question }: ChartItem, theme: CanvasTheme): ChartSpec {
    const answers = this.answers(question);
    const px = theme.fontPx;
    const font = `${px}px ${theme.font}`;
    const bold = `700 ${font}`;
    const width = theme.width || 600;
    const ctx = measure(bold);
    const values = answers.map((a) => formatValue(a.percent, 'percent', this._lang));
    const valueWidth = Math.max(...values.map((v) => ctx.measureText(v).width)) + px * 0.8;
    ctx.font = font;
    // Narrow (a phone, a sidebar): each label above its bar, full width. Wide: labels beside.
    const stacked = width < px * 30;
    const labelWidth = stacked ? width - px * 0.2 : Math.min(width * 0.4, px * 18);
    const labels = answers.map((a) => wrap(ctx, a.label, labelWidth));
    const lh = px * 1.25;
    const bar = px * 1.4;
    const gap = px * (stacked ? 1 : 0.6);
    // The bars' centres, from the top. Stacked, each row is as tall as its own label needs (one
    // line or three), so short labels leave no holes; beside the bars, one even pitch for all,
    // the tallest label's, so the bars line up as a scale.
    const pitch = Math.max(bar, ...labels.map((l) => l.length * lh)) + gap;
    const centres: number[] = [];
    let y = 0;
    for (const lines of labels) {
      if (stacked) {
        y += lines.length * lh + px * 0.25;
        centres.push(y + bar / 2);
        y += bar + gap;
      } else {
        centres.push(y + (pitch - gap) / 2);
        y += pitch;
      }
    }
    const height = Math.ceil(y - gap + px * 0.1);
    const labelsAt = labelWidth + px * 0.6;
    const draw: Plugin<'bar'> = {
      id: 'dk-labels',
      afterDatasetsDraw(chart) {
        const c = chart.ctx;
        c.save();
        c.fillStyle = theme.text;
        chart.getDatasetMeta(0).data.forEach((el, i) => {
          c.font = bold;
          c.textBaseline = 'middle';
          c.textAlign = 'left';
          c.fillText(values[i], el.x + px * 0.4, el.y);
          c.font = font;
          const lines = labels[i];
          // From the plot's left edge, not the canvas's: a picture drawn with a margin (the PNG
          // download) moves the labels with the bars.
          if (stacked) {
            // Above the bar, from its left edge.
            c.textBaseline = 'bottom';
            const bottom = el.y - bar / 2 - px * 0.25;
            lines.forEach((line, j) => c.fillText(line, chart.chartArea.left, bottom - (lines.length - 1 - j) * lh));
          } else {
            // Beside the bar, right-aligned, centred on it.
            c.textAlign = 'right';
            lines.forEach((line, j) =>
              c.fillText(line, chart.chartArea.left - px * 0.6, el.y + (j - (lines.length - 1) / 2) * lh),
            );
          }
        });
        c.restore();
      },
    };
    return {
      // The canvas grows with its rows, so long labels on a phone push the chart down, not out.
      height,
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            data: answers.map((a, i) => ({ x: a.percent, y: centres[i] })),
            backgroundColor: theme.bar,
            borderRadius: 3,
            barThickness: bar,
            // Keyboard focus: an outline in the text colour.
            hoverBackgroundColor: theme.bar,
            hoverBorderColor: theme.text,
            hoverBorderWidth: 2,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        layout: { padding: { left: stacked ? 0 : labelsAt, right: valueWidth } },
        scales: {
          // Hidden, and given nothing to format: chart.js would set up Intl (ICU) for its ticks.
          // The longest bar takes the width there is (beside its value label).
          x: {
            display: false,
            min: 0,
            max: Math.max(...answers.map((a) => a.percent)) || 1,
            ticks: { callback: () => '' },
          },
          // The rows where their content puts them: a position in CSS pixels from the top.
          y: {
            type: 'linear',
            display: false,
            offset: false,
            min: 0,
            max: height,
            reverse: true,
            ticks: { callback: () => '' },
          },
        },
      },
      plugins: [draw],
    };
  }
}

let scratch: CanvasRenderingContext2D | undefined;
function measure(font: string): CanvasRenderingContext2D {
  scratch ??= document.createElement('canvas').getContext('2d')!;
  scratch.font = font;
  return scratch;
}

/** Breaks `text` into lines no wider than `max` pixels, at spaces (and inside a word too long for a line). */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).flatMap((word) => {
    if (ctx.measureText(word).width <= max) return [word];
    const pieces = [''];
    for (const ch of word) {
      if (pieces[pieces.length - 1] && ctx.measureText(pieces[pieces.length - 1] + ch).width > max) pieces.push('');
      pieces[pieces.length - 1] += ch;
    }
    return pieces;
  });
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}
