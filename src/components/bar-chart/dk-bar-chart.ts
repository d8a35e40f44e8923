import { define } from '../../internal/define.js';
import { BarChart } from './bar-chart.js';

export { BarChart };
export type { DkErrorDetail, WidgetState } from '../../internal/dk-element.js';

define('dk-bar-chart', BarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dk-bar-chart': BarChart;
  }
}
