import { record } from "../util/index.ts";
import type { CbsTable } from "./cbs-shape.ts";
import { cbsMeasures } from "./cbs-topics.ts";
import { findTotal } from "./cbs-total-codes.ts";
import type { Cell } from "./columns.ts";
import { parsePeriod } from "./parse-period.ts";
import { type Problem, problemAt } from "./problems.ts";

/**
 * A row of a CBS table whose counts cannot be right, named by its dimensions (`RegioS`, `Perioden`,
 * `SoortMisdrijf` …, codes trimmed), with the file rows of the problems that concern it. A figure
 * derived from it is not computed (see `cbsTotals`).
 */
export interface LeftOutRow {
  cells: Record<string, string>;
  rows: number[];
}

export interface ImplausibleCounts {
  /** One problem per cell that cannot be right, at its row and column in the file. */
  problems: Problem[];
  /** The rows to leave out of every derived figure: the cell's own row, and for a part larger than its
   * total in another row, that row too (which of the two is wrong cannot be told). */
  leftOut: LeftOutRow[];
}

const derived = /_(level|kind|year|date)$/;
const trimmed = (value: Cell | undefined) => (typeof value === "string" ? value.trim() : value);

/**
 * Finds the counts of a CBS table (`table` names it: "47008NED") that cannot be right: negative, not
 * whole, or larger than their total — a part of a count in the same row (calls reached within 15
 * minutes and all calls), a category and its `Totaal`/`0.0.0` row, a region and the country, a month
 * or quarter and its year. Percentages and other measures that are no counts are not looked at.
 */
export function implausibleCounts(table: CbsTable, tableId: string): ImplausibleCounts {
  const counts = cbsMeasures(tableId).filter(
    (measure) => measure.kind === "count" && table.data[measure.key],
  );
  const topics = new Set(cbsMeasures(tableId).map((measure) => measure.key));
  const firstText = (name: string) => {
    for (let i = 0; i < table.rowCount; i++) {
      const value = table.data[name].at(i);
      if (value !== null && value !== undefined) return typeof value === "string";
    }
    return false;
  };
  const dimensions = Object.keys(table.data).filter(
    (name) => !topics.has(name) && !derived.test(name) && firstText(name),
  );
  // Each dimension's values as trimmed texts, read once; a row's key joins them.
  const texts = dimensions.map((name) =>
    Array.from({ length: table.rowCount }, (_, row) => String(trimmed(table.data[name].at(row)) ?? "")),
  );
  const cellsOf = (row: number) => {
    const cells = record<string>();
    dimensions.forEach((name, j) => {
      cells[name] = texts[j][row];
    });
    return cells;
  };
  /** A row's key, or the key of the row that differs from it in dimension `j` only, having `value` there. */
  const keyOf = (row: number, j = -1, value = "") =>
    texts.map((column, i) => (i === j ? value : column[row])).join("\u0000");
  const rowByKey = new Map<string, number>();
  for (let row = 0; row < table.rowCount; row++) rowByKey.set(keyOf(row), row);

  const problems: Problem[] = [];
  const flagged = new Map<number, Set<number>>();
  const flag = (row: number, line: number) => {
    const lines = flagged.get(row) ?? new Set<number>();
    lines.add(line);
    flagged.set(row, lines);
  };
  const line = (row: number) => table.origin.rows[row];
  const column = (row: number, key: string) => table.origin.columns[row]?.[key] ?? key;
  const value = (row: number, key: string) => {
    const cell = table.data[key].at(row);
    return typeof cell === "number" && Number.isFinite(cell) ? cell : undefined;
  };
  const describe = (row: number) => describeKey(cellsOf(row));

  for (let row = 0; row < table.rowCount; row++) {
    for (const measure of counts) {
      const part = value(row, measure.key);
      if (part === undefined) continue;
      const where = { row: line(row), column: column(row, measure.key) };
      if (part < 0 || !Number.isInteger(part)) {
        const code = part < 0 ? "negative-count" : "fractional-count";
        problems.push(problemAt(where.row, where.column, { code, value: part, key: describe(row) }));
        flag(row, where.row);
        continue;
      }
      const total = measure.partOf && table.data[measure.partOf] ? value(row, measure.partOf) : undefined;
      if (measure.partOf && total !== undefined && total >= 0 && part > total) {
        problems.push(
          problemAt(where.row, where.column, {
            code: "count-exceeds-total",
            value: part,
            total,
            totalColumn: column(row, measure.partOf),
            key: describe(row),
          }),
        );
        flag(row, where.row);
      }
    }
  }

  // Along each dimension that has a total, the value of the total a value is part of.
  const totalsOf: { j: number; total: (value: string) => string | undefined }[] = [];
  dimensions.forEach((name, j) => {
    if (name === "RegioS") {
      const countries = new Set<string>();
      for (let row = 0; row < table.rowCount; row++)
        if (table.data.RegioS_level?.at(row) === "country") countries.add(texts[j][row]);
      if (countries.size !== 1) return;
      const [country] = countries;
      totalsOf.push({ j, total: (value) => (value === country ? undefined : country) });
    } else if (name === "Perioden") {
      const years = new Map<string, string | undefined>();
      totalsOf.push({
        j,
        total: (value) => {
          if (!years.has(value)) {
            const period = parsePeriod(value);
            years.set(value, period && period.kind !== "year" ? `${period.year}JJ00` : undefined);
          }
          return years.get(value);
        },
      });
    } else {
      const total = findTotal(table.data[name]).total?.trim();
      if (total !== undefined) totalsOf.push({ j, total: (value) => (value === total ? undefined : total) });
    }
  });
  for (let row = 0; row < table.rowCount; row++) {
    for (const { j, total: totalOf } of totalsOf) {
      const totalValue = totalOf(texts[j][row]);
      const totalRow = totalValue === undefined ? undefined : rowByKey.get(keyOf(row, j, totalValue));
      if (totalRow === undefined) continue;
      for (const measure of counts) {
        const part = value(row, measure.key);
        const total = value(totalRow, measure.key);
        if (
          part === undefined ||
          total === undefined ||
          total < 0 ||
          !Number.isInteger(part) ||
          part <= total
        )
          continue;
        const where = { row: line(row), column: column(row, measure.key) };
        problems.push(
          problemAt(where.row, where.column, {
            code: "count-exceeds-total",
            value: part,
            total,
            totalColumn: column(totalRow, measure.key),
            totalRow: line(totalRow),
            key: describe(row),
            totalKey: describe(totalRow),
          }),
        );
        flag(row, where.row);
        flag(totalRow, where.row);
      }
    }
  }
  problems.sort((a, b) => a.row - b.row);
  const leftOut = [...flagged]
    .sort(([a], [b]) => a - b)
    .map(([row, lines]) => ({ cells: cellsOf(row), rows: [...lines].sort((a, b) => a - b) }));
  return { problems, leftOut };
}

/** A row's dimensions as words for a message: "NL01, 2021", "GM0363, 2024-03, 1.1.1". */
function describeKey(cells: Record<string, string>): string {
  const period = cells.Perioden ? parsePeriod(cells.Perioden) : undefined;
  const periodText = period
    ? period.kind === "year"
      ? String(period.year)
      : period.kind === "month"
        ? period.date.slice(0, 7)
        : period.code
    : cells.Perioden;
  const rest = Object.entries(cells)
    .filter(([name]) => name !== "RegioS" && name !== "Perioden")
    .map(([, value]) => value);
  return [cells.RegioS, periodText, ...rest].filter((text) => text).join(", ");
}
