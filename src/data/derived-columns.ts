import type { ColumnType } from "./column-type.ts";
import type { Cell } from "./columns.ts";
import { type Period, parsePeriod } from "./parse-period.ts";
import { labelLevel, parseRegion } from "./parse-region.ts";

/** What a CBS period column gives columns of its own: `Perioden_date`, `Perioden_kind`, `Perioden_year`. */
export const periodParts = ["date", "kind", "year"] as const;

/** One part of a period code's value (its first day, kind or year); null for a value that is no period. */
export const periodPart =
  (part: (typeof periodParts)[number]) =>
  (value: Cell): Cell => {
    const period: Period | undefined = typeof value === "string" ? parsePeriod(value) : undefined;
    return period ? period[part] : null;
  };

/** The level of a CBS region code ("GM0363" → "municipality"); null for a value that is no region code. */
export const regionCodeLevel = (value: Cell): Cell =>
  typeof value === "string" ? (parseRegion(value)?.level ?? null) : null;

/** The level a region label carries ("Groningen (PV)" → "province"); null for other values. */
export const regionLabelLevel = (value: Cell): Cell =>
  typeof value === "string" ? (labelLevel(value) ?? null) : null;

/** The type of a derived column, by its suffix. */
export function derivedType(suffix: string): ColumnType {
  return suffix === "date" ? "date" : suffix === "year" ? "integer" : "string";
}

/**
 * The columns derived from a column of `type`, each a list beside `values`: a period's date, kind and
 * year, a region code's level, and the level of region labels when at least half the rows carry one.
 * `values` may be a column's rows or its dictionary; `weight(i)` is how many rows hold `values[i]`.
 */
export function derivedColumns(
  type: ColumnType,
  values: readonly Cell[],
  weight: (index: number) => number,
): Record<string, Cell[]> {
  if (type === "period") {
    const periods = eachOnce(values, (value) => (typeof value === "string" ? parsePeriod(value) : undefined));
    return {
      date: periods.map((period) => period?.date ?? null),
      kind: periods.map((period) => period?.kind ?? null),
      year: periods.map((period) => period?.year ?? null),
    };
  }
  if (type === "region") return { level: eachOnce(values, regionCodeLevel) };
  if (type === "string") {
    let labelled = 0;
    let present = 0;
    const levels = values.map((value, index) => {
      if (value === null) return null;
      present += weight(index);
      const level = regionLabelLevel(value);
      if (level !== null) labelled += weight(index);
      return level;
    });
    // A column of region labels ("Groningen (PV)", "Nederland") keeps the level its labels carry.
    if (labelled > 0 && labelled >= present / 2) return { level: levels };
  }
  return {};
}

/** `values.map(change)`, with `change` applied once per distinct value (codes and periods repeat). */
function eachOnce<T>(values: readonly Cell[], change: (value: Cell) => T): T[] {
  const cache = new Map<Cell, T>();
  return values.map((value) => {
    if (cache.has(value)) return cache.get(value) as T;
    const changed = change(value);
    cache.set(value, changed);
    return changed;
  });
}
