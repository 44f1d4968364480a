import { isTotalCode } from "../data/index.ts";
import { formatValue, formatWhen, isApproximate } from "./format.ts";
import { formatQualifier } from "./qualifier.ts";
import { rowLabel } from "./row-label.ts";
import type { FactRow, Locale } from "./types.ts";

export interface SummaryOptions {
  locale: Locale;
  /** Rows the chart draws as reference lines (a norm): compared with, never counted as highs or lows. */
  references?: readonly FactRow[];
}

const words = {
  nl: {
    periods: (first: string, last: string, undated: number) =>
      `Cijfers van ${first} tot en met ${last}${undated ? `, en ${undated} zonder jaar` : ""}.`,
    period: (only: string) => `Cijfers voor ${only}.`,
    highest: "Hoogste",
    lowest: "laagste",
    same: (figure: string) => `Alle cijfers zijn gelijk: ${figure}.`,
    and: " en ",
    against: (when: string, figure: string, gap: string, norm: string) =>
      `${when ? `In ${when}` : "Het laatste cijfer"}: ${figure}, ${gap} de ${norm}.`,
    above: "boven",
    below: "onder",
    on: "precies op",
    about: "zo'n ",
  },
  en: {
    periods: (first: string, last: string, undated: number) =>
      `Figures from ${first} to ${last}${undated ? `, and ${undated} without a year` : ""}.`,
    period: (only: string) => `Figures for ${only}.`,
    highest: "Highest",
    lowest: "lowest",
    same: (figure: string) => `All figures are equal: ${figure}.`,
    and: " and ",
    against: (when: string, figure: string, gap: string, norm: string) =>
      `${when ? `In ${when}` : "The latest figure"}: ${figure}, ${gap} the ${norm}.`,
    above: "above",
    below: "below",
    on: "exactly on",
    about: "about ",
  },
};

/** Hedges read before the number ("zo'n 400.000"); others ("raming", "afgerond") follow it in brackets. */
const leadingHedges = new Set([
  "ruim",
  "zo'n",
  "circa",
  "ongeveer",
  "rond de",
  "naar schatting",
  "naar schatting ongeveer",
  "bijna",
]);

/**
 * A figure as a sentence says it, without signs a screen reader stumbles over: "zo'n 400.000",
 * "about 400,000", "€ 86 mln" (the chart's tips keep "≈ 400.000 (zo'n)"). A hedge that does not read
 * before a number is given as `after`, to go in the brackets that follow.
 */
function spokenFigure(row: FactRow, locale: Locale): { figure: string; after?: string } {
  const value = formatValue(row.value, row.unit, locale);
  const hedge = row.qualifier?.trim();
  if (!hedge || !isApproximate(row)) return { figure: value };
  const words = formatQualifier(hedge, locale);
  if (leadingHedges.has(hedge.toLowerCase().replace(/[’‘]/g, "'"))) return { figure: `${words} ${value}` };
  return { figure: value, after: words };
}

/** A CBS total ("Totaal misdrijven", "Nederland", `0.0.0`): the sum of other rows, never itself a high. */
const isTotal = (row: FactRow) => isTotalCode(row.label) || isTotalCode(row.label_en ?? undefined);

/** Rows in time order: by year, rows without a year after those with one, else as given. */
function inTime(rows: readonly FactRow[]): FactRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        (a.row.year ?? Number.POSITIVE_INFINITY) - (b.row.year ?? Number.POSITIVE_INFINITY) || a.i - b.i,
    )
    .map(({ row }) => row);
}

/**
 * A short summary of a chart's figures in words, in the reader's language: the range of periods, the
 * highest and lowest figure with their period, and, when the chart draws a norm, the latest figure
 * against it. CBS totals do not count as highs when their parts are among the rows.
 */
export function chartSummary(rows: readonly FactRow[], options: SummaryOptions): string {
  const { locale } = options;
  const text = words[locale];
  const references = new Set(options.references ?? []);
  const drawn = rows.filter((row) => !references.has(row) && Number.isFinite(row.value));
  const parts = drawn.filter((row) => !isTotal(row));
  const figures = inTime(parts.length > 0 ? parts : drawn);
  if (figures.length === 0) return "";
  const sentences: string[] = [];
  const when = (row: FactRow) => formatWhen(row, locale);
  // One period for all: that period. Else the range of years, and how many figures have none.
  const periods = [...new Set(figures.map(when).filter(Boolean))];
  const years = [...new Set(figures.map((row) => row.year).filter((year) => year != null))];
  const undated = figures.filter((row) => row.year == null).length;
  if (periods.length === 1 && undated === 0) sentences.push(text.period(periods[0]));
  else if (years.length === 1 && undated === 0) sentences.push(text.period(String(years[0])));
  else if (years.length > 1)
    sentences.push(text.periods(String(years[0]), String(years[years.length - 1]), undated));
  const labels = new Set(figures.map((row) => rowLabel(row, locale)));
  const units = new Set(figures.map((row) => row.unit));
  // What a figure is, when the chart shows more than one thing; when it applies.
  const name = (row: FactRow) => {
    const label = labels.size > 1 ? rowLabel(row, locale) : "";
    const period = when(row);
    return [label, period].filter(Boolean).join(", ");
  };
  if (figures.length > 1 && units.size === 1) {
    let high = figures[0].value;
    let low = figures[0].value;
    for (const row of figures) {
      if (row.value > high) high = row.value;
      if (row.value < low) low = row.value;
    }
    const at = (value: number) => {
      const all = figures.filter((row) => row.value === value);
      const { figure, after } = spokenFigure(all[0], locale);
      const names = all.map(name).filter(Boolean);
      // "2023 en 2024", but "2024, per jaar; 2025, per jaar" where a name has a comma of its own.
      const list = names.join(names.some((one) => one.includes(",")) ? "; " : text.and);
      const bracket = [after, list].filter(Boolean).join(", ");
      return `${figure}${bracket ? ` (${bracket})` : ""}`;
    };
    sentences.push(
      high === low ? text.same(at(high)) : `${text.highest}: ${at(high)}; ${text.lowest}: ${at(low)}.`,
    );
  }
  const norms = [...references].filter((row) => Number.isFinite(row.value));
  if (norms.length > 0) {
    const latest = figures[figures.length - 1];
    // The norm of the latest figure's year if the sources give one, else the norm without a year, else the latest.
    const norm =
      norms.find((row) => row.year != null && row.year === latest.year) ??
      norms.find((row) => row.year == null) ??
      inTime(norms)[norms.length - 1];
    const gap = latest.value - norm.value;
    const unit = latest.unit === "percent" ? "percentage-points" : latest.unit;
    const size = `${isApproximate(latest) ? text.about : ""}${formatValue(Math.abs(Number(gap.toFixed(6))), unit, locale)}`;
    const side = gap === 0 ? text.on : `${size} ${gap > 0 ? text.above : text.below}`;
    const normText = `${rowLabel(norm, locale).replace(/:.*$/, "").toLowerCase()} ${formatValue(norm.value, norm.unit, locale)}`;
    const { figure, after } = spokenFigure(latest, locale);
    sentences.push(text.against(when(latest), after ? `${figure} (${after})` : figure, side, normText));
  }
  return sentences.join(" ");
}
