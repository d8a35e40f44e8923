// An app using the installed package (check-pack.mjs): typed elements through
// HTMLElementTagNameMap, the per-element entries, the report types and the loader.
import 'datakultur-widgets';
import 'datakultur-widgets/dk-bar-chart.js';
import 'datakultur-widgets/embed-resize.js';
import { validateReport } from 'datakultur-widgets';
import { loadReport, ReportError } from 'datakultur-widgets/data.js';
import type { Question } from 'datakultur-widgets/data.js';
import type { Report, DkErrorDetail } from 'datakultur-widgets';

const stat = document.createElement('dk-headline-stat');
stat.stat = 'more-data-driven';
stat.src = '/data/datakultur.json';
const bars = document.querySelector('dk-bar-chart')!;
bars.sort = 'desc';
const state: 'loading' | 'ready' | 'error' = bars.state;
bars.addEventListener('dk-error', (e) => {
  const detail: DkErrorDetail = e.detail;
  console.log(detail.message, detail.code, state);
});
const report: Report = validateReport({});
document.querySelector('dk-donut-chart')!.report = report;
// @ts-expect-error: sort takes none, desc or asc
bars.sort = 'sideways';
void loadReport('/data/datakultur.json').then(
  (r) => console.log((r.questions[0] satisfies Question).title),
  (e: unknown) => console.log(e instanceof ReportError && e.code),
);
