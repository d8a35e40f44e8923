import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DkElement, pick } from '../internal/dk-element.js';
import { formatValue } from '../internal/locale.js';
import { chartStrings } from './chart-strings.js';
import type { Answer, Question, Report, Stat } from '../data/types.js';
import { ChartController } from './chart-controller.js';
import type { ChartSpec } from './chart-controller.js';
import { chartStyles } from './chart.styles.js';

/** A question and, when it names one, the stat of how many answered. */
export interface ChartItem {
  question: Question;
  respondents?: Stat;
}

/** The theme's colour tokens the canvas needs: the background, the bars, the seven series. */
const PROBES = ['--_bg', '--_bar', ...[1, 2, 3, 4, 5, 6, 7].map((i) => `--_s${i}`)];

/** Theme values resolved for the canvas at the moment it draws. */
export interface CanvasTheme {
  /** The plot's width in CSS pixels. */
  width: number;
  font: string;
  fontPx: number;
  text: string;
  background: string;
  series: (i: number) => string;
  bar: string;
}

/**
 * What both charts share: selecting a question, the title, the data table and its toggle, and
 * the chart lifecycle (through {@link ChartController}). Subclasses render the plot and build
 * the chart.js spec.
 */
export abstract class DkChart extends DkElement<ChartItem> {
  static override styles = [DkElement.styles, chartStyles];

  static override properties: PropertyDeclarations = {
    question: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    noDownloads: { attribute: 'no-downloads', type: Boolean },
    _tableShown: { state: true },
    _active: { state: true },
  };

  /** @internal */
  protected readonly _chart = new ChartController(this);

  /** @internal */
  protected get _canvas(): HTMLCanvasElement | null {
    return this.renderRoot?.querySelector('canvas') ?? null;
  }

  /** @internal */
  private get _probe(): HTMLElement | null {
    return this.renderRoot?.querySelector('.probe') ?? null;
  }

  /** @internal */
  protected _tableShown = false;

  /** @internal The answer in keyboard focus, or -1. */
  protected _active = -1;

  /** @internal */
  private get _tip(): HTMLElement | null {
    return this.renderRoot?.querySelector('.tip') ?? null;
  }

  /** Id of the question in the report, e.g. `roles` or `usage-contexts`. */
  question?: string;

  /** Level of the chart's title in the page's outline (1–6). */
  headingLevel = 3;

  /**
   * Leave out the "Hent data (CSV)" and "Hent billede (PNG)" buttons (a switch: present is on); the
   * source line stays.
   * @default false
   */
  noDownloads?: boolean;

  /** @internal The report, then chart.js: both requested before the element sets itself up. */
  protected override prefetch(): void {
    super.prefetch();
    this._chart.prefetch();
  }

  /** @internal */
  protected get selection() {
    return this.question;
  }

  /** @internal */
  protected select(report: Report, id: string | undefined): ChartItem {
    const question = pick(report, 'questions', id);
    const respondents = report.stats.find((s) => s.id === question.respondentsStat);
    return { question, respondents };
  }

  /** @internal The chart.js spec for `item`, read at draw time (sizes, theme). */
  protected abstract spec(item: ChartItem, theme: CanvasTheme): ChartSpec;

  /** @internal The answers in the order shown. */
  protected answers(q: Question): Answer[] {
    return q.answers;
  }

  /** @internal */
  protected override whenDrawn(item: ChartItem): Promise<unknown> {
    const canvas = this._canvas;
    return canvas ? this._chart.draw(canvas, (width) => this.spec(item, this._theme(width))) : Promise.resolve();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After the first draw, any update but the keyboard's highlight or the table toggle (a
    // property, the language) redraws the canvas from the current state. A new item is drawn by
    // the base (`whenDrawn`); both in one turn draw once.
    const item = this._currentItem;
    const keys = [...changed.keys()];
    if (item && this.state === 'ready' && (!keys.length || keys.some((k) => k !== '_active' && k !== '_tableShown')))
      void this.whenDrawn(item);
  }

  /** @internal */
  private _currentItem?: ChartItem;

  /** @internal */
  protected renderItem(item: ChartItem, lang: string | undefined): TemplateResult {
    this._currentItem = item;
    this._dataLang = lang;
    const q = item.question;
    const t = chartStrings[this._lang];
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const l = lang ?? nothing;
    // `lang` marks the report's text only: the widget's own words are in the page's language.
    return html`<figure part="base" class="chart">
      ${q.recommendation ? html`<p part="eyebrow" class="eyebrow" lang=${l}>${q.recommendation}</p>` : nothing}
      <div part="title" class="title" id="title" role="heading" aria-level=${level} lang=${l}>${q.title}</div>
      ${this.renderNote(item)}
      <!-- Above the plot, so it stays where it is when the table takes the plot's place. -->
      <div class="tools">
        <button
          part="table-toggle"
          class="table-toggle"
          type="button"
          aria-expanded=${this._tableShown}
          @click=${() => (this._tableShown = !this._tableShown)}
        >
          ${this._tableShown ? t.hideTable : t.showTable}
        </button>
      </div>
      <div class="view" ?hidden=${this._tableShown}>${this.renderPlot(item)}</div>
      <p id="summary" hidden>${this._summary(item)}</p>
      <p class="sr-only" aria-live="polite">${this._tipText(item)}</p>
      <!-- The figures as text: always there for screen readers; shown instead of the plot on request. -->
      <div class=${this._tableShown ? 'table' : 'sr-only'}>
        <table part="table" aria-labelledby="title">
          <thead>
            <tr>
              <th scope="col">${t.answer}</th>
              <th scope="col" class="num">${t.share}</th>
            </tr>
          </thead>
          <tbody>
            ${this.answers(q).map(
              (a) =>
                html`<tr>
                  <th scope="row" lang=${l}>${a.label}</th>
                  <td class="num">${formatValue(a.percent, 'percent', this._lang)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderFooter(item)}
      <span class="probe" aria-hidden="true" @transitionrun=${() => this._chart.themeChanged()}></span>
    </figure>`;
  }

  // ---- Open data (issue 17): the footer. The CSV and PNG code (export.ts) is fetched on first use.

  /**
   * @internal The footer: the source line and, unless `no-downloads`, the "Hent data (CSV)" and
   * "Hent billede (PNG)" buttons after it, described by the title so that a screen reader tells one
   * chart's from another's (hidden in print, as every button). The export code is fetched at the
   * first click (the browser keeps the module); a failure is a warning, never an error in the page.
   */
  protected renderFooter(item: ChartItem): TemplateResult {
    const button = (kind: 'csv' | 'png') =>
      html`<button
        part="download"
        type="button"
        aria-describedby="title"
        @click=${() => import('./export.js').then((m) => m.download(kind, this, item)).catch(console.warn)}
      >
        ${chartStrings[this._lang][kind]}
      </button>`;
    return html`<div part="footer">
      ${this.renderSource(this._dataLang, item.respondents, this.noDownloads ? nothing : [button('csv'), button('png')])}
    </div>`;
  }

  // ---- end of open data.

  /** @internal The report's language where it differs from the page's, for `lang` on its text. */
  protected _dataLang?: string;

  /** @internal The canvas: focusable, named, described by the summary, explored with the arrow keys. */
  protected renderCanvas(item: ChartItem): TemplateResult {
    const t = chartStrings[this._lang];
    return html`<canvas
        role="img"
        tabindex="0"
        aria-label=${t.chartLabel(item.question.title)}
        aria-describedby="summary"
        @keydown=${(e: KeyboardEvent) => this._onKey(e, item)}
        @blur=${() => this._move(-1)}
      ></canvas>
      <div class="tip" aria-hidden="true" ?hidden=${this._active < 0}>${this._tipText(item)}</div>`;
  }

  /** @internal */
  private _tipText(item: ChartItem): string {
    const a = this.answers(item.question)[this._active];
    return a ? `${a.label}: ${formatValue(a.percent, 'percent', this._lang)}` : '';
  }

  /** @internal */
  private _onKey(e: KeyboardEvent, item: ChartItem): void {
    const n = this.answers(item.question).length;
    const i = this._active;
    const next: Record<string, number> = {
      ArrowRight: (i + 1) % n,
      ArrowDown: (i + 1) % n,
      ArrowLeft: i <= 0 ? n - 1 : i - 1,
      ArrowUp: i <= 0 ? n - 1 : i - 1,
      Home: 0,
      End: n - 1,
      Escape: -1,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    void this._move(next[e.key]);
  }

  /** @internal */
  private async _move(index: number): Promise<void> {
    if (index === this._active) return;
    this._active = index;
    const at = this._chart.highlight(index);
    await this.updateComplete;
    const tip = this._tip;
    if (!tip || !at || !this._canvas) return;
    // Positioned through the CSSOM: allowed under a strict style-src CSP, unlike a style attribute.
    const box = this._canvas.getBoundingClientRect();
    const frame = tip.offsetParent?.getBoundingClientRect() ?? box;
    const half = tip.offsetWidth / 2;
    // The donut's tip goes under the ring, centred, so it never covers a segment; the bars' sits
    // above the bar's end.
    const below = this.tipBelow;
    tip.classList.toggle('below', below);
    const x = box.left - frame.left + (below ? box.width / 2 : at.x);
    tip.style.setProperty('left', `${Math.min(Math.max(x, half), frame.width - half)}px`);
    tip.style.setProperty('top', `${box.top - frame.top + (below ? box.height : at.y)}px`);
  }

  /** @internal One sentence that sums the chart up, for its accessible description. */
  private _summary(item: ChartItem): string {
    const sorted = [...item.question.answers].sort((a, b) => b.percent - a.percent);
    const f = (v: number) => formatValue(v, 'percent', this._lang);
    const top = sorted[0];
    const low = sorted[sorted.length - 1];
    return chartStrings[this._lang].summary(top.label, f(top.percent), low.label, f(low.percent), sorted.length);
  }

  /** @internal Whether the keyboard's tip goes under the plot instead of at the answer. */
  protected get tipBelow(): boolean {
    return false;
  }

  /** @internal The small print under the title. */
  protected renderNote(_item: ChartItem): TemplateResult | typeof nothing {
    return nothing;
  }

  /** @internal The plot: the canvas in a sized box, and any HTML beside it. */
  protected abstract renderPlot(item: ChartItem): TemplateResult;

  /**
   * @internal Resolves the theme's custom properties to values the canvas understands: each
   * token has a probe coloured with it, set up once, so drawing only reads (one style
   * recalculation, not one per colour).
   */
  private _theme(width: number): CanvasTheme {
    const host = getComputedStyle(this);
    const probe = this._probe!;
    // An <i> per token to read, and one per token (and one in the text colour) whose colour
    // transitions, to hear of a change (read, a transitioning colour would give its old value).
    if (!probe.firstChild) {
      for (const token of PROBES) probe.appendChild(document.createElement('i')).style.color = `var(${token})`;
      for (const token of [...PROBES, 'inherit']) {
        const watch = probe.appendChild(document.createElement('i'));
        watch.className = 'watch';
        watch.style.color = token === 'inherit' ? token : `var(${token})`;
      }
    }
    const [bg, bar, ...series] = [...probe.querySelectorAll('i:not(.watch)')].map((p) => getComputedStyle(p).color);
    return {
      width,
      font: host.fontFamily,
      fontPx: parseFloat(host.fontSize) || 16,
      text: host.color,
      background: bg,
      series: (i) => series[i % series.length],
      bar,
    };
  }
}
