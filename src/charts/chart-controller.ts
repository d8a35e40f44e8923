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

/** The data: shares, or (bars placed by their content) a share and a row's position. */
export type Data = number[] | { x: number; y: number }[];
type Config = ChartConfiguration<'doughnut' | 'bar', Data, string | string[]>;
export type ChartSpec = Config & {
  /** The plot's height in CSS pixels, when the chart sets it itself (the bars: from their width). */
  height?: number;
};
type AnyChart = Chart<'doughnut' | 'bar', Data, string | string[]>;

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
 * canvas, sized before chart.js first draws (one draw, not a draw and a resize), and **one way to
 * draw**: every trigger — new data or properties (`draw()`), the plot's size, the text size, the
 * devicePixelRatio (zoom), print, a web font that arrives late, the page's colour scheme or forced
 * colours (`themeChanged()`) — asks for one redraw, which builds the chart again from the current
 * spec. Updating a chart in place (`chart.data`/`chart.options`) keeps the inline plugins it was
 * created with and `resize()` keeps the old devicePixelRatio: both drew stale labels or blurred
 * pixels, so the controller never does either. Sizes are layout sizes (ResizeObserver's content
 * box), never `getBoundingClientRect()`, which a transformed ancestor scales: that fed a redraw
 * loop. chart.js's own responsiveness is off (it misreads sizes in shadow roots: chart.js #5763,
 * #10924); the canvas's CSS size is the plot's box, never a pixel width chart.js writes.
 */
export class ChartController implements ReactiveController {
  /** @internal */
  chart?: AnyChart;
  #spec?: (width: number) => ChartSpec;
  #canvas?: HTMLCanvasElement;
  #Chart?: typeof import('chart.js').Chart;
  /** Whoever waits for the chart to be on the canvas. */
  #waiting: (() => void)[] = [];
  #drawn = () => {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  };
  /** What the chart on the canvas was drawn for: plot width, text size, devicePixelRatio, colours. */
  #drawnFor = '';
  /** The chart on this canvas has been drawn once (only the first draw animates). */
  #shown?: HTMLCanvasElement;
  #animating = false;
  #printing = false;
  #active = -1;
  /** A redraw asked for, at the next animation frame. */
  #frame = 0;
  /** A draw queued in this turn's batch (many asks in one turn draw once). */
  #queued?: Promise<void>;
  // Watches the plot's box in device pixels (its size and the devicePixelRatio: zoom, a window
  // moved to another screen) and the host (text resized after drawing: text-only zoom, a site's
  // "A+"). A redraw waits for the next frame, so one that changes the height cannot feed the
  // observer a loop. Made on connection, not with the element.
  #resize?: ResizeObserver;
  #dpr?: MediaQueryList;
  #media: MediaQueryList[] = [];
  #onDpr = () => this.#watchDpr(true);
  #onPrint = () => this.#print(true);
  #afterPrint = () => this.#print(false);
  #onChange = () => this.#schedule();
  #onFont = () => this.#schedule(true);

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
    this.#resize ??= new ResizeObserver(this.#onChange);
    // Browser zoom resizes the window (in CSS pixels) as it changes the ratio: the one signal
    // every engine gives, where the observer and `(resolution)` queries may stay silent.
    addEventListener('resize', this.#onChange);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#afterPrint);
    // Colour scheme and forced colours from the OS; the page's own `color-scheme` and the `theme`
    // attribute reach the canvas through `themeChanged()`.
    this.#media = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
    for (const m of this.#media) m.addEventListener('change', this.#onChange);
    document.fonts?.addEventListener('loadingdone', this.#onFont);
    this.#watchDpr(false);
    // Rebuilt on reconnect.
    if (this.#canvas && this.#spec) void this.draw(this.#canvas, this.#spec);
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.#onChange);
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#afterPrint);
    for (const m of this.#media) m.removeEventListener('change', this.#onChange);
    document.fonts?.removeEventListener('loadingdone', this.#onFont);
    this.#dpr?.removeEventListener('change', this.#onDpr);
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.chart?.destroy();
    this.chart = undefined;
    this.#shown = undefined;
    this.#drawnFor = '';
  }

  /**
   * Draws `spec(width)` on `canvas`; resolves when the chart is on the canvas (after its entry
   * animation, if any). `spec` is called again for every redraw, with the plot's width, so it
   * reads sizes, theme tokens and properties at that moment; it must not change the page (it runs
   * while other charts are measuring). Any number of calls in one turn draw once, the last spec.
   */
  async draw(canvas: HTMLCanvasElement, spec: (width: number) => ChartSpec): Promise<void> {
    this.#canvas = canvas;
    if (spec !== this.#spec) this.#version++;
    this.#spec = spec;
    const current = () => this.host.isConnected && this.#canvas === canvas && this.#spec === spec;
    const drawn = new Promise<void>((resolve) => this.#waiting.push(resolve));
    if (!this.#Chart) {
      const loading = loadKit();
      // While chart.js is on its way, the plot already takes the height it will be drawn at (the
      // bars': from their width and labels), so the page moves once, with the text, not again
      // when the canvas is drawn.
      if (!loaded) await batch(() => (current() ? this.#measure(canvas, spec).size : () => {}));
      this.#Chart = (await loading).chartKit();
    }
    if (!current()) return;
    await (this.#queued ??= batch(() => {
      this.#queued = undefined;
      return this.#measure(this.#canvas!, this.#spec!).draw;
    }));
    if (current()) return drawn;
  }

  /** The theme's colours changed (the host's probe saw it): one redraw at the next frame. */
  themeChanged(): void {
    this.#schedule();
  }

  /**
   * Highlights answer `index` (or nothing, with -1) as hover would, and returns where it is on
   * the canvas, in CSS pixels, for a tooltip. Kept across redraws.
   */
  highlight(index: number): { x: number; y: number } | undefined {
    this.#active = index;
    const chart = this.chart;
    if (!chart) return undefined;
    chart.setActiveElements(index < 0 ? [] : [{ datasetIndex: 0, index }]);
    chart.render();
    const at = chart.getDatasetMeta(0).data[index]?.tooltipPosition(true);
    return at && at.x !== null && at.y !== null ? { x: at.x, y: at.y } : undefined;
  }

  /**
   * Asks for one redraw at the next animation frame, however many triggers fire before it. It
   * redraws only if the width, text size, devicePixelRatio or colours changed since the last draw
   * (the bars set their own height from their width, and the observer reports that height too;
   * a theme change reaches both the colour probe and a Lit update), or when `forced` (a web font
   * arrived: same key, other glyphs).
   */
  #schedule(forced = false): void {
    if (!this.#spec) return;
    if (forced) this.#forced = true;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const forced = this.#forced;
      this.#forced = false;
      // The canvas may have left the page since (an error view took its place).
      if (!this.#canvas?.isConnected || !this.#spec) return;
      try {
        const m = this.#measure(this.#canvas, this.#spec);
        if (forced || m.key !== this.#drawnFor) m.draw();
      } catch (e) {
        // A redraw that fails leaves the last picture; nothing is thrown into the page.
        console.error(e);
      }
    });
  }
  #forced = false;
  #version = 0;

  /**
   * Reads the plot's layout box and the spec; returns what sizes the plot (`size`) and what
   * draws it (`draw`: the plot sized, and the chart built anew on the canvas), and the key of
   * what it is drawn for.
   */
  #measure(canvas: HTMLCanvasElement, spec: (width: number) => ChartSpec) {
    const box = canvas.parentElement!;
    // The layout box, as the ResizeObserver sees it: a transformed ancestor does not scale it.
    const cs = getComputedStyle(box);
    const width = box.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const boxHeight = box.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    const dpr = this.#printing ? Math.max(devicePixelRatio, 3) : devicePixelRatio;
    const { height = boxHeight, ...rest } = spec(width);
    // The colours drawn with (the segments or bars, the gaps, the text's ink): a colour probe's
    // transition and a Lit update may both report one change of theme.
    const d = rest.data.datasets[0] as unknown as Record<string, unknown>;
    const colours = JSON.stringify([d.backgroundColor, d.borderColor, d.hoverBorderColor]);
    const key = `${this.#version} ${width} ${getComputedStyle(this.host).fontSize} ${dpr} ${colours}`;
    const size = () => {
      if (height !== boxHeight) box.style.setProperty('height', `${height}px`);
    };
    const draw = () => {
      const Chart = this.#Chart;
      if (!Chart || !this.host.isConnected) return;
      const resize = this.#resize!;
      resize.disconnect();
      resize.observe(box, { box: 'device-pixel-content-box' });
      resize.observe(this.host);
      // Hidden (display: none, or the table shown in the plot's place): left as it is, and drawn
      // when shown if its width changed meanwhile.
      if (!(width > 0) || !(height > 0)) {
        if (width > 0) size();
        // Nothing to draw now (hidden): whoever waits is let go; the key (spec version) redraws it when shown.
        this.#drawn();
        return;
      }
      size();
      this.chart?.destroy();
      // The canvas's CSS size is its box (the style sheet); an inline width makes chart.js leave
      // it so, instead of writing the screen's pixel width, which a printed page would keep.
      canvas.style.setProperty('width', '100%');
      canvas.width = width;
      canvas.height = height;
      this.#drawnFor = key;
      const config = this.#config(rest, canvas, dpr);
      this.chart = new Chart(canvas, config);
      this.#shown = canvas;
      if (this.#active >= 0) this.highlight(this.#active);
    };
    return { key, size, draw };
  }

  /** Adds what every chart needs to the widget's spec. */
  #config(spec: Config, canvas: HTMLCanvasElement, dpr: number): Config {
    const done: Plugin = {
      id: 'dk-drawn',
      afterRender: (chart) => {
        // Without animation, the first render is the final one.
        if (chart.options.animation === false || !this.#animating) this.#drawn();
      },
    };
    // Only the first draw on a canvas animates, never in a hidden tab (no animation frames there:
    // it would hold `dk-ready` back) nor with reduced motion.
    this.#animating = this.#shown !== canvas && !reducedMotion() && document.visibilityState === 'visible';
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
        devicePixelRatio: dpr,
      },
      plugins: [...(spec.plugins ?? []), done],
    };
  }

  /** Where media queries can tell, a new devicePixelRatio redraws (the observer sees it too). */
  #watchDpr(changed: boolean): void {
    this.#dpr?.removeEventListener('change', this.#onDpr);
    this.#dpr = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    this.#dpr.addEventListener('change', this.#onDpr, { once: true });
    if (changed) this.#schedule();
  }

  /** The element's own inline `color-scheme` (a page may set one), put back after printing. */
  #scheme?: [string, string];

  #print(printing: boolean): void {
    this.#printing = printing;
    // beforeprint comes before the print styles apply: force the light scheme (as the print CSS
    // does) while the canvas reads its colours. Drawn at once, at print resolution, before
    // printing starts (a frame would come too late).
    const style = this.host.style;
    if (printing) {
      this.#scheme ??= [style.getPropertyValue('color-scheme'), style.getPropertyPriority('color-scheme')];
      style.setProperty('color-scheme', 'light', 'important');
    } else if (this.#scheme) {
      const [value, priority] = this.#scheme;
      this.#scheme = undefined;
      if (value) style.setProperty('color-scheme', value, priority);
      else style.removeProperty('color-scheme');
    }
    if (!this.chart || !this.#canvas?.isConnected || !this.#spec) return;
    try {
      this.#measure(this.#canvas, this.#spec).draw();
    } catch (e) {
      console.error(e);
    }
  }
}
