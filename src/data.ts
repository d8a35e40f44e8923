// `datakultur-widgets/data.js`: the report's loader, validator and error class for pages and apps
// that use the per-element entries (dk-*.js). It is the same code those entries share, so a
// `ReportError` a widget reports is an instance of this `ReportError`. The bundle
// (`datakultur-widgets`) exports the same three itself.
export { loadReport, MAX_WAIT } from './data/load.js';
export type { LoadOptions } from './data/load.js';
export { validateReport } from './data/validate.js';
export { ReportError } from './data/types.js';
export type * from './data/types.js';
