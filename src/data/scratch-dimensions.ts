import { findTotal } from "./cbs-total-codes.ts";
import { type Cell, distinctValues, tally } from "./columns.ts";
import type { ColumnSummary, CsvReading } from "./csv-reading.ts";
import { parsePeriod } from "./parse-period.ts";
import { regionLevelOrder } from "./parse-region.ts";

/** The time axis of a file: CBS period codes, calendar dates or a column of years. */
export type PeriodDimension =
  | {
      kind: "period";
      column: string;
      /** The derived columns of the codes: "year", "quarter", "month", … and the calendar year. */
      kindColumn: string;
      yearColumn: string;
      dateColumn: string;
      /** The kinds of period present, most rows first. */
      steps: string[];
    }
  | { kind: "date"; column: string }
  | { kind: "year"; column: string };

/** A text column whose values are categories: which value is its total, if any. */
export interface ValueDimension {
  column: string;
  /** Distinct values in order of first appearance (as the file writes them). */
  values: string[];
  /** The value CBS uses for the total ("0.0.0 ", "Totaal misdrijven", "NL01"), when there is exactly one. */
  total?: string;
  /** Values that look like a total: more than one means the rule cannot decide. */
  candidates: string[];
}

/** Regions: values, and the levels (country, province, municipality …) they fall into. */
export interface RegionDimension extends ValueDimension {
  levelColumn?: string;
  /** Levels present, from the whole country down. */
  levels: string[];
}

export interface ScratchDimensions {
  /** Columns of numbers that can be drawn. */
  measures: { column: string; percent: boolean }[];
  period?: PeriodDimension;
  /** A column of periods read as text (after a type change): never added up, not drawn over time. */
  periodAsText?: string;
  region?: RegionDimension;
  categories: ValueDimension[];
  /** The calendar years the time axis holds, in order. */
  years: number[];
}

/** What the first chart shows: the reader's choice, or the default one. */
export interface ScratchChoice {
  measure: string;
  /** For CBS period codes: which kind of period (year, quarter, month). */
  step?: string;
  /**
   * The region: one value, or every region of one level added up; null adds up every region (offered
   * only when the file has neither a total nor levels); absent when the rule cannot decide.
   */
  region?: { value: string } | { level: string } | null;
  /** Per category column: one value, or null for all values added up; absent when undecided. */
  categories: Record<string, string | null>;
  /** Years shown, inclusive; absent for all. */
  from?: number;
  to?: number;
}

/** More distinct texts than this and a column is not a category (free text, identifiers). */
const maxCategoryValues = 5000;

const numeric = (c: ColumnSummary) => c.type === "integer" || c.type === "number" || c.type === "percent";
const periodName = /^(perioden?|periode|jaar|jaren|year|years|datum|date|maand|month|kwartaal|quarter)$/i;

/** A column of calendar years: integers between 1900 and 2100, named like a year or period. */
function isYearColumn(column: ColumnSummary): boolean {
  const inRange =
    typeof column.min === "number" &&
    typeof column.max === "number" &&
    column.min >= 1900 &&
    column.max <= 2100;
  return column.type === "integer" && inRange && /jaar|year|period|perioden/i.test(column.name);
}

/** Texts that read as periods: CBS codes, ISO dates or bare years. */
function looksLikePeriods(values: Set<Cell>): boolean {
  let periods = 0;
  for (const value of values) {
    const text = String(value).trim();
    if (parsePeriod(text) || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) periods++;
  }
  return values.size > 0 && periods >= values.size * 0.9;
}

function stringsOf(values: Set<Cell>): string[] {
  return [...values].filter((value): value is string => typeof value === "string");
}

/**
 * The dimensions of a file the reader opened: the numbers to draw, a time axis, a region column and
 * the category columns, each with its total when the file holds one (CBS total codes and labels, see
 * `findTotal`).
 */
export function scratchDimensions(reading: CsvReading): ScratchDimensions {
  const { columns, data } = reading;
  const derived = (name: string, suffix: string) =>
    columns.find((c) => c.derivedFrom === name && c.name.startsWith(`${name}_${suffix}`))?.name;
  const yearColumn = columns.find((c) => !c.derivedFrom && isYearColumn(c));
  const measures = columns
    .filter((c) => numeric(c) && !c.derivedFrom && c !== yearColumn && !/^id$/i.test(c.name))
    .map((c) => ({ column: c.name, percent: c.type === "percent" }));
  const result: ScratchDimensions = { measures, categories: [], years: [] };
  const periodColumn = columns.find((c) => c.type === "period" && !c.derivedFrom);
  const dateColumn = columns.find((c) => c.type === "date" && !c.derivedFrom);
  if (periodColumn) {
    const kindColumn = derived(periodColumn.name, "kind");
    const year = derived(periodColumn.name, "year");
    const date = derived(periodColumn.name, "date");
    if (kindColumn && year && date) {
      const steps = [...tally(data[kindColumn])]
        .filter((entry): entry is [string, number] => typeof entry[0] === "string" && entry[1] > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([kind]) => kind);
      result.period = {
        kind: "period",
        column: periodColumn.name,
        kindColumn,
        yearColumn: year,
        dateColumn: date,
        steps,
      };
    }
  } else if (dateColumn) result.period = { kind: "date", column: dateColumn.name };
  else if (yearColumn) result.period = { kind: "year", column: yearColumn.name };
  const period = result.period;
  if (period) {
    const column = data[period.kind === "period" ? period.yearColumn : period.column];
    const years = new Set<number>();
    for (const value of distinctValues(column)) {
      const year = typeof value === "number" ? value : Number(String(value).slice(0, 4));
      if (Number.isInteger(year)) years.add(year);
    }
    result.years = [...years].sort((a, b) => a - b);
  }
  for (const column of columns) {
    if (column.derivedFrom || column.name === result.period?.column) continue;
    if (column.type !== "string" && column.type !== "region") continue;
    const values = distinctValues(data[column.name], maxCategoryValues + 1);
    if (
      !result.period &&
      !result.periodAsText &&
      (periodName.test(column.name) || looksLikePeriods(values))
    ) {
      result.periodAsText = column.name;
      continue;
    }
    if (values.size > maxCategoryValues) continue;
    const strings = stringsOf(values);
    const { total, candidates } = findTotal(strings);
    const levelColumn = derived(column.name, "level");
    if (!result.region && (column.type === "region" || levelColumn)) {
      const levels = levelColumn ? stringsOf(distinctValues(data[levelColumn])) : [];
      result.region = {
        column: column.name,
        values: strings,
        total,
        candidates,
        levelColumn,
        levels: regionLevelOrder.filter((level) => levels.includes(level)),
      };
      continue;
    }
    result.categories.push({ column: column.name, values: strings, total, candidates });
  }
  return result;
}

/**
 * The first chart's default: the first measure, the year when the periods include years (else the
 * most common kind), and for every dimension its total; without a total, one region level (the
 * highest) or all values of a category added up; nothing chosen where the rule cannot decide.
 */
export function defaultChoice(dimensions: ScratchDimensions): ScratchChoice {
  const choice: ScratchChoice = { measure: dimensions.measures[0]?.column ?? "", categories: {} };
  const period = dimensions.period;
  if (period?.kind === "period" && period.steps.length > 0)
    choice.step = period.steps.includes("year") ? "year" : period.steps[0];
  const region = dimensions.region;
  if (region) {
    if (region.total !== undefined) choice.region = { value: region.total };
    else if (region.levels.length > 0) choice.region = { level: region.levels[0] };
    else if (region.candidates.length === 0) choice.region = null;
  }
  for (const category of dimensions.categories) {
    if (category.total !== undefined) choice.categories[category.column] = category.total;
    else if (category.candidates.length === 0) choice.categories[category.column] = null;
  }
  return choice;
}
