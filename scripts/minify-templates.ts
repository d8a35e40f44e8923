// A vite plugin for `npm run build` (vite.config.ts): minifies the static text of Lit's css`…` and
// html`…` literals in src/, which rolldown's minifier leaves as written. CSS comments and
// whitespace go; in markup, comments go and every run of whitespace with a line break becomes one
// space (Lit sees the same text nodes but for comments, and the page renders the same). Strings in
// CSS are kept as they are. Lit's own packages are already minified.
//
// The literals are found with the parser vite ships (oxc), so a css` or html` in a comment or a
// string is never touched; the plugin returns a source map of its edits, so the published maps still
// point into src/. Build only: `npm start` serves the templates as written.
import { parseSync, Visitor } from 'vite';
import type { Plugin } from 'vite';

/** One edit of `code`: [start, end) replaced by `text`. */
type Edit = { start: number; end: number; text: string };
/** Where a static part sits in its literal: the first and/or the last of them. */
type Place = { first: boolean; last: boolean };

/** CSS split into code and quoted strings, comments dropped. */
function cssTokens(t: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  let code = '';
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (c === '/' && t[i + 1] === '*') {
      const end = t.indexOf('*/', i + 2);
      // A comment that runs into a ${…} would be half removed: say so rather than guess.
      if (end < 0) throw new Error('minify-templates: a CSS comment crosses an interpolation');
      i = end + 2;
      code += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < t.length && t[j] !== c) j += t[j] === '\\' ? 2 : 1;
      out.push({ code: true, text: code }, { code: false, text: t.slice(i, j + 1) });
      code = '';
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  out.push({ code: true, text: code });
  return out;
}

/**
 * The static CSS text `t`, minified. Next to an interpolation (not the literal's first or last
 * part), whitespace stays one space: `margin: ${x} auto` must not become `margin:${x}auto`.
 */
export function minifyCss(t: string, { first, last }: Place = { first: true, last: true }): string {
  let out = cssTokens(t)
    .map(({ code, text }) =>
      code
        ? text
            .replace(/[ \t\r\n\f]+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
        : text,
    )
    .join('');
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
}

/** The static markup `t`, minified: comments out, whitespace with a line break in it one space. */
export const minifyHtml = (t: string): string =>
  t.replace(/<!--[\s\S]*?-->/g, '').replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');

/**
 * Markup or CSS whose whitespace means something: the minifier would change how it renders
 * (preformatted text, a line break inside an attribute value), so the build stops and says where.
 */
const WHITESPACE_MATTERS = /<pre\b|<textarea\b|white-space\s*:\s*(pre|break-spaces)|=\s*"[^"]*\n[^"]*"/;

/** The edits that minify every css`…`/html`…` literal's static text in `code` (TypeScript). */
export function templateEdits(code: string, filename: string): Edit[] {
  const { program, errors } = parseSync(filename, code);
  if (errors.length) throw new Error(`${filename}: ${errors[0].message}`);
  const edits: Edit[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
      if (tag !== 'css' && tag !== 'html') return;
      const quasis = node.quasi.quasis;
      quasis.forEach((q, i) => {
        const raw = q.value.raw;
        if (WHITESPACE_MATTERS.test(raw))
          throw new Error(
            `${filename}: minify-templates would change whitespace that matters here: ${raw.slice(0, 80)}`,
          );
        const start = q.start + 1; // after ` or }
        if (code.slice(start, start + raw.length) !== raw)
          throw new Error(`${filename}: template at ${start} not found`);
        const text =
          tag === 'css' ? minifyCss(raw, { first: i === 0, last: i === quasis.length - 1 }) : minifyHtml(raw);
        if (text !== raw) edits.push({ start, end: start + raw.length, text });
      });
    },
  }).visit(program);
  return edits.sort((a, b) => a.start - b.start);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = (n: number) => {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
};

/**
 * `code` with `edits` applied, and a source map back to `code`: unchanged text is mapped at every
 * token, an edited part at its start.
 */
export function applyEdits(code: string, edits: Edit[], source: string) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const at = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return [lo, pos - lineStarts[lo]] as const;
  };
  let out = '';
  const lines: string[] = [];
  let line = '';
  let genCol = 0;
  let prevGenCol = 0;
  let prevLine = 0;
  let prevCol = 0;
  const map = (pos: number) => {
    const [l, c] = at(pos);
    line += (line ? ',' : '') + vlq(genCol - prevGenCol) + 'A' + vlq(l - prevLine) + vlq(c - prevCol);
    prevGenCol = genCol;
    prevLine = l;
    prevCol = c;
  };
  /** Appends `text`, which comes from `from` in `code` (edited text: replaces what starts there). */
  const emit = (text: string, from: number, edited: boolean) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n') {
        lines.push(line);
        line = '';
        genCol = prevGenCol = 0;
        continue;
      }
      // Unchanged text: a mapping at each token start; edited text: at its start only.
      if (edited ? i === 0 : /\S/.test(ch) && (i === 0 || !/\w/.test(ch) || !/\w/.test(text[i - 1])))
        map(edited ? from : from + i);
      genCol++;
    }
    out += text;
  };
  let pos = 0;
  for (const e of edits) {
    emit(code.slice(pos, e.start), pos, false);
    emit(e.text, e.start, true);
    pos = e.end;
  }
  emit(code.slice(pos), pos, false);
  lines.push(line);
  return {
    code: out,
    map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings: lines.join(';') },
  };
}

export const minifyTemplates = (): Plugin => ({
  name: 'datakultur-minify-templates',
  apply: 'build',
  enforce: 'pre',
  transform: {
    // Our own sources only: never a dependency's (node_modules/…/src/*.ts).
    filter: { id: /^(?!.*node_modules).*[\\/]src[\\/].*\.ts$/, code: /\b(css|html)`/ },
    handler(code, id) {
      const edits = templateEdits(code, id);
      return edits.length ? applyEdits(code, edits, id) : undefined;
    },
  },
});
