import { writeFileSync, readFileSync, existsSync } from "node:fs";
import { syntheticCrimeCsv } from "./src/cli/synthetic.ts";
import { readCsv } from "./src/data/index.ts";
import * as aq from "arquero";
const n = Number(process.argv[2] ?? 1000000);
const f = `/tmp/syn-${n}.csv`;
if (!existsSync(f)) writeFileSync(f, syntheticCrimeCsv(n));
const bytes = readFileSync(f);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const r = readCsv(bytes);
  const load = performance.now() - t;
  t = performance.now();
  const tb = aq.table(r.data);
  const y = tb.groupby("Perioden_year").rollup({ t: aq.op.sum("GeregistreerdeMisdrijven_1") }).orderby("Perioden_year");
  const g = tb.groupby("RegioS").rollup({ t: aq.op.sum("GeregistreerdeMisdrijven_1") });
  const agg = performance.now() - t;
  console.log(Math.round(load), "ms load", Math.round(agg), "ms agg", r.rowCount, y.numRows(), g.numRows(), r.problems.length, r.columns.map(c=>c.name+":"+c.type).join(" "), JSON.stringify(y.objects().slice(0,2)));
}
