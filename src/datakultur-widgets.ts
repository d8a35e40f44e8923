// The embed entry: importing it defines every element.
export * from './components/headline-stat/dk-headline-stat.js';
export * from './components/quote-card/dk-quote-card.js';
export * from './components/donut-chart/dk-donut-chart.js';
export * from './components/bar-chart/dk-bar-chart.js';
export { loadReport } from './data/load.js';
export { validateReport } from './data/validate.js';
export { ReportError } from './data/types.js';
export type * from './data/types.js';
export type * from './jsx.js';
