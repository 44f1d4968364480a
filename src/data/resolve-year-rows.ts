import type { Cell } from "./columns.ts";
import type { CsvReading } from "./csv-reading.ts";
import type { RepeatedKey } from "./repeated-keys.ts";

/** Rows that share a key (the same category and period), and what was done about it. */
export interface RepeatedKeyReport extends RepeatedKey {
  columns: string[];
  /** When one of the rows is a year's total among its months: that row, left out of the chart. */
  yearRow?: { row: number; year: number };
}

/** Repeated keys examined for a year row among months at most. */
const maxResolved = 5000;

/** How close a year row must be to the sum of its months (rounding in the source). */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.5 + 1e-9 * Math.abs(b);

/**
 * Recognises year rows among months: each repeated key is two rows on 1 January of one series, and
 * one of them equals the other plus the rest of that year's months in the same series. Marks the year
 * row of every report and returns true, or returns false when any repeated key is something else.
 */
export function resolveYearRows(
  reading: CsvReading,
  measure: string,
  keyColumns: string[],
  keep: Uint8Array,
  repeated: RepeatedKeyReport[],
): boolean {
  const { data, rowCount } = reading;
  if (repeated.length > maxResolved) return false;
  const [dateColumn, ...seriesColumns] = keyColumns;
  const dates = data[dateColumn];
  const values = data[measure];
  const seriesOf = (row: number) =>
    seriesColumns.map((column) => String(data[column].at(row))).join("\u0000");
  for (const report of repeated) {
    const date = String(report.values[0]);
    if (report.rows.length !== 2 || !/^\d{4}-01-01$/.test(date)) return false;
  }
  // Every date must be the first of a month: otherwise these are not months.
  const checked = new Map<Cell | undefined, boolean>();
  for (let row = 0; row < rowCount; row++) {
    if (!keep[row]) continue;
    const date = dates.at(row);
    if (checked.has(date)) continue;
    const ok = typeof date === "string" && /^\d{4}-\d{2}-01$/.test(date);
    if (!ok) return false;
    checked.set(date, ok);
  }
  // The sum of each (series, year) of the repeated keys, without the two rows on 1 January.
  const wanted = new Map<string, number>();
  const pairRows = new Set<number>();
  for (const report of repeated) {
    wanted.set(`${seriesOf(report.rows[0])}\u0001${String(report.values[0]).slice(0, 4)}`, 0);
    for (const row of report.rows) pairRows.add(row);
  }
  for (let row = 0; row < rowCount; row++) {
    if (!keep[row] || pairRows.has(row)) continue;
    const value = values.at(row);
    if (typeof value !== "number") continue;
    const key = `${seriesOf(row)}\u0001${String(dates.at(row)).slice(0, 4)}`;
    const sum = wanted.get(key);
    if (sum !== undefined) wanted.set(key, sum + value);
  }
  for (const report of repeated) {
    const [a, b] = report.rows;
    const rest = wanted.get(`${seriesOf(a)}\u0001${String(report.values[0]).slice(0, 4)}`) ?? 0;
    const va = values.at(a);
    const vb = values.at(b);
    if (typeof va !== "number" || typeof vb !== "number") return false;
    const year = Number(String(report.values[0]).slice(0, 4));
    if (va !== vb && near(vb, va + rest)) report.yearRow = { row: b, year };
    else if (va !== vb && near(va, vb + rest)) report.yearRow = { row: a, year };
    else return false;
  }
  return true;
}
