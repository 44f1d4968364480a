import { readFileSync } from "node:fs";
import Papa from "papaparse";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8");
const gc = (globalThis as any).gc;
for (const size of [1 << 16, 1 << 18, 1 << 20]) for (const fast of [true, false]) {
gc(); const m0 = process.memoryUsage().heapUsed;
let peak = 0, n = 0;
const t = performance.now();
const parser = new (Papa as any).Parser({ delimiter: ",", newline: "\n", quoteChar: '"', fastMode: fast });
let offset = 0;
while (offset < text.length) {
  let end = Math.min(text.length, offset + size);
  const piece = text.slice(offset, end);
  const res = parser.parse(piece, 0, end < text.length);
  n += res.data.length;
  offset += res.meta.cursor;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}
console.log(size, fast, Math.round(performance.now() - t), "ms", n, "peak MB", ((peak - m0) / 1e6).toFixed(1));
}
