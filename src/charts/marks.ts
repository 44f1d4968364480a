import * as Plot from "@observablehq/plot";
import { derivedLine, formatFigure, formatValue, formatWhen, isApproximate, isDerived } from "./format.ts";
import { approxStyle, palette } from "./palette.ts";
import { isTranslatedQualifier } from "./qualifier.ts";
import { dropCollidingLabels, shortFigure, valueLabelMarks } from "./responsive.ts";
import { rowLabel } from "./row-label.ts";
import { sourceLine } from "./source.ts";
import type { FactRow, Locale } from "./types.ts";

type Accessor = string | ((d: FactRow) => unknown);

export interface FactMarkOptions {
  /** A column or a function; the column "label" is the figure's label in the reader's language. */
  x?: Accessor;
  y?: Accessor;
  /** A channel for colour (a categorical scale); without it every figure is blue. */
  fill?: Accessor;
  /** Bars along x with categories on y. */
  horizontal?: boolean;
  locale?: Locale;
}

export interface NormRuleOptions {
  label: string;
  unit: string;
  locale: Locale;
  /** Where along x the norm starts and ends, when it did not always hold (a norm introduced later). */
  x1?: number;
  x2?: number;
}

/**
 * The text of a tip: the figure with its qualifier, what and when, and where it comes from. In English
 * a translated qualifier is followed by the source's own Dutch word, quoted.
 */
export function tipText(row: FactRow, locale: Locale = "nl"): string {
  const when = formatWhen(row, locale);
  const label = rowLabel(row, locale);
  const lines = [
    formatFigure(row, locale),
    when ? `${label} (${when})` : label,
    ...(isDerived(row) ? [derivedLine(row, locale)] : []),
    sourceLine(row.source, locale),
  ];
  if (isTranslatedQualifier(row.qualifier, locale)) lines.push(`The source says “${row.qualifier?.trim()}”`);
  return lines.join("\n");
}

function read(accessor: Accessor, d: FactRow, locale: Locale): unknown {
  if (accessor === "label") return rowLabel(d, locale);
  return typeof accessor === "function" ? accessor(d) : d[accessor];
}

/** The fill: a colour, a column, or the figure's label in the reader's language (so a legend matches it). */
function fillOf(fill: Accessor | undefined, locale: Locale): Accessor {
  if (fill === undefined) return palette.blue;
  return fill === "label" ? (d: FactRow) => rowLabel(d, locale) : fill;
}

const split = (rows: readonly FactRow[]) => ({
  exact: rows.filter((d) => !isApproximate(d)),
  approx: rows.filter(isApproximate),
});

/**
 * Bars for figures: exact ones solid, approximate ones light with a dashed outline; each bar labelled
 * with its formatted figure, and one tip per bar.
 */
export function factBars(rows: readonly FactRow[], options: FactMarkOptions = {}): Plot.Markish[] {
  const { horizontal = false, locale = "nl" } = options;
  const x = options.x ?? (horizontal ? "value" : "label");
  const y = options.y ?? (horizontal ? "label" : "value");
  const colour = fillOf(options.fill, locale);
  const { exact, approx } = split(rows);
  const bar = horizontal ? Plot.barX : Plot.barY;
  const position = { x: (d: FactRow) => read(x, d, locale), y: (d: FactRow) => read(y, d, locale) };
  const label = (d: FactRow) => formatFigure(d, locale);
  // Labels that do not fit are shortened, then dropped; the tip still gives every figure in full.
  const render = dropCollidingLabels((i) => shortFigure(rows[i], locale), horizontal ? "after" : "above");
  // A negative figure's label sits on the other side of the zero line from its bar, clear of the axis.
  const atZero = (accessor: Accessor) => (d: FactRow) => Math.max(0, Number(read(accessor, d, locale)));
  const text = horizontal
    ? Plot.text(rows, {
        ...position,
        x: atZero(x),
        text: label,
        textAnchor: "start",
        dx: 4,
        fill: "currentColor",
        render,
      })
    : Plot.text(rows, {
        ...position,
        y: atZero(y),
        text: label,
        lineAnchor: "bottom",
        dy: -4,
        fill: "currentColor",
        render,
      });
  valueLabelMarks.add(text);
  const pointer = horizontal ? Plot.pointerY : Plot.pointerX;
  return [
    bar(exact, { ...position, fill: colour }),
    bar(approx, {
      ...position,
      fill: colour,
      fillOpacity: approxStyle.fillOpacity,
      stroke: colour,
      strokeDasharray: approxStyle.strokeDasharray,
      strokeWidth: approxStyle.strokeWidth,
    }),
    horizontal ? Plot.ruleX([0]) : Plot.ruleY([0]),
    text,
    Plot.tip(rows, pointer({ ...position, title: (d: FactRow) => tipText(d, locale) })),
  ];
}

/** Dots for figures: exact ones filled, approximate ones hollow; one tip per dot. */
export function factDots(rows: readonly FactRow[], options: FactMarkOptions = {}): Plot.Markish[] {
  const { locale = "nl" } = options;
  const x = options.x ?? "year";
  const y = options.y ?? "value";
  const colour = fillOf(options.fill, locale);
  const { exact, approx } = split(rows);
  const position = { x: (d: FactRow) => read(x, d, locale), y: (d: FactRow) => read(y, d, locale) };
  return [
    Plot.dot(exact, { ...position, fill: colour, r: 4.5 }),
    Plot.dot(approx, { ...position, fill: "none", stroke: colour, strokeWidth: 2, r: 4.5 }),
    Plot.tip(rows, Plot.pointer({ ...position, title: (d: FactRow) => tipText(d, locale) })),
  ];
}

/**
 * A yearly series: a line through consecutive years only — a missing year breaks it, so the chart
 * never suggests a value nobody measured — and a dot on every figure.
 */
export function factLine(rows: readonly FactRow[], options: FactMarkOptions = {}): Plot.Markish[] {
  const { locale = "nl" } = options;
  const x = options.x ?? "year";
  const y = options.y ?? "value";
  const sorted = [...rows].sort((a, b) => Number(read(x, a, locale)) - Number(read(x, b, locale)));
  const segment = new Map<FactRow, number>();
  let run = 0;
  // Years are consecutive one apart; dates (monthly series) when at most a month apart.
  const isDate = sorted.length > 0 && read(x, sorted[0], locale) instanceof Date;
  const largestStep = isDate ? 32 * 24 * 3600 * 1000 : 1;
  sorted.forEach((d, i) => {
    if (i > 0 && Number(read(x, d, locale)) - Number(read(x, sorted[i - 1], locale)) > largestStep) run++;
    segment.set(d, run);
  });
  const colour = typeof options.fill === "string" ? options.fill : palette.blue;
  return [
    Plot.line(sorted, {
      x: (d: FactRow) => read(x, d, locale),
      y: (d: FactRow) => read(y, d, locale),
      z: (d: FactRow) => segment.get(d),
      stroke: colour,
      strokeWidth: 2,
    }),
    ...factDots(sorted, { ...options, x, y }),
  ];
}

/**
 * A labelled, dashed reference line such as the 90% norm. Given the norm's row rather than its value,
 * the line is that row's figure: read by keyboard, in the table and in the chart's summary.
 */
export function normRule(norm: number | FactRow, options: Partial<NormRuleOptions> = {}): Plot.Markish[] {
  const { label = "Norm", unit = "", locale = "nl", x1, x2 } = options;
  const value = typeof norm === "number" ? norm : norm.value;
  const text = `${label} ${formatValue(value, typeof norm === "number" ? unit : unit || norm.unit, locale)}`;
  const span = x1 !== undefined && x2 !== undefined ? { x1: () => x1, x2: () => x2 } : {};
  return [
    Plot.ruleY([norm], {
      ...span,
      y: () => value,
      stroke: palette.vermillion,
      strokeWidth: 1.5,
      strokeDasharray: "6,4",
    }),
    Plot.text([value], {
      y: (d: number) => d,
      text: () => text,
      frameAnchor: "right",
      textAnchor: "end",
      lineAnchor: "bottom",
      dy: -4,
      // In the text's own colour: vermillion text would fall below 4.5:1 on both pages; the line is vermillion.
      fill: "currentColor",
      fontWeight: 600,
    }),
  ];
}
