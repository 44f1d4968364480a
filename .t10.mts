import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { sniffDialect } from "./src/data/dialect.ts";
import { shapeRecords } from "./src/data/shape.ts";
import { inferColumn } from "./src/data/infer.ts";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8").slice(0, 1 << 20);
for (let k = 0; k < 5; k++) {
  let t = performance.now();
  const d = sniffDialect(text);
  const a = performance.now() - t; t = performance.now();
  const p = new Papa.Parser({ delimiter: ",", newline: "\n", quoteChar: '"', preview: 2000 }).parse(text, 0, true);
  const b = performance.now() - t; t = performance.now();
  const sh = shapeRecords(p.data);
  const c = performance.now() - t; t = performance.now();
  for (let j = 0; j < 5; j++) inferColumn(sh.records.map((r) => r.cells[j]));
  const e = performance.now() - t;
  console.log("sniff", a.toFixed(1), "papa", b.toFixed(1), "shape", c.toFixed(1), "infer", e.toFixed(1));
}
