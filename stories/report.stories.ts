import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadReport } from '../src/datakultur-widgets.js';
import type { Report } from '../src/datakultur-widgets.js';
import { CDN, DATA, SCRIPT, builderLink } from './support/catalogue.js';
import type { DkParameters } from './support/catalogue.js';
import type { Story } from './support/widget-stories.js';
import { articleHtml } from './support/report-page.js';
import './support/report-page.css';

// Every part of the report, in the order the seed prints it, as a municipality's CMS page would
// compose it (see support/report-page.ts).

const meta: Meta = {
  title: 'Report/The whole report',
  parameters: {
    docs: {
      description: {
        component:
          'Every part of the report — title and subtitle, the three questions, data collection and the definition of ' +
          '*borgerrelaterede data*, the respondents and their roles, the two headline figures, the recommendations ' +
          'with their quotes and the usage bars, the closing call — composed as a municipal web page. All text comes ' +
          `from \`data/datakultur.json\`; the widgets share one request. The snippet is the page body to paste into a CMS; or make single widgets in the ${builderLink}.`,
      },
    },
  },
};
export default meta;

export const WholeReport: Story = {
  name: 'The whole report',
  loaders: [async () => ({ report: await loadReport(DATA) })],
  render: (_args, { loaded }) =>
    html`<div class="municipal-page">
      <header class="site">
        <a class="brand" href="#top">Eksempel Kommune</a>
      </header>
      <main>${unsafeHTML(articleHtml(loaded.report as Report, DATA))}</main>
    </div>`,
  parameters: {
    dk: {
      snippet: async () => [SCRIPT, '', articleHtml(await loadReport(DATA), `${CDN}${DATA}`)].join('\n'),
    } satisfies DkParameters,
  },
};
