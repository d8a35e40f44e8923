import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';

let kit: Promise<typeof import('./chart-kit.js')> | undefined;
/** chart.js, fetched once for the whole page. */
const loadKit = () => (kit ??= import('./chart-kit.js'));

export type ChartSpec = ChartConfiguration<'doughnut' | 'bar', number[], string | string[]>;
type AnyChart = Chart<'doughnut' | 'bar', number[], string | string[]>;

type Host = ReactiveControllerHost & HTMLElement;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * chart.js inside a shadow root, done right (after Home Assistant's chart base): one chart per
 * canvas, created when data and canvas are there, updated in place, resized by our own
 * ResizeObserver (chart.js's own responsiveness misreads sizes in shadow roots: chart.js
 * #5763, #10924), redrawn for a new devicePixelRatio (zoom) and for print, destroyed on
 * disconnect and rebuilt on reconnect.
 */
export class ChartController implements ReactiveController {
  /** @internal */
  chart?: AnyChart;
  private _spec?: () => ChartSpec;
  private _canvas?: HTMLCanvasElement;
  private _drawn?: () => void;
  private _width = 0;
  private _font = '';
  // Only a new width or text size redraws: the bar chart sets its own height from its width. The
  // host is watched too, for text resized after drawing (text-only zoom, a site's "A+"), which
  // leaves the plot's width alone but must resize the canvas's labels. Deferred to the next frame
  // so a redraw that changes the height cannot feed the observer a loop.
  private _resize = new ResizeObserver((entries) => {
    const plot = entries.find((e) => e.target !== this.host);
    const width = plot ? plot.contentRect.width : this._width;
    const font = getComputedStyle(this.host).fontSize;
    if (width === this._width && font === this._font) return;
    this._width = width;
    this._font = font;
    requestAnimationFrame(() => this._redraw());
  });
  private _dpr?: MediaQueryList;
  private _scheme = matchMedia('(prefers-color-scheme: dark)');
  private _onDpr = () => this._watchDpr(true);
  private _onPrint = () => this._print(true);
  private _afterPrint = () => this._print(false);
  private _onScheme = () => this._redraw();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this._onPrint);
    addEventListener('afterprint', this._afterPrint);
    this._scheme.addEventListener('change', this._onScheme);
    this._watchDpr(false);
    // Rebuilt on reconnect.
    if (this._canvas && this._spec) void this.draw(this._canvas, this._spec);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this._onPrint);
    removeEventListener('afterprint', this._afterPrint);
    this._scheme.removeEventListener('change', this._onScheme);
    this._dpr?.removeEventListener('change', this._onDpr);
    this._resize.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
  }

  /**
   * Draws `spec()` on `canvas`, creating the chart or updating it in place; resolves when the
   * chart is on the canvas (after its entry animation, if any). `spec` is called again on
   * every resize, so it can read sizes and theme tokens at that moment.
   */
  async draw(canvas: HTMLCanvasElement, spec: () => ChartSpec): Promise<void> {
    this._canvas = canvas;
    this._spec = spec;
    const Chart = (await loadKit()).chartKit();
    if (!this.host.isConnected || this._canvas !== canvas || this._spec !== spec) return;
    const drawn = new Promise<void>((resolve) => (this._drawn = resolve));
    if (this.chart && this.chart.canvas !== canvas) {
      this.chart.destroy();
      this.chart = undefined;
    }
    this._resize.disconnect();
    this._resize.observe(canvas.parentElement!);
    this._resize.observe(this.host);
    const config = this._config(spec());
    if (this.chart) {
      this.chart.data = config.data;
      this.chart.options = config.options!;
      this._fit();
      this.chart.update('none');
    } else {
      this.chart = new Chart(canvas, config);
      this._fit();
    }
    return drawn;
  }

  /**
   * Highlights answer `index` (or nothing, with -1) as hover would, and returns where it is on
   * the canvas, in CSS pixels, for a tooltip.
   */
  highlight(index: number): { x: number; y: number } | undefined {
    const chart = this.chart;
    if (!chart) return undefined;
    chart.setActiveElements(index < 0 ? [] : [{ datasetIndex: 0, index }]);
    chart.render();
    const at = chart.getDatasetMeta(0).data[index]?.tooltipPosition(true);
    return at && at.x !== null && at.y !== null ? { x: at.x, y: at.y } : undefined;
  }

  /** Adds what every chart needs to the widget's spec. */
  private _config(spec: ChartSpec): ChartSpec {
    const done: Plugin = {
      id: 'dk-drawn',
      afterRender: (chart) => {
        // Without animation (or after `update('none')`), the first render is the final one.
        if (chart.options.animation === false || !this._animating) this._drawn?.();
      },
    };
    // A hidden tab gets no animation frames: an animation there would hold `dk-ready` back.
    this._animating = !this.chart && !reducedMotion() && document.visibilityState === 'visible';
    return {
      ...spec,
      options: {
        ...spec.options,
        responsive: false,
        maintainAspectRatio: false,
        events: [],
        animation: this._animating
          ? { duration: 500, onComplete: () => ((this._animating = false), this._drawn?.()) }
          : false,
        devicePixelRatio: this._printing ? Math.max(devicePixelRatio, 3) : devicePixelRatio,
      },
      plugins: [...(spec.plugins ?? []), done],
    };
  }

  private _animating = false;
  private _printing = false;

  /** The canvas's box, measured by us, not by chart.js. */
  private _size(): { width: number; height: number } | undefined {
    const box = this._canvas?.parentElement;
    if (!box) return undefined;
    const { width, height } = box.getBoundingClientRect();
    return width && height ? { width, height } : undefined;
  }

  private _fit(): void {
    const size = this._size();
    if (this.chart && size) this.chart.resize(size.width, size.height);
  }

  /** Size, zoom, print or colour scheme changed: rebuild the spec (it reads sizes and tokens) and redraw in place. */
  private _redraw(): void {
    if (!this.chart || !this._spec || !this._canvas) return;
    const config = this._config(this._spec());
    this.chart.data = config.data;
    this.chart.options = config.options!;
    this._fit();
    this.chart.update('none');
  }

  private _watchDpr(changed: boolean): void {
    this._dpr?.removeEventListener('change', this._onDpr);
    this._dpr = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    this._dpr.addEventListener('change', this._onDpr, { once: true });
    if (changed) this._redraw();
  }

  private _print(printing: boolean): void {
    this._printing = printing;
    // beforeprint comes before the print styles apply: force the light scheme (as the print CSS
    // does) while the canvas reads its colours.
    if (printing) this.host.style.setProperty('color-scheme', 'light');
    else this.host.style.removeProperty('color-scheme');
    this._redraw();
  }
}
