import type { Meta } from '@storybook/web-components-vite';
import { DATA, report } from './support/catalogue.js';
import { commonStories, widgetMeta } from './support/widget-stories.js';
import type { Story } from './support/widget-stories.js';

const meta: Meta = { ...widgetMeta('dk-quote-card'), title: 'Widgets/Quote card', component: 'dk-quote-card' };
export default meta;

const c = commonStories('dk-quote-card', 'top-management');
const quote = (id: string): Story => {
  const q = report.quotes.find((x) => x.id === id)!;
  const who = q.author ? `${q.author.name}, ${[q.author.title, q.author.organisation].filter(Boolean).join(', ')}` : '';
  return {
    args: { src: DATA, quote: id },
    parameters: {
      docs: {
        description: {
          story: `The report's quote \`${id}\`, under the recommendation "${q.heading}"${
            who ? `, said by ${who}` : '. The report names no speaker for it, so there is no attribution line'
          }.`,
        },
      },
    },
  };
};
const first = report.quotes.find((q) => q.author)!;
const anonymous = report.quotes.find((q) => !q.author);

export const Playground: Story = { ...c.Playground };

// The report's three quotes.
export const TopManagement: Story = { ...quote('top-management'), name: 'Quote: top-management' };
export const CrossDisciplinary: Story = { ...quote('cross-disciplinary'), name: 'Quote: cross-disciplinary' };
export const DomainKnowledge: Story = { ...quote('domain-knowledge'), name: 'Quote: domain-knowledge (no author)' };

export const WithSource: Story = {
  name: 'Quote: top-management, with its source',
  args: { src: DATA, quote: 'top-management', 'show-source': true },
  parameters: {
    docs: {
      description: {
        story:
          '`show-source`: the report\'s source line under the card ("Kilde: …", part `source`). Without the attribute the card looks as it always has.',
      },
    },
  },
};

export const Inline: Story = {
  name: 'Inline, without a data file',
  args: {
    heading: first.heading,
    author: first.author!.name,
    'author-title': first.author!.title,
    organisation: first.author!.organisation,
    content: first.text,
  },
  parameters: {
    docs: {
      description: {
        story:
          'Heading and attribution as attributes, the quote as the element’s children: the text is in the page before — and without — JavaScript.',
      },
    },
  },
};
export const InlineWithoutAuthor: Story = {
  name: 'Inline, without an author',
  args: { heading: anonymous?.heading ?? first.heading, content: anonymous?.text ?? first.text },
  parameters: { docs: { description: { story: 'No `author`: no attribution line, and nothing invented.' } } },
};
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { src: DATA, quote: 'top-management', 'heading-level': 2 },
  parameters: {
    docs: {
      description: {
        story:
          "`heading-level` puts the recommendation heading into the page's outline at the right level (default 3).",
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
