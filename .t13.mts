import { readFileSync } from "node:fs";
import { planReading, readPart } from "./src/data/read.ts";
import { concatRaw } from "./src/data/builders.ts";
const text = readFileSync("/tmp/syn-4000000.csv", "utf8");
const plan = planReading({ text: text.slice(0, 1 << 20), encoding: "utf-8", bom: false });
const cut = text.indexOf("\n", text.length / 2) + 1;
const a = readPart(text.slice(0, cut), plan, { first: true, last: false, fileChars: text.length });
const b = readPart(text.slice(cut), plan, { first: false, last: true });
a.columns.forEach((c, j) => {
  const t = performance.now();
  const r = concatRaw(c, b.columns[j]);
  const room = c.kind === "numbers" ? c.values.buffer.byteLength / 8 : c.kind === "codes" ? c.codes.buffer.byteLength / 4 : 0;
  console.log(c.kind, (performance.now() - t).toFixed(1), "room", room, "need", a.rows + b.rows, r.kind === "numbers" ? r.values.buffer === c.values.buffer : r.kind === "codes" ? r.codes.buffer === c.codes.buffer : "");
});
