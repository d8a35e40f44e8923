import type { Meta } from '@storybook/web-components-vite';
import { DATA, report } from './support/catalogue.js';
import { commonStories, widgetMeta } from './support/widget-stories.js';
import type { Story } from './support/widget-stories.js';

const meta: Meta = { ...widgetMeta('dk-bar-chart'), title: 'Widgets/Bar chart', component: 'dk-bar-chart' };
export default meta;

const c = commonStories('dk-bar-chart', 'usage-contexts');
const usage = report.questions.find((q) => q.id === 'usage-contexts')!;
const describe = (story: string) => ({ docs: { description: { story } } });

export const Playground: Story = { ...c.Playground };

export const UsageContexts: Story = {
  name: 'Question: usage-contexts',
  args: { src: DATA, question: 'usage-contexts' },
  parameters: describe(
    `The report's multiple-choice question \`usage-contexts\` ("${usage.title}"), in the order the report prints it; several answers were possible, so the shares add up to more than 100 %.`,
  ),
};
export const SortedDesc: Story = {
  name: 'Question: usage-contexts, largest first',
  args: { src: DATA, question: 'usage-contexts', sort: 'desc' },
  parameters: describe('`sort="desc"`: the largest share first, easiest to read.'),
};
export const SortedAsc: Story = {
  name: 'Question: usage-contexts, smallest first',
  args: { src: DATA, question: 'usage-contexts', sort: 'asc' },
  parameters: describe('`sort="asc"`: the smallest share first.'),
};
export const SingleChoice: Story = {
  name: 'Question: roles, as bars',
  args: { src: DATA, question: 'roles', sort: 'desc' },
  parameters: describe('A single-choice question as bars works too (no "several answers" note).'),
};
export const TableShown: Story = {
  name: 'Question: usage-contexts, as a table',
  args: { src: DATA, question: 'usage-contexts' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-bar-chart')!;
    await new Promise<void>((resolve) =>
      el.getAttribute('state') === 'ready'
        ? resolve()
        : el.addEventListener('dk-ready', () => resolve(), { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
  },
  parameters: describe(
    'After "Vis som tabel" / "Show as table": the same figures as a data table. The table is always there for screen readers.',
  ),
};

export const NoDownloads: Story = {
  name: 'Without the download buttons',
  args: { src: DATA, question: 'usage-contexts', 'no-downloads': true },
  parameters: describe(
    '`no-downloads`: the footer keeps the source line ("Kilde: …") and leaves out "Hent data (CSV)" and "Hent billede (PNG)". Without it, the first buttons download the figures as CSV (Danish: `;` and decimal comma, with a byte-order mark for Excel; English: `,` and `.`) and the chart as a 1440 px PNG, both named after the question id.',
  ),
};

export const English: Story = { ...c.English, name: 'English' };
export const Narrow: Story = { ...c.Narrow, name: 'Narrow (320 px)' };
export const Medium: Story = { ...c.Medium, name: 'Medium (768 px)' };
export const Wide: Story = { ...c.Wide, name: 'Wide (1280 px)' };
export const Dark: Story = { ...c.Dark, name: 'Dark' };
export const Brand: Story = { ...c.Brand, name: 'Brand theme (tokens only)' };
export const ReportProperty: Story = { ...c.ReportProperty, name: 'Report as a property' };

export const Loading: Story = { ...c.Loading, name: 'Loading', tags: ['loading-on-purpose'] };
export const NotFound: Story = {
  ...c.NotFound,
  name: 'Error: not found (404)',
  tags: ['expect-error', 'allow-console-404'],
};
export const NotFoundEnglish: Story = {
  ...c.NotFoundEnglish,
  name: 'Error: not found (404), English',
  tags: ['expect-error', 'allow-console-404'],
};
export const NotJson: Story = { ...c.NotJson, name: 'Error: not JSON', tags: ['expect-error'] };
export const WebPage: Story = { ...c.WebPage, name: 'Error: a web page, not data', tags: ['expect-error'] };
export const Invalid: Story = { ...c.Invalid, name: 'Error: not a valid report', tags: ['expect-error'] };
export const UnknownId: Story = { ...c.UnknownId, name: 'Error: unknown id', tags: ['expect-error'] };
export const NetworkError: Story = {
  ...c.NetworkError,
  name: 'Error: server unreachable',
  tags: ['expect-error', 'allow-console-network'],
};
export const Timeout: Story = { ...c.Timeout, name: 'Error: no answer in time', tags: ['expect-error'] };
export const NoSource: Story = { ...c.NoSource, name: 'Error: no data', tags: ['expect-error'] };
