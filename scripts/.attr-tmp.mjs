import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const c = new SourceMapConsumer(map);
const lines = code.split('\n');
const per = {};
const text = {};
let prev = null;
const segs = [];
c.eachMapping(m => segs.push(m));
segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
for (let i=0;i<segs.length;i++){
  const s=segs[i], n=segs[i+1];
  const line=lines[s.generatedLine-1];
  const end = n && n.generatedLine===s.generatedLine ? n.generatedColumn : line.length;
  const src=(s.source||'?').replace(/.*node_modules\//,'nm/').replace(/.*src\//,'src/');
  const piece=line.slice(s.generatedColumn,end);
  per[src]=(per[src]||0)+piece.length;
  text[src]=(text[src]||'')+piece;
}
const rows=Object.entries(per).sort((a,b)=>b[1]-a[1]);
for (const [k,v] of rows) console.log(String(v).padStart(7), String(gzipSync(text[k],{level:9}).length).padStart(6), k);
console.log('total', code.length, gzipSync(code,{level:9}).length);
