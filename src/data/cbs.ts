import { isTotalCode } from "./cbs-total-codes.ts";
import type { Cell } from "./columns.ts";
import type { LeftOutRow } from "./implausible-counts.ts";
import { regionLevelOrder } from "./parse-region.ts";

type Row = Record<string, unknown>;

export interface CbsTotals {
  /** The region level summed (the highest the file holds), or null when the file has no region level. */
  level: string | null;
  /** Category filters applied so that totals are not added to their parts, e.g. SoortMisdrijf = "0.0.0". */
  categories: { column: string; value: string }[];
  /** Sums per year (number) or per month (ISO date of the first day). */
  totals: { key: number | string; sums: Record<string, number> }[];
  /** Years or months not computed because a row they need is left out (see `implausibleCounts`), with
   * the file rows of the problems that say why. */
  leftOut: { key: number | string; rows: number[] }[];
}

export interface CbsTotalsOptions {
  /** Rows whose counts cannot be right: a sum that needs one of them is not computed. */
  leftOut?: readonly LeftOutRow[];
}

/**
 * Sums count columns of a CBS table (read by `readCsv`, so with `RegioS_level`, `Perioden_kind`,
 * `Perioden_year` and `Perioden_date`) per year or per month without counting anything twice: one
 * region level (the highest present), the total category of each category column that has one, and
 * for a year its own row when the table has one (tables mix JJ and MM rows), else the sum of its
 * months. Rows where any of the columns is empty are left out of every sum. A year or month that needs
 * a row of `options.leftOut` is not computed but listed in `leftOut`.
 */
export function cbsTotals(
  rows: readonly Row[],
  columns: readonly string[],
  by: "year" | "month",
  options: CbsTotalsOptions = {},
): CbsTotals {
  const level =
    regionLevelOrder.find((candidate) => rows.some((row) => row.RegioS_level === candidate)) ?? null;
  let kept = rows.filter(
    (row) =>
      (level === null || row.RegioS_level === level) &&
      columns.every((column) => typeof row[column] === "number"),
  );
  const categories: CbsTotals["categories"] = [];
  const names = rows.length ? Object.keys(rows[0]) : [];
  for (const column of names) {
    if (/^(RegioS|Perioden)/.test(column) || columns.includes(column)) continue;
    const total = kept.find((row) => isTotalCode(row[column] as Cell));
    if (total) {
      const value = total[column] as string;
      categories.push({ column, value: value.trim() });
      kept = kept.filter((row) => row[column] === value);
    }
  }
  const sum = (group: readonly Row[]) =>
    Object.fromEntries(
      columns.map((column) => [column, group.reduce((s, row) => s + (row[column] as number), 0)]),
    );
  const groupBy = (group: readonly Row[], key: (row: Row) => number | string) => {
    const map = new Map<number | string, Row[]>();
    for (const row of group) {
      const k = key(row);
      const list = map.get(k);
      if (list) list.push(row);
      else map.set(k, [row]);
    }
    return map;
  };
  const reasons = leftOutLines(options.leftOut ?? []);
  const totals: CbsTotals["totals"] = [];
  const leftOut: CbsTotals["leftOut"] = [];
  const add = (key: number | string, group: readonly Row[]) => {
    const lines = new Set(group.flatMap((row) => reasons(row)));
    if (lines.size > 0) leftOut.push({ key, rows: [...lines].sort((a, b) => a - b) });
    else totals.push({ key, sums: sum(group) });
  };
  const months = kept.filter((row) => row.Perioden_kind === "month");
  if (by === "month") {
    const groups = [...groupBy(months, (row) => String(row.Perioden_date))];
    for (const [key, group] of groups.sort(([a], [b]) => String(a).localeCompare(String(b)))) add(key, group);
    return { level, categories, totals, leftOut };
  }
  const years = groupBy(
    kept.filter((row) => row.Perioden_kind === "year"),
    (row) => Number(row.Perioden_year),
  );
  const fromMonths = groupBy(months, (row) => Number(row.Perioden_year));
  const keys = [...new Set([...years.keys(), ...fromMonths.keys()])].sort((a, b) => Number(a) - Number(b));
  for (const key of keys) add(key, years.get(key) ?? fromMonths.get(key) ?? []);
  return { level, categories, totals, leftOut };
}

/** For a row, the file rows of the problems that leave it out (none for a row that is kept). */
function leftOutLines(leftOut: readonly LeftOutRow[]): (row: Row) => number[] {
  if (leftOut.length === 0) return () => [];
  const names = Object.keys(leftOut[0].cells);
  const keyOf = (value: (name: string) => unknown) =>
    JSON.stringify(
      names.map((name) => {
        const cell = value(name);
        return typeof cell === "string" ? cell.trim() : String(cell ?? "");
      }),
    );
  const lines = new Map(leftOut.map((item) => [keyOf((name) => item.cells[name]), item.rows]));
  return (row) => lines.get(keyOf((name) => row[name])) ?? [];
}
