import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { FactRow } from "../../src/charts/index.ts";

/** A bundled file of data/ read with PapaParse, numbers as numbers: independent of the app's loader. */
export function dataFile(name: string): FactRow[] {
  const text = readFileSync(new URL(`../../data/${name}.csv`, import.meta.url), "utf8");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((row) => ({
    ...row,
    measure: row.measure,
    label: row.label,
    source: row.source,
    unit: row.unit,
    year: row.year === "" ? null : Number(row.year),
    period: row.period || null,
    qualifier: row.qualifier || null,
    value: Number(row.value),
  }));
}
