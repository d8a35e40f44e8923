// The only module that imports chart.js: exactly the parts the two charts use. It is loaded with
// import() the first time a chart element draws, so a page of text widgets never downloads
// chart.js. No plugins are registered globally: legends, labels and tooltips are our own HTML,
// and each chart passes its own inline plugins.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale } from 'chart.js';

// Registered from a call, not as a module side effect: package.json's `sideEffects` would let a
// bundler drop a bare top-level `Chart.register(...)` (it did: "doughnut" is not a registered controller).
let registered = false;
export function chartKit(): typeof Chart {
  if (!registered) {
    Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale);
    registered = true;
  }
  return Chart;
}
