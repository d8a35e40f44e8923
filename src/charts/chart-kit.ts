// The only module that imports chart.js: exactly the parts the two charts use, registered once.
// It is loaded with import() the first time a chart element draws, so a page of text widgets
// never downloads chart.js. No plugins are registered globally: legends, labels and tooltips
// are our own HTML, and each chart passes its own inline plugins.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale } from 'chart.js';

Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale);

export { Chart };
