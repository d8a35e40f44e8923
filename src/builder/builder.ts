/// <reference types="vite/client" />
// The embed-code builder (builder.html): pick a widget and what it shows, see it live, copy the code.
// From the bundle itself (which defines the elements): in the build, builder.js imports
// ./datakultur-widgets.js rather than a copy of its loader (vite.config.ts).
import { loadReport } from '../datakultur-widgets.js';
import type { Report } from '../data/types.js';
import { ID_ATTRIBUTE, resizeScript, snippet } from './snippet.js';
import type { SnippetOptions, WidgetName } from './snippet.js';

// Where the files are published: beside this script in a build. The dev server (`npm start`)
// serves the same layout under /dist/ from the source (vite.config.ts); the report is in data/ there.
const base = new URL(import.meta.env?.DEV === true ? '/dist/' : './', import.meta.url).href;
const dataUrl = new URL('data/datakultur.json', base).href;

const form = document.querySelector<HTMLFormElement>('#builder')!;
const field = <T extends HTMLElement = HTMLInputElement>(name: string) => form.elements.namedItem(name) as unknown as T;
const preview = document.querySelector<HTMLElement>('#preview')!;
const code = document.querySelector<HTMLElement>('#code')!;
const copied = document.querySelector<HTMLElement>('#copied')!;
const templateNote = document.querySelector<HTMLElement>('#template-note')!;

let report: Report | undefined;

/** The items a widget can show, as [id, human title]. */
function items(widget: WidgetName): [string, string][] {
  if (!report) return [];
  if (widget === 'headline-stat')
    return report.stats.map((s) => [s.id, `${s.value}${s.unit === 'percent' ? ' %' : ''} ${s.label}`]);
  if (widget === 'quote-card') return report.quotes.map((q) => [q.id, q.heading]);
  return report.questions.filter((q) => q.multiple === (widget === 'bar-chart')).map((q) => [q.id, q.title]);
}

function fillIds(): void {
  const select = field<HTMLSelectElement>('id');
  const before = select.value;
  select.replaceChildren(
    ...items(field<HTMLSelectElement>('widget').value as WidgetName).map(
      ([id, title]) => new Option(`${title} (${id})`, id),
    ),
  );
  if ([...select.options].some((o) => o.value === before)) select.value = before;
}

function options(): SnippetOptions {
  const widget = field<HTMLSelectElement>('widget').value as WidgetName;
  const id = field<HTMLSelectElement>('id').value;
  const title = items(widget).find(([i]) => i === id)?.[1] ?? id;
  return {
    widget,
    id,
    title,
    src: field('src').value || dataUrl,
    base,
    lang: field<HTMLSelectElement>('lang').value as 'da' | 'en',
    theme: (field<HTMLSelectElement>('theme').value || undefined) as SnippetOptions['theme'],
    sort: (field<HTMLSelectElement>('sort').value || undefined) as SnippetOptions['sort'],
    // 3 is the elements' default: left out of the code.
    headingLevel:
      Number(field<HTMLSelectElement>('heading-level').value) === 3
        ? undefined
        : Number(field<HTMLSelectElement>('heading-level').value),
    // Downloads are on by default: the box unticked writes `no-downloads`.
    noDownloads: !field('downloads').checked,
    showSource: field('show-source').checked,
    mode: (form.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value ?? 'script') as 'script' | 'iframe',
  };
}

function update(): void {
  const o = options();
  form.dataset.widget = o.widget;
  code.textContent = snippet(o);
  templateNote.hidden = o.mode !== 'iframe';
  copied.textContent = '';
  // The live preview is the element itself (the iframe variant renders the same element).
  const el = document.createElement(`dk-${o.widget}`);
  el.setAttribute('src', o.src);
  el.setAttribute(ID_ATTRIBUTE[o.widget], o.id);
  el.setAttribute('lang', o.lang);
  if (o.theme) el.setAttribute('theme', o.theme);
  if (o.sort && o.widget === 'bar-chart') el.setAttribute('sort', o.sort);
  if (o.headingLevel) el.setAttribute('heading-level', String(o.headingLevel));
  if (o.noDownloads) el.setAttribute('no-downloads', '');
  if (o.showSource) el.setAttribute('show-source', '');
  // A dark theme is meant for a dark page: the preview box is one (demo/builder.css).
  preview.dataset.theme = o.theme ?? '';
  preview.replaceChildren(el);
}

form.addEventListener('change', (e) => {
  if ((e.target as HTMLElement).getAttribute('name') === 'widget') fillIds();
  update();
});
form.addEventListener('submit', (e) => e.preventDefault());

document.querySelector('#copy')!.addEventListener('click', () => {
  navigator.clipboard.writeText(code.textContent ?? '').then(
    () => (copied.textContent = 'Koden er kopieret. Sæt den ind i en HTML-blok i dit CMS.'),
    () => {
      // No clipboard permission (an http page, an old browser): select the code to copy by hand.
      getSelection()?.selectAllChildren(code);
      copied.textContent = 'Koden er markeret: tryk Ctrl+C (Cmd+C på Mac) for at kopiere.';
    },
  );
});

field('src').placeholder = dataUrl;
document.querySelector('#template-code')!.textContent = resizeScript(base);
try {
  report = await loadReport(dataUrl);
} catch (e) {
  copied.textContent = `Rapporten kunne ikke hentes: ${(e as Error).message}`;
}
fillIds();
update();
document.body.dataset.ready = '';
