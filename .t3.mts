import { readFileSync } from "node:fs";
import { planReading, readPart } from "./src/data/read.ts";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8");
const plan = planReading({ text, encoding: "utf-8", bom: false });
console.log(plan.columns, plan.dialect);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const p = readPart(text, plan, { first: true, last: true });
  const a = performance.now() - t;
  console.log("readPart", Math.round(a), p.rows);
}
