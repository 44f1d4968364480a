import { readFileSync } from "node:fs";
import { planReading, readPart } from "./src/data/read.ts";
import { typeRawColumn } from "./src/data/infer.ts";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8");
const plan = planReading({ text, encoding: "utf-8", bom: false });
const p = readPart(text, plan, { first: true, last: true });
for (let k = 0; k < 5; k++) {
  const row: string[] = [];
  p.columns.forEach((c, j) => { const t = performance.now(); typeRawColumn(c, false); row.push(plan.header[j] + " " + (performance.now() - t).toFixed(1)); });
  console.log(row.join(" | "));
}
