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
    const lines = Math.max(...labels.map((l) => l.length));
    const lh = px * 1.25;
    const bar = px * 1.4;
    const row = stacked ? lines * lh + bar + px * 1.1 : Math.max(lines * lh, bar) + px * 0.9;
    // Stacked, a label stands on its bar and reaches up into the row above; the first row has
    // none, so the plot starts lower by what its label needs beyond its half of the row.
    const top = stacked ? Math.max(0, px * 0.25 + bar / 2 + labels[0].length * lh - row / 2) : 0;
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
          if (!stacked) return;
          c.font = font;
          c.textBaseline = 'bottom';
          const top = el.y - bar / 2 - px * 0.25;
          labels[i].forEach((line, j) => c.fillText(line, 0, top - (labels[i].length - 1 - j) * lh));
        });
        c.restore();
      },
    };
    return {
      // The canvas grows with its rows, so long labels on a phone push the chart down, not out.
      height: Math.ceil(row * answers.length + top),
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            data: answers.map((a) => a.percent),
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
        layout: { padding: { right: valueWidth, top } },
        scales: {
          // Hidden, and given nothing to format: chart.js would set up Intl (ICU) for its ticks.
          x: {
            display: false,
            min: 0,
            max: Math.max(100, ...answers.map((a) => a.percent)),
            ticks: { callback: () => '' },
          },
          y: stacked
            ? { display: false, offset: true }
            : {
                grid: { display: false },
                border: { display: false },
                ticks: { color: theme.text, font: { family: theme.font, size: px, lineHeight: 1.25 }, autoSkip: false },
                afterFit: (scale) => {
                  // chart.js would squeeze the label column; give it the width the labels were wrapped to.
                  scale.width = labelWidth + px;
                },
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
