import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { syntheticCrimeCsv } from "./src/cli/synthetic.ts";
import { planReading, readPart, finishReading, mergeParts } from "./src/data/read.ts";
const f = "/tmp/syn-4000000.csv";
if (!existsSync(f)) writeFileSync(f, syntheticCrimeCsv(4000000));
const text = readFileSync(f, "utf8");
const plan = planReading({ text: text.slice(0, 1 << 20), encoding: "utf-8", bom: false });
const cut = text.indexOf("\n", text.length / 2) + 1;
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const a = readPart(text.slice(0, cut), plan, { first: true, last: false, fileChars: text.length });
  const b = readPart(text.slice(cut), plan, { first: false, last: true });
  const parse = performance.now() - t; t = performance.now();
  const m = mergeParts(a, b);
  const merge = performance.now() - t; t = performance.now();
  finishReading(plan, m);
  const fin = performance.now() - t;
  console.log("parse both", Math.round(parse), "merge", Math.round(merge), "finish", Math.round(fin));
}
