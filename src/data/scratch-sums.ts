import { type Bin, bin } from "d3";
import { groupTotals, keptRows } from "./aggregate.ts";
import type { Cell } from "./columns.ts";
import type { CsvReading } from "./csv-reading.ts";
import { parsePeriod } from "./parse-period.ts";
import { repeatedKeys } from "./repeated-keys.ts";
import { type RepeatedKeyReport, resolveYearRows } from "./resolve-year-rows.ts";
import type { ScratchChoice, ScratchDimensions } from "./scratch-dimensions.ts";

export type { RepeatedKeyReport };

/** Why the first chart is not drawn: the rules could not decide, so the page says so. */
export type NoChartReason =
  | { code: "no-measure" }
  | { code: "period-as-text"; column: string }
  | { code: "undecided"; column: string; candidates: string[] }
  | { code: "percent-sum"; column: string; measure: string }
  | { code: "repeated-keys"; count: number }
  | { code: "no-rows"; period?: string };

/** Which rows a chart adds up: the dimensions' choices, said in words by the page. */
export interface UsedRows {
  /** The region shown: a value, or a level whose regions are added up (with how many there are). */
  region?: { value: string } | { level: string; count: number } | { all: number };
  /** Per category column: its value, or how many values are added up. */
  categories: { column: string; value?: string; all?: number }[];
  /** Rows of the file that went into the chart. */
  rows: number;
}

export type ScratchSums =
  | { kind: "none"; reason: NoChartReason; repeated: RepeatedKeyReport[] }
  | { kind: "histogram"; measure: string; bins: Bin<number, number>[]; used: UsedRows; repeated: [] }
  | {
      kind: "time";
      measure: string;
      /** year, half-year, quarter, month or day */
      step: string;
      points: { key: string; date: Date; year: number; value: number }[];
      used: UsedRows;
      repeated: RepeatedKeyReport[];
    }
  | {
      kind: "bars";
      measure: string;
      column: string;
      /** The total left out of the bars, when the column has one. */
      total?: string;
      groups: { category: string; value: number }[];
      used: UsedRows;
      repeated: RepeatedKeyReport[];
    };

/** Bars of the histogram a file with only numbers gets. */
const histogramBins = 30;
/** Categories drawn as bars at most. */
const maxBars = 30;
/** The calendar year of a period key: a CBS code, an ISO date or a year. */
function yearOf(key: Cell): number {
  if (typeof key === "number") return key;
  const text = String(key);
  return parsePeriod(text)?.year ?? Number(text.slice(0, 4));
}

/**
 * Sums the rows the choice keeps, in one pass over the dictionary codes (`groupTotals`), after
 * checking that no key repeats: two rows with the same category and period are reported with their
 * rows. A year's total dated on 1 January among months (how some exports write year rows) is
 * recognised when it equals the sum of that year's months, and left out; any other repeated key
 * stops the chart, since no rule can say which row counts. Each pass over the rows gets its own turn.
 */
export async function scratchSums(
  reading: CsvReading,
  dimensions: ScratchDimensions,
  choice: ScratchChoice,
  /** Awaited between passes over the rows, so that a page can stay responsive with millions of rows. */
  turn: () => Promise<unknown> = async () => {},
): Promise<ScratchSums> {
  const { data, rowCount } = reading;
  const none = (reason: NoChartReason, repeated: RepeatedKeyReport[] = []): ScratchSums => ({
    kind: "none",
    reason,
    repeated,
  });
  const measure = dimensions.measures.find((m) => m.column === choice.measure);
  if (!measure) return none({ code: "no-measure" });
  if (dimensions.periodAsText) return none({ code: "period-as-text", column: dimensions.periodAsText });
  const period = dimensions.period;
  const barsDimension = period
    ? undefined
    : (dimensions.categories[0] ?? (dimensions.region ? { ...dimensions.region } : undefined));

  // Which rows: one value (or one level) per dimension, except the one drawn as bars.
  const where: { column: string; value: Cell }[] = [];
  const used: UsedRows = { categories: [], rows: 0 };
  const region = dimensions.region;
  if (region && region.column !== barsDimension?.column) {
    const chosen = choice.region;
    if (chosen === undefined)
      return none({ code: "undecided", column: region.column, candidates: region.candidates });
    if (chosen === null) used.region = { all: region.values.length };
    else if ("value" in chosen) {
      where.push({ column: region.column, value: chosen.value });
      used.region = { value: chosen.value };
    } else if (region.levelColumn) {
      where.push({ column: region.levelColumn, value: chosen.level });
      used.region = { level: chosen.level, count: 0 };
    }
  }
  for (const category of dimensions.categories) {
    if (category.column === barsDimension?.column) continue;
    const chosen = choice.categories[category.column];
    if (chosen === undefined)
      return none({ code: "undecided", column: category.column, candidates: category.candidates });
    if (chosen === null) used.categories.push({ column: category.column, all: category.values.length });
    else {
      where.push({ column: category.column, value: chosen });
      used.categories.push({ column: category.column, value: chosen });
    }
  }
  let step = "year";
  if (period?.kind === "period") {
    step = choice.step ?? period.steps[0] ?? "year";
    where.push({ column: period.kindColumn, value: step });
  }
  const keep = keptRows(data, rowCount, where) ?? new Uint8Array(rowCount).fill(1);
  await turn();
  if (choice.from !== undefined || choice.to !== undefined) {
    const years = period ? data[period.kind === "period" ? period.yearColumn : period.column] : null;
    if (years) {
      const from = choice.from ?? Number.NEGATIVE_INFINITY;
      const to = choice.to ?? Number.POSITIVE_INFINITY;
      const yearCache = new Map<Cell | undefined, boolean>();
      for (let row = 0; row < rowCount; row++) {
        if (!keep[row]) continue;
        const key = years.at(row);
        let inside = yearCache.get(key);
        if (inside === undefined) {
          const year = key === null || key === undefined ? Number.NaN : yearOf(key);
          inside = year >= from && year <= to;
          yearCache.set(key, inside);
        }
        if (!inside) keep[row] = 0;
      }
      await turn();
    }
  }

  // Repeated keys: every dimension column together.
  const keyColumns = [
    ...(period ? [period.column] : []),
    ...(region ? [region.column] : []),
    ...dimensions.categories.map((c) => c.column),
  ];
  const repeated: RepeatedKeyReport[] =
    keyColumns.length > 0
      ? (await repeatedKeys(data, rowCount, keyColumns, keep, turn)).map((key) => ({
          ...key,
          columns: keyColumns,
        }))
      : [];
  await turn();
  if (repeated.length > 0) {
    const resolved =
      period?.kind === "date" && resolveYearRows(reading, choice.measure, keyColumns, keep, repeated);
    if (!resolved) return none({ code: "repeated-keys", count: repeated.length }, repeated);
    for (const report of repeated) if (report.yearRow) keep[report.yearRow.row] = 0;
    await turn();
  }

  const values = data[choice.measure];
  if (used.region && "level" in used.region && region?.levelColumn) {
    // How many regions the level holds, from the dictionaries (a region's level shares its codes).
    const names = (data[region.column] as { dictionary?: readonly Cell[] }).dictionary;
    const levels = (data[region.levelColumn] as { dictionary?: readonly Cell[] }).dictionary;
    const level = used.region.level;
    if (names && levels) used.region.count = new Set(names.filter((_, code) => levels[code] === level)).size;
  }
  const summedOver = [
    ...(used.region && !("value" in used.region) ? [region?.column ?? ""] : []),
    ...used.categories.filter((c) => c.all !== undefined && c.all > 1).map((c) => c.column),
  ];
  if (measure.percent && summedOver.length > 0)
    return none({ code: "percent-sum", column: summedOver[0], measure: measure.column }, repeated);

  if (period) {
    const groups = groupTotals(data, rowCount, { by: period.column, value: choice.measure, rows: keep });
    used.rows = groups.reduce((sum, group) => sum + group.count, 0);
    const points = groups
      .filter((group) => group.key !== null && group.key !== undefined)
      .map((group) => {
        const key = group.key as string | number;
        const iso =
          period.kind === "period"
            ? (parsePeriod(String(key))?.date ?? "")
            : period.kind === "year"
              ? `${key}-01-01`
              : String(key);
        return { key: String(key), date: new Date(iso), year: yearOf(key), value: group.sum };
      })
      .filter((point) => !Number.isNaN(point.date.getTime()))
      .sort((a, b) => a.date.getTime() - b.date.getTime());
    if (points.length === 0) return none({ code: "no-rows", period: period.column }, repeated);
    if (period.kind === "date") step = dateStep(points.map((p) => p.key));
    return { kind: "time", measure: choice.measure, step, points, used, repeated };
  }
  if (barsDimension) {
    const total = barsDimension.total;
    const drawn = groupTotals(data, rowCount, {
      by: barsDimension.column,
      value: choice.measure,
      rows: keep,
    }).filter((group) => group.key !== null && group.key !== total);
    const groups = drawn
      .sort((a, b) => b.sum - a.sum)
      .slice(0, maxBars)
      .map((group) => ({ category: String(group.key), value: group.sum }));
    used.rows = drawn.slice(0, maxBars).reduce((sum, group) => sum + group.count, 0);
    if (groups.length === 0) return none({ code: "no-rows" }, repeated);
    return {
      kind: "bars",
      measure: choice.measure,
      column: barsDimension.column,
      total,
      groups,
      used,
      repeated,
    };
  }
  const numbers: number[] = [];
  for (let row = 0; row < rowCount; row++) {
    const value = values.at(row);
    if (keep[row] && typeof value === "number") numbers.push(value);
  }
  if (numbers.length === 0) return none({ code: "no-rows" });
  used.rows = numbers.length;
  return {
    kind: "histogram",
    measure: choice.measure,
    bins: bin().thresholds(histogramBins)(numbers),
    used,
    repeated: [],
  };
}

/** "month" when every date is the first of a month, "year" when every one is 1 January, else "day". */
function dateStep(keys: string[]): string {
  if (keys.every((key) => /-01-01$/.test(key))) return "year";
  return keys.every((key) => /-01$/.test(key)) ? "month" : "day";
}
