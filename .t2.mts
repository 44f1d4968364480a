import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { decodeBytes, inferColumn } from "./src/data/index.ts";
const bytes = readFileSync(process.argv[2]);
let t = performance.now();
const { text } = decodeBytes(bytes);
console.log("decode", Math.round(performance.now() - t)); t = performance.now();
const recs: string[][] = [];
(Papa.parse as any)(text, { delimiter: ",", chunkSize: 1 << 20, chunk: (r: any) => { for (const x of r.data) recs.push(x); } });
console.log("papa chunks", Math.round(performance.now() - t), recs.length); t = performance.now();
const cols = recs[0].map((_, j) => recs.slice(1).map((r) => r[j] ?? null));
console.log("transpose", Math.round(performance.now() - t)); t = performance.now();
for (const c of cols) { const t1 = performance.now(); const r = inferColumn(c); console.log("  infer", r.type, Math.round(performance.now() - t1)); }
