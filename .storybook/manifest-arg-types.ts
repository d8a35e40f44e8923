// The docs table and controls of an element, from custom-elements.json.
//
// @storybook/web-components' own extractArgTypes keys every row by its bare name, so a CSS part
// named like an attribute replaces the attribute's row: dk-quote-card's `quote` and `heading`
// attributes, dk-headline-stat's `value` and `label`, would vanish from the table behind the
// parts of the same name. Here each category gets its own keys (`part:quote`, `event:dk-ready`)
// and keeps the name on screen; attributes keep their bare name, which is what the stories'
// args are.
import type { ArgTypes } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

function declaration(tag: string): Declaration | undefined {
  const manifest = getCustomElements() as { modules?: { declarations?: Declaration[] }[] } | undefined;
  for (const m of manifest?.modules ?? []) for (const d of m.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** `'none' | 'desc' | 'asc' | undefined` → ['none', 'desc', 'asc']; anything else → undefined. */
function literals(type: string | undefined): string[] | undefined {
  const parts = (type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

// Object form: argTypes from here are not normalised the way a story's own are, and a bare
// 'text' would show no control.
function control(item: Item): ArgTypes[string]['control'] {
  const type = item.type?.text ?? '';
  if (literals(type)) return { type: 'inline-radio' };
  if (/^number\b/.test(type)) return { type: 'number' };
  if (/^boolean\b/.test(type)) return { type: 'boolean' };
  if (/^string\b/.test(type)) return { type: 'text' };
  return false;
}

const row = (item: Item, category: string, extra: Partial<ArgTypes[string]> = {}): ArgTypes[string] => ({
  name: item.name,
  description: item.description,
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
  control: false,
  ...extra,
});

const camel = (event: string) => event.replace(/(?:^|[-_:.\s]+)(\w)/g, (_, c: string) => c.toUpperCase());

export function extractArgTypes(tag: string): ArgTypes | null {
  const d = declaration(tag);
  if (!d) return null;
  const types: ArgTypes = {};
  for (const a of d.attributes ?? []) {
    const property = a.fieldName && a.fieldName !== a.name ? ` (property \`${a.fieldName}\`)` : '';
    types[a.name] = row(a, 'attributes', {
      description: `${a.description ?? ''}${property}`,
      control: control(a),
      ...(literals(a.type?.text) ? { options: literals(a.type?.text) } : {}),
    });
  }
  // Properties without an attribute of their own: the rest are in the attribute's row.
  for (const m of d.members ?? [])
    if (m.kind === 'field' && !m.static && !m.attribute && !types[m.name])
      types[m.name] = row(m, 'properties', {
        description: `${m.description ?? ''}${m.readonly ? ' (read-only)' : ''}`,
      });
  for (const e of d.events ?? []) {
    types[`on${camel(e.name)}`] = { name: `on${camel(e.name)}`, action: e.name, table: { disable: true } };
    types[`event:${e.name}`] = row(e, 'events');
  }
  for (const s of d.slots ?? [])
    if (s.name === '')
      // The stories' `content` arg fills the default slot.
      types.content = row({ ...s, name: '(default)' }, 'slots', {
        description: `${s.description ?? ''} In the controls: plain text, a blank line between paragraphs.`,
        control: { type: 'text' },
      });
    else types[`slot:${s.name}`] = row(s, 'slots');
  for (const p of d.cssProperties ?? [])
    types[p.name] = row(p, 'css custom properties', {
      control: { type: /color|series/.test(p.name) ? 'color' : 'text' },
    });
  for (const p of d.cssParts ?? []) types[`part:${p.name}`] = row(p, 'css shadow parts');
  return types;
}
