import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { readCsv } from "./src/data/index.ts";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8");
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  let n = 0;
  (Papa.parse as any)(text, { delimiter: ",", chunkSize: 1 << 20, chunk: (r: any) => { n += r.data.length; } });
  const papa = performance.now() - t;
  t = performance.now();
  let m = 0;
  for (const line of text.split("\n")) { const c = line.split(","); m += c.length; }
  const split = performance.now() - t;
  t = performance.now();
  readCsv(text);
  const all = performance.now() - t;
  console.log("papa", Math.round(papa), "split", Math.round(split), "readCsv", Math.round(all), n, m);
}
