import type { ReportError } from '../data/types.js';
import type { Lang, formatValue } from './locale.js';

// The error messages, in both languages: a chunk of their own, imported the first time a widget
// fails, so a page whose widgets work never downloads them (about 1 KB gzipped). The base
// element has a one-line fallback for when this module cannot be fetched either.

/** The widgets' own words. */
export const strings = {
  da: {
    kinds: { stat: 'tal', question: 'spørgsmål', quote: 'citat' },
    network: (cross: boolean) =>
      `Data kunne ikke hentes. Tjek adressen og forbindelsen${cross ? ', og at serveren tillader CORS' : ''}.`,
    timeout: (s: string) => `Serveren svarede ikke inden for ${s} sekunder. Tjek adressen, eller prøv igen senere.`,
    http: (status: number) => `Serveren svarede med fejl ${status}. Tjek adressen på datafilen.`,
    notJson: (kind: string) =>
      kind === 'html'
        ? 'Adressen gav en webside, ikke en datafil. Tjek adressen.'
        : kind === 'empty'
          ? 'Datafilen er tom. Tjek, at den rigtige fil ligger på serveren.'
          : 'Datafilen er ikke gyldig JSON: den er måske afkortet eller har en tastefejl. Tjek den med en JSON-validator.',
    invalid: (path: string) => `Datafilen er ikke en gyldig rapport: feltet ${path} er forkert.`,
    unknownId: (kind: string, id: string, ids: string) =>
      `Rapporten har intet ${kind} med id'et „${id}“. Mulige: ${ids}.`,
    noSource: 'Widgetten mangler data: angiv src eller indhold.',
    render: 'Diagrammet kunne ikke tegnes i denne browser.',
  },

  en: {
    kinds: { stat: 'stat', question: 'question', quote: 'quote' },
    network: (cross: boolean) =>
      `The data could not be loaded. Check the address and the connection${cross ? ', and that the server allows CORS' : ''}.`,
    timeout: (s: string) => `The server did not answer within ${s} seconds. Check the address, or try again later.`,
    http: (status: number) => `The server answered with error ${status}. Check the data file's address.`,
    notJson: (kind: string) =>
      kind === 'html'
        ? 'The address gave a web page, not a data file. Check the address.'
        : kind === 'empty'
          ? 'The data file is empty. Check that the right file is on the server.'
          : 'The data file is not valid JSON: it may be cut off or have a typo. Check it with a JSON validator.',
    invalid: (path: string) => `The data file is not a valid report: the field ${path} is wrong.`,
    unknownId: (kind: string, id: string, ids: string) =>
      `The report has no ${kind} with the id “${id}”. Available: ${ids}.`,
    noSource: 'The widget has no data: set src or content.',
    render: 'The chart could not be drawn in this browser.',
  },
} as const;

/** A short message in the page's language for any failure. */
export function describeError(e: unknown, lang: Lang, format: typeof formatValue): string {
  const t = strings[lang];
  const err = e as ReportError;
  const i = (err.info ?? {}) as Record<string, never>;
  switch (err.code) {
    case 'network':
      return t.network(i.crossOrigin);
    case 'timeout':
      return t.timeout(format(i.seconds, 'count', lang));
    case 'http':
      return t.http(i.status);
    case 'not-json':
      return t.notJson(i.kind);
    case 'invalid':
      return t.invalid(i.path || (lang === 'en' ? '(root)' : '(rod)'));
    case 'unknown-id':
      return t.unknownId(
        t.kinds[i.kind as keyof typeof t.kinds],
        i.id,
        (i.ids as unknown as string[]).join(', ') || '–',
      );
    case 'no-source':
      return t.noSource;
    case 'render':
      return t.render;
    default:
      return t.network(false);
  }
}

/**
 * The message as text and ids taking turns (`[text, id, text, …]`): each id it names (the one
 * asked for, those there are) is rendered so that it moves to the next line whole.
 */
export function describeParts(e: unknown, lang: Lang, format: typeof formatValue): string[] {
  const message = describeError(e, lang, format);
  const info = ((e as ReportError).info ?? {}) as { id?: string; ids?: string[] };
  const ids = [info.id, ...(info.ids ?? [])].filter((x): x is string => !!x).sort((a, b) => b.length - a.length);
  if (!ids.length) return [message];
  const alternatives = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // The quotation marks around an id go with it: no „ left at a line's end.
  return message.split(new RegExp(`([„“]?(?:${alternatives})[“”]?)`));
}
