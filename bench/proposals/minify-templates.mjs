// A proposal for vite.config.ts, not wired in (the build config is not the benchmark's to change):
//
//   import { minifyTemplates } from './bench/proposals/minify-templates.mjs';
//   plugins: [minifyTemplates(), staticFiles()],
//
// Minifies the static text of Lit's css`…` and html`…` literals in src/: CSS comments and
// whitespace go, and the markup's line breaks and indentation become one space (Lit sees the
// same text nodes; the page renders the same). Measured on this code base: the text-only page
// 0.37 KB gzip smaller, all four widgets 0.8 KB. Lit's own packages are already minified.

/** Passes the static parts of the css`…` and html`…` literals in `code` through `fn`. */
export function mapTemplates(code, fn) {
  let out = '';
  let i = 0;
  const re = /\b(css|html)`/g;
  let m;
  while ((m = re.exec(code))) {
    const tag = m[1];
    let j = m.index + m[0].length;
    out += code.slice(i, j);
    let text = '';
    for (;;) {
      const c = code[j];
      if (c === undefined) throw new Error('unterminated template literal');
      if (c === '\\') {
        text += c + code[j + 1];
        j += 2;
      } else if (c === '`') {
        out += fn(text, tag) + '`';
        j++;
        break;
      } else if (c === '$' && code[j + 1] === '{') {
        out += fn(text, tag);
        text = '';
        const start = j;
        j = skipExpression(code, j + 2);
        out += code.slice(start, j);
      } else {
        text += c;
        j++;
      }
    }
    i = j;
    re.lastIndex = j;
  }
  return out + code.slice(i);
}

/** Index just past the `}` that closes the expression starting at `j`. */
function skipExpression(code, j) {
  let depth = 1;
  while (depth > 0) {
    const c = code[j];
    if (c === undefined) throw new Error('unterminated expression');
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' || c === "'") {
      j++;
      while (code[j] !== c) j += code[j] === '\\' ? 2 : 1;
    } else if (c === '`') {
      j++;
      while (code[j] !== '`') {
        if (code[j] === '\\') j += 2;
        else if (code[j] === '$' && code[j + 1] === '{') j = skipExpression(code, j + 2);
        else j++;
      }
    }
    j++;
  }
  return j;
}

export const minifyCss = (t) =>
  t
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

export const minifyHtml = (t) => t.replace(/\s*\n\s*/g, ' ');

/** @returns {import('vite').Plugin} */
export const minifyTemplates = () => ({
  name: 'datakultur-minify-templates',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return undefined;
    return { code: mapTemplates(code, (t, tag) => (tag === 'css' ? minifyCss(t) : minifyHtml(t))), map: null };
  },
});
