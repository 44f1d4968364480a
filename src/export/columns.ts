import type { FactRow } from "../charts/index.ts";

/** The columns every row of figures has, in this order; other columns follow. */
const rowColumns = [
  "measure",
  "label",
  "year",
  "period",
  "value",
  "unit",
  "qualifier",
  "source",
  "source_kind",
  "note",
];

/** The columns of a set of rows: the contract's columns in order, then any others sorted by name. */
export function columnsOf(rows: readonly FactRow[]): string[] {
  const extra = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!rowColumns.includes(key)) extra.add(key);
  return [...rowColumns, ...[...extra].sort()];
}
