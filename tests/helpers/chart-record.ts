// What chart.js draws, per canvas: how many times it rendered, and the text of its last frame
// (every fillText between beforeRender and afterRender, with its font and colour). Installed as a
// global chart.js plugin and a wrapper around CanvasRenderingContext2D.prototype.fillText.
import { chartKit } from '../../src/charts/chart-kit.js';

export interface DrawnText {
  text: string;
  x: number;
  y: number;
  font: string;
  fill: string;
}

export interface ChartRecorder {
  /** chart.js renders of this canvas since recording began. */
  renders(canvas: HTMLCanvasElement): number;
  /** The text of the canvas's last render, in drawing order. */
  lastFrame(canvas: HTMLCanvasElement): DrawnText[];
  restore(): void;
}

export function recordCharts(): ChartRecorder {
  const Chart = chartKit();
  const renders = new Map<HTMLCanvasElement, number>();
  const frames = new Map<HTMLCanvasElement, DrawnText[]>();
  let current: HTMLCanvasElement | undefined;
  let texts: DrawnText[] = [];
  const plugin = {
    id: 'test-recorder',
    // Counted where a render starts: chart.js also announces afterRender when animations end.
    beforeRender(chart: { canvas: HTMLCanvasElement }) {
      renders.set(chart.canvas, (renders.get(chart.canvas) ?? 0) + 1);
      current = chart.canvas;
      frames.set(chart.canvas, (texts = []));
    },
    afterRender() {
      current = undefined;
    },
  };
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
    if (this.canvas === current)
      texts.push({
        text: String(text),
        x,
        y,
        font: this.font,
        fill: typeof this.fillStyle === 'string' ? this.fillStyle : '(gradient or pattern)',
      });
    return max === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, max);
  };
  Chart.register(plugin);
  return {
    renders: (canvas) => renders.get(canvas) ?? 0,
    lastFrame: (canvas) => frames.get(canvas) ?? [],
    restore() {
      proto.fillText = fillText;
      Chart.unregister(plugin);
    },
  };
}

/** Two animation frames and a task: long enough for a redraw asked for now to be on the canvas. */
export const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 20));
};
