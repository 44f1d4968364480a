import * as Plot from "@observablehq/plot";
import { type Bin, bin } from "d3";
import {
  type Column,
  type ColumnSummary,
  type CsvReading,
  distinctValues,
  type GroupTotal,
  groupTotals,
  tally,
} from "../data/index.ts";
import { formatNumber } from "./format.ts";
import { palette } from "./palette.ts";
import type { Locale } from "./types.ts";

/** Which chart to draw first for a file the reader opened. */
/** Rows to keep before summing: the totals a table already holds ("Nederland", "Totaal misdrijven"). */
export type TotalsFilter = { column: string; value: string }[];

export type FirstChart =
  | {
      kind: "time";
      time: string;
      value: string;
      period?: { column: string; kind: string };
      sum: boolean;
      totals: TotalsFilter;
    }
  | { kind: "bars"; category: string; value: string; sum: boolean; totals: TotalsFilter }
  | { kind: "histogram"; value: string }
  | { kind: "none" };

const numeric = (c: ColumnSummary) => c.type === "integer" || c.type === "number" || c.type === "percent";

/**
 * Picks a first chart from the columns: a time series when there is a date or period column, bars
 * per category when there is a text column, else the distribution of the first number. Counts are
 * summed; percentages are never summed or averaged (they are drawn as they are).
 */
export function pickFirstChart(reading: CsvReading): FirstChart {
  const columns = reading.columns;
  const yearColumn = columns.find((c) => c.type === "integer" && isYearColumn(c));
  const value = columns.find(
    (c) => numeric(c) && !c.derivedFrom && c !== yearColumn && !/^id$/i.test(c.name),
  );
  if (!value) return { kind: "none" };
  const sum = value.type !== "percent";
  const time = columns.find((c) => c.type === "date");
  if (time) {
    const source = time.derivedFrom ? columns.find((c) => c.name === time.derivedFrom) : undefined;
    let period: { column: string; kind: string } | undefined;
    if (source?.type === "period") {
      const kinds = reading.data[`${source.name}_kind`];
      period = { column: `${source.name}_kind`, kind: (kinds && mostCommon(kinds)) ?? "year" };
    }
    return {
      kind: "time",
      time: time.name,
      value: value.name,
      period,
      sum,
      totals: totalsFilter(reading, []),
    };
  }
  if (yearColumn) {
    return { kind: "time", time: yearColumn.name, value: value.name, sum, totals: totalsFilter(reading, []) };
  }
  const category = columns.find((c) => (c.type === "string" || c.type === "region") && !c.derivedFrom);
  if (category) {
    return {
      kind: "bars",
      category: category.name,
      value: value.name,
      sum,
      totals: totalsFilter(reading, [category.name]),
    };
  }
  return { kind: "histogram", value: value.name };
}

/** A column of calendar years: integers between 1900 and 2100, named like a year or period. */
function isYearColumn(column: ColumnSummary): boolean {
  const inRange =
    typeof column.min === "number" &&
    typeof column.max === "number" &&
    column.min >= 1900 &&
    column.max <= 2100;
  return inRange && /jaar|year|period|perioden/i.test(column.name);
}

const totalPattern = /^(totaal|total|nederland\b|nl01$)/i;

/**
 * Official tables hold totals next to their parts (Nederland next to the provinces, "Totaal
 * misdrijven" next to each kind). Summing everything would count each figure twice, so for every text
 * column that has a total, keep only the total's rows.
 */
function totalsFilter(reading: CsvReading, except: string[]): TotalsFilter {
  const filter: TotalsFilter = [];
  for (const column of reading.columns) {
    if (
      (column.type !== "string" && column.type !== "region") ||
      column.derivedFrom ||
      except.includes(column.name)
    ) {
      continue;
    }
    const total = [...distinctValues(reading.data[column.name])].find(
      (value) => typeof value === "string" && totalPattern.test(value.trim()),
    );
    if (typeof total === "string") filter.push({ column: column.name, value: total });
  }
  return filter;
}

function mostCommon(values: Column): string | undefined {
  const strings = [...tally(values)].filter(
    (entry): entry is [string, number] => typeof entry[0] === "string",
  );
  return strings.sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** In words, which rows the chart keeps: "Soort misdrijf = Totaal misdrijven; Regio's = Nederland". */
export function describeTotals(choice: FirstChart): string {
  return "totals" in choice
    ? choice.totals.map(({ column, value }) => `${column} = ${value}`).join("; ")
    : "";
}

/** Bars of the histogram a file with only numbers gets. */
const histogramBins = 30;

/** What the first chart draws, already summed: a few hundred marks, whatever the number of rows. */
export type FirstChartData =
  | { kind: "none" }
  | { kind: "histogram"; bins: Bin<number, number>[] }
  | { kind: "time"; points: (GroupTotal & { date: Date })[] }
  | { kind: "bars"; groups: { category: string; value: number }[] };

/**
 * Sums the rows for the chart `pickFirstChart` chose, in one pass over the dictionary codes (see
 * `groupTotals`). Apart from drawing, so that a page can give the reader a turn in between.
 */
export function firstChartData(reading: CsvReading, choice: FirstChart): FirstChartData {
  const { data, rowCount } = reading;
  if (choice.kind === "none") return choice;
  if (choice.kind === "histogram") {
    const column = data[choice.value];
    const values: number[] = [];
    for (let row = 0; row < rowCount; row++) {
      const value = column.at(row);
      if (typeof value === "number") values.push(value);
    }
    return { kind: "histogram", bins: bin().thresholds(histogramBins)(values) };
  }
  if (choice.kind === "time") {
    const where = [...choice.totals];
    if (choice.period) where.push({ column: choice.period.column, value: choice.period.kind });
    // Dates and years both become dates, so the axis shows whole years, not 2013.5.
    const when = (key: unknown) =>
      typeof key === "number" ? new Date(Date.UTC(key, 0, 1)) : new Date(String(key));
    const points = groupTotals(data, rowCount, { by: choice.time, value: choice.value, where })
      .filter((group) => group.key !== null)
      .map((group) => ({ ...group, date: when(group.key) }))
      .sort((a, b) => a.date.getTime() - b.date.getTime());
    return { kind: "time", points };
  }
  const groups = groupTotals(data, rowCount, {
    by: choice.category,
    value: choice.value,
    where: choice.totals,
  })
    .map((group) => ({
      category: String(group.key),
      value: choice.sum ? group.sum : group.sum / group.count,
    }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 20);
  return { kind: "bars", groups };
}

/** Draws the chart `pickFirstChart` chose from its summed data; null when the file has no numbers to draw. */
export function drawFirstChart(
  reading: CsvReading,
  choice: FirstChart,
  options: { document: Document; locale: Locale; width: number },
  summed: FirstChartData = firstChartData(reading, choice),
): SVGSVGElement | HTMLElement | null {
  const common = {
    document: options.document,
    width: options.width,
    style: { background: "transparent", color: "currentColor" },
    y: { grid: true, tickFormat: (d: number) => formatNumber(d, options.locale) },
  };
  if (summed.kind === "none" || choice.kind === "none") return null;
  if (summed.kind === "histogram") {
    return Plot.plot({
      ...common,
      x: { label: "value" in choice ? choice.value : null },
      marks: [
        Plot.rectY(summed.bins, {
          x1: "x0",
          x2: "x1",
          y: (d: number[]) => d.length,
          fill: palette.blue,
          tip: true,
        }),
        Plot.ruleY([0]),
      ],
    });
  }
  if (summed.kind === "time" && choice.kind === "time") {
    const points = summed.points;
    // Shares and other figures that do not add up are shown as their range per period, not summed.
    const marks = choice.sum
      ? [Plot.lineY(points, { x: "date", y: "sum", stroke: palette.blue, strokeWidth: 2, tip: true })]
      : [
          Plot.ruleX(points, { x: "date", y1: "min", y2: "max", stroke: palette.blue, strokeWidth: 2 }),
          Plot.dot(points, { x: "date", y: "max", r: 2, fill: palette.blue, tip: true }),
          Plot.dot(points, { x: "date", y: "min", r: 2, fill: palette.blue }),
        ];
    return Plot.plot({
      ...common,
      marginLeft: 72,
      x: { label: choice.time },
      y: { ...common.y, label: choice.value },
      marks: [...marks, Plot.ruleY([0])],
    });
  }
  if (summed.kind !== "bars" || choice.kind !== "bars") return null;
  const { groups } = summed;
  return Plot.plot({
    ...common,
    marginLeft: 200,
    x: { grid: true, label: choice.value, tickFormat: (d: number) => formatNumber(d, options.locale) },
    y: { label: null, domain: groups.map((group) => group.category) },
    marks: [Plot.barX(groups, { y: "category", x: "value", fill: palette.blue, tip: true }), Plot.ruleX([0])],
  });
}

/** A bar per year of summed totals (the benchmark's chart). */
export function drawYearTotals(
  rows: { year: number; total: number }[],
  document: Document,
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    document,
    width: 640,
    x: { type: "band", label: null },
    y: { grid: true },
    marks: [Plot.barY(rows, { x: "year", y: "total", fill: palette.blue, tip: true }), Plot.ruleY([0])],
  });
}
