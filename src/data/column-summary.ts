import type { ColumnType } from "./column-type.ts";
import { type Cell, type Column, DictionaryColumn, distinctValues, FloatColumn } from "./columns.ts";
import type { ColumnSummary } from "./csv-reading.ts";

/** Distinct values are counted up to this many; a column with more says "at least". */
const distinctCap = 10_000;

/** A column's summary: its range, or for texts how many distinct values it holds. */
export function summarise(
  name: string,
  type: ColumnType,
  values: Column,
  missing: number,
  range?: { min: number; max: number },
): ColumnSummary {
  const summary: ColumnSummary = { name, type, missing };
  if (range) return { ...summary, min: range.min, max: range.max };
  if (type === "string" || type === "boolean" || type === "region") {
    summary.distinct = distinctValues(values, distinctCap).size;
    return summary;
  }
  if (values instanceof FloatColumn) {
    // NaN (an empty cell) fails every comparison, so it is skipped without a test of its own.
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    const numbers = values.values;
    for (let i = 0; i < numbers.length; i++) {
      const value = numbers[i];
      if (value < low) low = value;
      if (value > high) high = value;
    }
    if (low <= high) {
      summary.min = low;
      summary.max = high;
    }
    return summary;
  }
  let min: number | string | undefined;
  let max: number | string | undefined;
  // Repeated values (dictionaries, dates, period codes) are compared once each.
  const candidates: Iterable<Cell | undefined> =
    values instanceof DictionaryColumn || type === "date" || type === "period"
      ? distinctValues(values)
      : values;
  for (const value of candidates) {
    if (value === null || value === undefined || typeof value === "boolean" || Number.isNaN(value)) continue;
    if (min === undefined || value < min) min = value;
    if (max === undefined || value > max) max = value;
  }
  if (min !== undefined) {
    summary.min = min;
    summary.max = max;
  }
  return summary;
}
