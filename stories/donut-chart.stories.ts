import type { Meta } from '@storybook/web-components-vite';
import { DATA, report } from './support/catalogue.js';
import { commonStories, widgetMeta } from './support/widget-stories.js';
import type { Story } from './support/widget-stories.js';

const meta: Meta = { ...widgetMeta('dk-donut-chart'), title: 'Widgets/Donut chart', component: 'dk-donut-chart' };
export default meta;

const c = commonStories('dk-donut-chart', 'roles');
const roles = report.questions.find((q) => q.id === 'roles')!;

export const Playground: Story = { ...c.Playground };

export const Roles: Story = {
  name: 'Question: roles',
  args: { src: DATA, question: 'roles' },
  parameters: {
    docs: {
      description: {
        story: `The report's single-choice question \`roles\` ("${roles.title}"): ${roles.answers.length} answers, the number of respondents in the centre, every share in the legend.`,
      },
    },
  },
};
export const TableShown: Story = {
  name: 'Question: roles, as a table',
  args: { src: DATA, question: 'roles' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-donut-chart')!;
    await new Promise<void>((resolve) =>
      el.getAttribute('state') === 'ready'
        ? resolve()
        : el.addEventListener('dk-ready', () => resolve(), { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
  },
  parameters: {
    docs: {
      description: {
        story:
          'After "Vis som tabel" / "Show as table": the same figures as a data table. The table is always there for screen readers.',
      },
    },
  },
};

export const NoDownloads: Story = {
  name: 'Without the download buttons',
  args: { src: DATA, question: 'roles', 'no-downloads': true },
  parameters: {
    docs: {
      description: {
        story:
          '`no-downloads`: the footer keeps the source line ("Kilde: …", with the number of respondents) and leaves out "Hent data (CSV)" and "Hent billede (PNG)". Without it, the buttons download `roles.csv` (every share with the JSON\'s digits; Danish `;` and decimal comma, English `,` and `.`) and `roles.png` (the ring, its legend and the source line, 1440 px wide, in the light theme).',
      },
    },
  },
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
