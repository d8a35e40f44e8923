// Which sources a built chunk's bytes come from, by its source map:
//   node bench/attribute.mjs dist/chunks/dk-element-*.js
// Prints, per source, the minified bytes it maps to and a gzip estimate (its bytes gzipped on
// their own, so the estimates add up to more than the chunk's real gzip size).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(str) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of str) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

for (const file of process.argv.slice(2)) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const pieces = new Map(); // source index -> string pieces
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = line
      .split(',')
      .filter(Boolean)
      .map((s) => {
        const v = decodeVlq(s);
        col += v[0];
        if (v.length > 1) src += v[1];
        return { col, src: v.length > 1 ? src : -1 };
      });
    // The source line/column deltas must still be consumed to keep `src` right: they are, since
    // only field 1 (the source index) matters here and it is cumulative across the whole map.
    const text = lines[li] ?? '';
    segs.forEach((s, i) => {
      const end = i + 1 < segs.length ? segs[i + 1].col : text.length;
      const k = s.src;
      if (!pieces.has(k)) pieces.set(k, []);
      pieces.get(k).push(text.slice(s.col, end));
    });
  });
  const rows = [...pieces.entries()].map(([k, parts]) => {
    const t = parts.join('');
    return { source: k < 0 ? '(unmapped)' : map.sources[k], bytes: t.length, gzip: gzipSync(t).length };
  });
  rows.sort((a, b) => b.bytes - a.bytes);
  console.log(`${file}: ${code.length} B, ${gzipSync(code).length} B gzip`);
  for (const r of rows)
    console.log(
      `  ${String(r.bytes).padStart(7)} B  ~${String(r.gzip).padStart(6)} B gz  ${r.source.replace(/^(\.\.\/)+/, '')}`,
    );
}
