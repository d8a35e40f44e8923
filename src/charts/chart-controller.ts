import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';

let kit: Promise<typeof import('./chart-kit.js')> | undefined;
/**
 * chart.js, fetched once for the whole page: from the moment the first chart is connected, so it
 * arrives while the report is still loading. A failed fetch is forgotten, so a retry asks again.
 */
const loadKit = () =>
  (kit ??= import('./chart-kit.js').then(
    (m) => ((loaded = true), m),
    (e: unknown) => {
      kit = undefined;
      throw e;
    },
  ));
let loaded = false;

type Config = ChartConfiguration<'doughnut' | 'bar', number[], string | string[]>;
export type ChartSpec = Config & {
  /** The plot's height in CSS pixels, when the chart sets it itself (the bars: from their width). */
  height?: number;
};
type AnyChart = Chart<'doughnut' | 'bar', number[], string | string[]>;

type Host = ReactiveControllerHost & HTMLElement;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

// Every chart that draws in the same turn draws in one batch: first each reads what it needs from
// the page (its box, its theme), then each writes (its size, its canvas). Reading after another
// chart has written would make the browser lay the page out again, once per chart. The writes
// (chart.js drawing) give the main thread back every few dozen milliseconds, so a page of many
// charts does not block input while they draw.
type Read = () => () => void;
let queue: { read: Read; ok: () => void; fail: (e: unknown) => void }[] = [];
const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => (port1.close(), resolve());
    port2.postMessage(0);
  });

function batch(read: Read): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push({ read, ok: resolve, fail: reject });
    if (queue.length === 1) queueMicrotask(() => void flush());
  });
}

async function flush(): Promise<void> {
  const jobs = queue;
  queue = [];
  const writes = jobs.map((job) => {
    try {
      return { job, write: job.read() };
    } catch (e) {
      job.fail(e);
      return undefined;
    }
  });
  let start = performance.now();
  for (const w of writes) {
    if (!w) continue;
    if (performance.now() - start > 40) {
      await nextTask();
      start = performance.now();
    }
    try {
      w.write();
      w.job.ok();
    } catch (e) {
      w.job.fail(e);
    }
  }
}

/**
 * chart.js inside a shadow root, done right (after Home Assistant's chart base): one chart per
 * canvas, created when data and canvas are there, sized before chart.js first draws (one draw,
 * not a draw and a resize), updated in place, resized by our own ResizeObserver (chart.js's own
 * responsiveness misreads sizes in shadow roots: chart.js #5763, #10924), redrawn for a new
 * devicePixelRatio (zoom) and for print, destroyed on disconnect and rebuilt on reconnect.
 */
export class ChartController implements ReactiveController {
  /** @internal */
  chart?: AnyChart;
  #spec?: (width: number) => ChartSpec;
  #canvas?: HTMLCanvasElement;
  /** Whoever waits for the chart to be on the canvas (a draw started while another was pending, too). */
  #waiting: (() => void)[] = [];
  #drawn = () => {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  };
  #width = 0;
  #font = '';
  #animating = false;
  #printing = false;
  // Only a new width or text size redraws: the bar chart sets its own height from its width. The
  // host is watched too, for text resized after drawing (text-only zoom, a site's "A+"), which
  // leaves the plot's width alone but must resize the canvas's labels. Deferred to the next frame
  // so a redraw that changes the height cannot feed the observer a loop. Made on connection, not
  // with the element.
  #resize?: ResizeObserver;
  #dpr?: MediaQueryList;
  #scheme?: MediaQueryList;
  #onDpr = () => this.#watchDpr(true);
  #onPrint = () => this.#print(true);
  #afterPrint = () => this.#print(false);
  #onScheme = () => this.#redraw();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Fetches chart.js (once for the page), if it is not on its way: it is needed as soon as the
   * report is. The host calls this first thing on connection (DkChart's `prefetch()`).
   */
  prefetch(): void {
    loadKit().catch(() => {});
  }

  hostConnected(): void {
    this.#resize ??= new ResizeObserver((entries) => {
      const plot = entries.find((e) => e.target !== this.host);
      const width = plot ? plot.contentRect.width : this.#width;
      const font = getComputedStyle(this.host).fontSize;
      if (width === this.#width && font === this.#font) return;
      this.#width = width;
      this.#font = font;
      requestAnimationFrame(() => this.#redraw());
    });
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#afterPrint);
    (this.#scheme ??= matchMedia('(prefers-color-scheme: dark)')).addEventListener('change', this.#onScheme);
    this.#watchDpr(false);
    // Rebuilt on reconnect.
    if (this.#canvas && this.#spec) void this.draw(this.#canvas, this.#spec);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#afterPrint);
    this.#scheme?.removeEventListener('change', this.#onScheme);
    this.#dpr?.removeEventListener('change', this.#onDpr);
    this.#resize?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
  }

  /**
   * Draws `spec(width)` on `canvas`, creating the chart or updating it in place; resolves when
   * the chart is on the canvas (after its entry animation, if any). `spec` is called again on
   * every resize, with the plot's width, so it can read sizes and theme tokens at that moment;
   * it must not change the page (it runs while other charts are measuring).
   */
  async draw(canvas: HTMLCanvasElement, spec: (width: number) => ChartSpec): Promise<void> {
    this.#canvas = canvas;
    this.#spec = spec;
    const current = () => this.host.isConnected && this.#canvas === canvas && this.#spec === spec;
    const loading = loadKit();
    // While chart.js is on its way, the plot already takes the height it will be drawn at (the
    // bars': from their width and labels), so the page moves once, with the text, not again
    // when the canvas is drawn.
    if (!this.chart && !loaded) await batch(() => this.#measureIf(current, canvas, spec));
    const { chartKit } = await loading;
    if (!current()) return;
    const drawn = new Promise<void>((resolve) => this.#waiting.push(resolve));
    await batch(() => this.#measureIf(current, canvas, spec, chartKit()));
    if (current()) return drawn;
  }

  /** `#measure`, while `current()` holds, at the read and again at the write (a batch may yield between). */
  #measureIf(
    current: () => boolean,
    canvas: HTMLCanvasElement,
    spec: (width: number) => ChartSpec,
    Chart?: typeof import('chart.js').Chart,
  ): () => void {
    if (!current()) return () => {};
    const write = this.#measure(canvas, spec, Chart);
    return () => current() && write();
  }

  /** Reads the plot's box and the spec; returns what then draws it (creating the chart, or updating it). */
  #measure(
    canvas: HTMLCanvasElement,
    spec: (width: number) => ChartSpec,
    Chart?: typeof import('chart.js').Chart,
  ): () => void {
    const box = canvas.parentElement!;
    const { width, height: boxHeight } = box.getBoundingClientRect();
    const { height = boxHeight, ...rest } = spec(width);
    const config = this.#config(rest);
    // What the ResizeObserver reports first: no redraw for the size just drawn at.
    this.#width = width;
    this.#font = getComputedStyle(this.host).fontSize;
    return () => {
      if (this.chart && this.chart.canvas !== canvas) {
        this.chart.destroy();
        this.chart = undefined;
      }
      const resize = this.#resize!;
      resize.disconnect();
      resize.observe(box);
      resize.observe(this.host);
      if (height !== boxHeight) box.style.setProperty('height', `${height}px`);
      const sized = width > 0 && height > 0;
      if (this.chart) {
        this.chart.data = config.data;
        this.chart.options = config.options!;
        if (sized) this.chart.resize(width, height);
        this.chart.update('none');
        // No animation: that was the final frame (and it ends any animation still running).
        this.#animating = false;
        this.#drawn();
      } else if (Chart) {
        // Sized before chart.js draws for the first time: one draw, not a draw and a resize.
        if (sized) {
          canvas.width = width;
          canvas.height = height;
        }
        this.chart = new Chart(canvas, config);
      }
    };
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
  #config(spec: Config): Config {
    const done: Plugin = {
      id: 'dk-drawn',
      afterRender: (chart) => {
        // Without animation (or after `update('none')`), the first render is the final one.
        if (chart.options.animation === false || !this.#animating) this.#drawn();
      },
    };
    // A hidden tab gets no animation frames: an animation there would hold `dk-ready` back.
    this.#animating = !this.chart && !reducedMotion() && document.visibilityState === 'visible';
    return {
      ...spec,
      options: {
        ...spec.options,
        responsive: false,
        maintainAspectRatio: false,
        events: [],
        animation: this.#animating
          ? { duration: 500, onComplete: () => ((this.#animating = false), this.#drawn()) }
          : false,
        devicePixelRatio: this.#printing ? Math.max(devicePixelRatio, 3) : devicePixelRatio,
      },
      plugins: [...(spec.plugins ?? []), done],
    };
  }

  /**
   * Size, zoom, print or colour scheme changed: rebuild the spec (it reads sizes and tokens) and
   * redraw in place, at once (before printing starts, for print).
   */
  #redraw(): void {
    if (this.chart && this.#spec && this.#canvas) this.#measure(this.#canvas, this.#spec)();
  }

  #watchDpr(changed: boolean): void {
    this.#dpr?.removeEventListener('change', this.#onDpr);
    this.#dpr = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    this.#dpr.addEventListener('change', this.#onDpr, { once: true });
    if (changed) this.#redraw();
  }

  #print(printing: boolean): void {
    this.#printing = printing;
    // beforeprint comes before the print styles apply: force the light scheme (as the print CSS
    // does) while the canvas reads its colours.
    if (printing) this.host.style.setProperty('color-scheme', 'light');
    else this.host.style.removeProperty('color-scheme');
    this.#redraw();
  }
}
