import { readFileSync } from "node:fs";
import { splitPoint } from "./src/data/split.ts";
import { planReading } from "./src/data/read.ts";
const bytes = new Uint8Array(readFileSync("/tmp/syn-1000000.csv"));
for (let k = 0; k < 4; k++) {
  let t = performance.now();
  const s = splitPoint(bytes);
  const a = performance.now() - t; t = performance.now();
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, s));
  const b = performance.now() - t; t = performance.now();
  planReading({ text, encoding: "utf-8", bom: false });
  const c = performance.now() - t;
  console.log("split", a.toFixed(1), "decode", b.toFixed(1), "plan", c.toFixed(1));
}
