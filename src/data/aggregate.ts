import { type Cell, type Column, canonicalCodes, DictionaryColumn, FloatColumn } from "./columns.ts";

/** Sum, count, smallest and largest value of one group. */
export interface GroupTotal {
  key: Cell;
  sum: number;
  count: number;
  min: number;
  max: number;
}

export interface GroupOptions {
  /** The column to group by. */
  by: string;
  /** The numeric column to add up; empty cells are left out (and not counted). */
  value: string;
  /** Keep only rows where each of these columns holds this value. */
  where?: { column: string; value: Cell }[];
  /** Keep only rows whose byte here is 1 (as well as meeting `where`). */
  rows?: Uint8Array;
}

/**
 * Totals of a numeric column per value of another, in one pass over the rows and without an object per
 * row: dictionary columns are compared and grouped by their codes (a filter becomes a lookup per code),
 * number columns read from their Float64Array. Groups come in the order their first row appears.
 */
export function groupTotals(
  data: Record<string, Column>,
  rowCount: number,
  options: GroupOptions,
): GroupTotal[] {
  const by = data[options.by];
  const value = data[options.value];
  if (!by || !value) throw new Error(`no column "${by ? options.value : options.by}"`);
  let keep = keptRows(data, rowCount, options.where ?? []);
  if (options.rows) {
    if (keep) for (let row = 0; row < rowCount; row++) keep[row] &= options.rows[row];
    else keep = options.rows;
  }
  if (by instanceof DictionaryColumn && value instanceof FloatColumn)
    return byCodes(by, value.values, keep, rowCount);
  const groups = new Map<Cell, GroupTotal>();
  for (let row = 0; row < rowCount; row++) {
    if (keep && !keep[row]) continue;
    const x = value.at(row);
    if (typeof x !== "number" || Number.isNaN(x)) continue;
    const key = by.at(row) ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { key, sum: 0, count: 0, min: x, max: x };
      groups.set(key, group);
    }
    group.sum += x;
    group.count++;
    if (x < group.min) group.min = x;
    if (x > group.max) group.max = x;
  }
  return [...groups.values()];
}

/** The common case, in typed arrays: groups by code (two codes for one value count as one). */
function byCodes(
  by: DictionaryColumn,
  values: Float64Array,
  keep: Uint8Array | null,
  rowCount: number,
): GroupTotal[] {
  const canonical = canonicalCodes(by.dictionary);
  const size = by.dictionary.length;
  const sums = new Float64Array(size);
  const counts = new Uint32Array(size);
  const mins = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const maxs = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const order: number[] = [];
  const { codes } = by;
  for (let row = 0; row < rowCount; row++) {
    if (keep && !keep[row]) continue;
    const x = values[row];
    if (Number.isNaN(x)) continue;
    const key = canonical[codes[row]];
    if (counts[key] === 0) order.push(key);
    sums[key] += x;
    counts[key]++;
    if (x < mins[key]) mins[key] = x;
    if (x > maxs[key]) maxs[key] = x;
  }
  return order.map((key) => ({
    key: by.dictionary[key],
    sum: sums[key],
    count: counts[key],
    min: mins[key],
    max: maxs[key],
  }));
}

/**
 * Which rows meet every condition, as one byte per row; null when there are no conditions. Conditions
 * on dictionary columns become a lookup per code, all checked in one pass over the rows.
 */
export function keptRows(
  data: Record<string, Column>,
  rowCount: number,
  where: { column: string; value: Cell }[],
): Uint8Array | null {
  if (where.length === 0) return null;
  const keep = new Uint8Array(rowCount).fill(1);
  const lookups: { allowed: Uint8Array; codes: Uint32Array }[] = [];
  for (const { column, value } of where) {
    const values = data[column];
    if (!values) throw new Error(`no column "${column}"`);
    if (values instanceof DictionaryColumn) {
      lookups.push({
        allowed: Uint8Array.from(values.dictionary, (entry) => (entry === value ? 1 : 0)),
        codes: values.codes,
      });
    } else {
      for (let row = 0; row < rowCount; row++) if (values.at(row) !== value) keep[row] = 0;
    }
  }
  if (lookups.length === 1) {
    const [{ allowed, codes }] = lookups;
    for (let row = 0; row < rowCount; row++) keep[row] &= allowed[codes[row]];
  } else if (lookups.length > 1) {
    for (let row = 0; row < rowCount; row++) {
      if (!keep[row]) continue;
      for (let j = 0; j < lookups.length; j++) {
        if (!lookups[j].allowed[lookups[j].codes[row]]) {
          keep[row] = 0;
          break;
        }
      }
    }
  }
  return keep;
}
