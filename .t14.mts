import { readFileSync } from "node:fs";
import Papa from "papaparse";
const text = readFileSync("/tmp/syn-1000000.csv", "utf8").slice(0, 1 << 20);
const r = new Papa.Parser({ delimiter: ",", newline: "\n", quoteChar: '"', preview: 2000 }).parse(text, 0, true);
console.log(r.meta.cursor, r.data.length, text.split("\n").slice(0, 2000).join("\n").length);
