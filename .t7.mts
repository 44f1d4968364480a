import { readFileSync } from "node:fs";
import { planReading, readPart, finishReading } from "./src/data/read.ts";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8");
const plan = planReading({ text, encoding: "utf-8", bom: false });
const p = readPart(text, plan, { first: true, last: true });
for (let k = 0; k < 10; k++) {
  const t = performance.now();
  const copy = structuredClone(p);
  const t1 = performance.now();
  finishReading(plan, copy);
  console.log("finish", Math.round(performance.now() - t1));
}
