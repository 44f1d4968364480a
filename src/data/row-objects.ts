import { record } from "../util/index.ts";
import type { Cell } from "./columns.ts";
import type { CsvReading } from "./csv-reading.ts";

/** The rows as objects (for `inspect --json` and table views). */
export function rowObjects(reading: CsvReading, limit = Number.POSITIVE_INFINITY): Record<string, Cell>[] {
  const names = Object.keys(reading.data);
  const count = Math.min(reading.rowCount, limit);
  const rows: Record<string, Cell>[] = [];
  for (let i = 0; i < count; i++) {
    const row = record<Cell>();
    for (const name of names) row[name] = reading.data[name].at(i) ?? null;
    rows.push(row);
  }
  return rows;
}
