import { DATA, report } from './support/catalogue.js';
import { commonStories, widgetMeta } from './support/widget-stories.js';
import type { Meta } from '@storybook/web-components-vite';
import type { Story } from './support/widget-stories.js';

const meta: Meta = { ...widgetMeta('dk-headline-stat'), title: 'Widgets/Headline stat', component: 'dk-headline-stat' };
export default meta;

const c = commonStories('dk-headline-stat', 'more-data-driven');
const stat = (id: string): Story => {
  const s = report.stats.find((x) => x.id === id)!;
  return {
    args: { src: DATA, stat: id },
    parameters: { docs: { description: { story: `The report's stat \`${id}\`: ${s.value} ${s.label}.` } } },
  };
};
const inline = report.stats.find((s) => s.id === 'more-data-driven')!;

export const Playground: Story = { ...c.Playground };

// The report's three figures.
export const MoreDataDriven: Story = { ...stat('more-data-driven'), name: 'Stat: more-data-driven' };
export const SeePotential: Story = { ...stat('see-potential'), name: 'Stat: see-potential' };
export const Responses: Story = { ...stat('responses'), name: 'Stat: responses' };

export const WithSource: Story = {
  name: 'Stat: more-data-driven, with its source',
  args: { src: DATA, stat: 'more-data-driven', 'show-source': true },
  parameters: {
    docs: {
      description: {
        story:
          '`show-source`: the report\'s source line under the figure ("Kilde: …", part `source`), as the charts always show it. The title links to the report when its `download.url` is set. Without the attribute the figure looks as it always has.',
      },
    },
  },
};

export const Inline: Story = {
  name: 'Inline, without a data file',
  args: { value: inline.value, unit: inline.unit, label: inline.label },
  parameters: {
    docs: {
      description: {
        story:
          'The figure and its caption written into the page as attributes: no request, and the caption is in the HTML before JavaScript runs.',
      },
    },
  },
};
export const InlineCount: Story = {
  name: 'Inline, a count',
  args: { value: 1000, unit: 'count', label: 'besvarelser' },
  parameters: {
    docs: { description: { story: 'A count (`unit="count"`) is formatted for the language: "1.000", "1,000".' } },
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
