import * as Plot from "@observablehq/plot";
import { max, min } from "d3";
import { localeTag } from "../util/index.ts";
import type { ChartFigureOptions } from "./chart-figure.ts";
import { formatFigure, formatNumber, formatValue } from "./format.ts";
import {
  boundedLabel,
  fitLines,
  hasValueLabels,
  lineHeight,
  lineWidthEms,
  maximumHeight,
  minimumPlotWidth,
  shortFigure,
  shortUnit,
  textWidth,
  thinAxisLabels,
} from "./responsive.ts";
import { rowLabel } from "./row-label.ts";
import type { FactRow, Locale } from "./types.ts";

/*
 * How a chart's plot is laid out inside its frame: margins, heights and axes that keep every label
 * inside the figure from 320 px up (used by chartFigure).
 */

/** Lines a bar's label may take in the margin beside the bars; a longer label goes above its bar. */
const besideLines = 4;

/** The rows' unit when they all share one. */
function commonUnit(rows: readonly FactRow[]): string | undefined {
  const units = new Set(rows.map((row) => row.unit));
  return units.size === 1 ? [...units][0] : undefined;
}

/** What `layout` decides: Plot options, plus scale options to lay over the notebook's own. */
type Layout = Partial<Plot.PlotOptions> & { scales?: Pick<Plot.PlotOptions, "x" | "y"> };

/**
 * Margins, heights and axes that keep every label inside the figure and the plot readable from 320 px
 * up, unless the notebook sets them itself. Horizontal bars keep their category labels beside the bars
 * (wrapped) while the plot stays wide enough, and move them above the bars when it would not.
 */
export function layout(options: ChartFigureOptions, width: number): Layout {
  const { rows, locale, plot } = options;
  const unit = options.unit ?? commonUnit(rows);
  const labelled = hasValueLabels(plot.marks);
  const tickLabel = (value: number) => formatValue(value, shortUnit(unit ?? ""), locale);
  const values = rows.map((row) => row.value);
  const scale = options.valueAxis === "x" ? plot.x : plot.y;
  const domain = (
    Array.isArray(scale?.domain)
      ? scale.domain
      : [Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 0)]
  ).map(Number);
  const widestTick = max(domain, (value) => textWidth(tickLabel(value))) ?? 0;
  const xLabel = typeof plot.x?.label === "string" && plot.x.label !== "";
  if (options.valueAxis !== "x") {
    const band = plot.x?.type === "band";
    return {
      marginLeft: Math.max(40, widestTick + 14),
      // Room for a figure above the tallest bar, below the axis label.
      marginTop: labelled ? 38 : 24,
      // Category labels may take two lines on a narrow chart.
      marginBottom: (band && width < 560 ? 40 : 30) + (xLabel ? 14 : 0),
    };
  }
  const domainY = plot.y?.domain;
  const labels =
    Array.isArray(domainY) && domainY.every((d) => typeof d === "string")
      ? domainY
      : rows.map((r) => rowLabel(r, locale));
  const count = new Set(labels).size;
  // Loops, never Math.max(...list): a file may give more labels (or words) than a call takes arguments.
  const longest = Math.max(40, max(labels, (label) => textWidth(boundedLabel(String(label)))) ?? 0);
  const figures = (format: (row: FactRow) => string) =>
    labelled ? Math.max(0, max(rows, (row) => textWidth(format(row))) ?? 0) + 8 : 0;
  // The last value tick is centred on the plot's edge: half of it needs room beside the plot.
  const marginRight = (figureWidth: number) => Math.max(figureWidth, Math.ceil(widestTick / 2) + 4, 12);
  const plotWidth = minimumPlotWidth(width);
  const beside = Math.min(longest + 12, Math.round(width * 0.4));
  const fitsBeside = (figureWidth: number) => width - beside - marginRight(figureWidth) >= plotWidth;
  const full = figures((row) => formatFigure(row, locale));
  const right = marginRight(fitsBeside(full) ? full : figures((row) => shortFigure(row, locale)));
  const marginBottom = 30 + (xLabel ? 14 : 0);
  // At least the height the labels need; the notebook may ask for more.
  const capped = (needed: number) =>
    Math.min(maximumHeight, Math.max(options.height ?? plot.height ?? 0, needed));
  const longestWord = max(labels, (label) => max(boundedLabel(String(label)).split(/\s+/), textWidth)) ?? 0;
  const wordsFit = longestWord + 16 <= beside;
  // Labels longer than the margin wrap onto more lines (in a narrow column) instead of being cut off;
  // a label that would need more lines than `besideLines` goes above its bar, cut.
  const lines = Math.ceil(longest / (beside - 16));
  if (
    plot.marginLeft !== undefined ||
    (wordsFit && lines <= besideLines && width - beside - right >= plotWidth)
  ) {
    const layout: Layout = {
      marginLeft: beside,
      marginRight: right,
      marginBottom,
      // Bars at least ~30px thick: a chart of three bars should not look like three hairlines.
      height: capped(Math.max(120, count * Math.max(30, lines * lineHeight + 16) + 30 + marginBottom)),
    };
    if (lines > 1 && plot.marginLeft === undefined) {
      layout.marks = [
        ...(plot.marks ?? []),
        Plot.axisY({ lineWidth: lineWidthEms(beside - 16), tickSize: 0, label: null }),
      ];
    }
    return layout;
  }
  // Labels above the bars, as wide as the chart, on two lines when the height allows; a label longer
  // still is cut with "…" and given in full in its title (and in the tip).
  const marginLeft = Math.max(10, Math.ceil(textWidth(tickLabel(domain[0])) / 2) + 2);
  const room = width - marginLeft - 4;
  // Two lines need rows of 50 px at least (a 16 px bar under 34 px of text), 60 px when there is room.
  const twoLineRow = Math.min(60, Math.floor((maximumHeight - 34 - marginBottom) / count));
  const aboveLines = longest > room && twoLineRow >= 50 ? 2 : 1;
  const rowHeight = aboveLines === 2 ? twoLineRow : 46;
  const padding = (aboveLines * lineHeight + 6) / rowHeight;
  const height = capped(count * rowHeight + 34 + marginBottom);
  const step = (height - 24 - marginBottom) / (count + padding);
  return {
    marginLeft,
    marginRight: right,
    marginBottom,
    height,
    scales: { y: { axis: null, padding } },
    marks: [
      ...(plot.marks ?? []),
      Plot.text(labels, {
        y: (label: unknown) => label,
        text: (label: unknown) => fitLines(String(label), room, aboveLines).join("\n"),
        title: (label: unknown) => boundedLabel(String(label), 1000),
        frameAnchor: "left",
        textAnchor: "start",
        lineAnchor: "bottom",
        lineHeight: lineHeight / 12,
        dy: -(step * (1 - padding)) / 2 - 3,
        fill: "currentColor",
      }),
    ],
  };
}

/** An x axis whose tick labels wrap or thin out when they would run together (see `thinAxisLabels`). */
export function bottomAxis(scale: Plot.ScaleOptions | undefined): Plot.Markish {
  if (scale?.axis === null || scale?.axis === false) return null;
  const { ticks, tickSize, tickSpacing, tickPadding, tickFormat, tickRotate, fontVariant } = scale ?? {};
  const { label, labelAnchor, labelArrow, labelOffset } = scale ?? {};
  return Plot.axisX({
    ...{ ticks, tickSize, tickSpacing, tickPadding, tickFormat, tickRotate, fontVariant },
    ...{ label, labelAnchor, labelArrow, labelOffset },
    render: thinAxisLabels(scale?.type === "band"),
  });
}

/**
 * Tick labels in the reader's number format on both axes, unless the notebook gives its own: the value
 * axis in the figures' unit ("€ 100 mln", "80%", "100.000"), the other axis as plain numbers or dates
 * (Plot's defaults would write "1,000" and English month names in Dutch mode too).
 */
export function axisTicks(options: ChartFigureOptions): Partial<Plot.PlotOptions> {
  const valueAxis = options.valueAxis ?? "y";
  const unit = options.unit ?? commonUnit(options.rows);
  const ticks: Partial<Plot.PlotOptions> = {};
  for (const axis of ["x", "y"] as const) {
    const scale = options.plot[axis] ?? {};
    if (scale.tickFormat !== undefined) continue;
    const tickFormat =
      axis === valueAxis && unit
        ? unitTicks(unit, scale.type ?? undefined, options.locale)
        : plainTicks(options.locale);
    ticks[axis] = { ...scale, tickFormat };
  }
  return ticks;
}

function unitTicks(
  unit: string,
  type: Plot.ScaleType | undefined,
  locale: Locale,
): (value: number) => string {
  const format = (value: number) => formatValue(value, shortUnit(unit), locale);
  const powerOfTen = (value: number) => Math.abs(Math.log10(value) - Math.round(Math.log10(value))) < 1e-9;
  return type === "log" ? (value) => (powerOfTen(value) ? format(value) : "") : format;
}

/**
 * Numbers in the locale's format; dates as Plot would write them (the year on 1 January, the month on
 * the first of a month, else day and month), in the locale's words; anything else as text.
 */
function plainTicks(locale: Locale): (value: unknown) => string {
  const month = new Intl.DateTimeFormat(localeTag(locale), { month: "short" });
  const day = new Intl.DateTimeFormat(localeTag(locale), { day: "numeric", month: "short" });
  return (value) => {
    if (typeof value === "number") return formatNumber(value, locale);
    if (value instanceof Date) {
      if (value.getDate() !== 1) return day.format(value);
      return value.getMonth() === 0 ? String(value.getFullYear()) : month.format(value);
    }
    return String(value);
  };
}
