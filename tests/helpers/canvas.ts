/** How many pixels of the canvas are not transparent. */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
  return n;
}

/** The chart.js instances alive on the page. */
export async function liveCharts(): Promise<number> {
  const Chart = (await import('../../src/charts/chart-kit.js')).chartKit();
  return Object.keys(Chart.instances).length;
}
