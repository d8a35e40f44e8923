import { define } from '../../internal/define.js';
import { DonutChart } from './donut-chart.js';

export { DonutChart };
export type { DkErrorDetail, WidgetState } from '../../internal/dk-element.js';

define('dk-donut-chart', DonutChart);

declare global {
  interface HTMLElementTagNameMap {
    'dk-donut-chart': DonutChart;
  }
}
