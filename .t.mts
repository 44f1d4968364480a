import { readFileSync } from "node:fs";
import { readCsv } from "./src/data/index.ts";
const bytes = readFileSync(process.argv[2]);
const t0 = performance.now();
const r = readCsv(bytes);
console.log("rows", r.rowCount, "ms", Math.round(performance.now() - t0), r.columns.map((c) => c.name + ":" + c.type).join(" "), "problems", r.problems.length, "heap MB", Math.round(process.memoryUsage().heapUsed / 1e6));
