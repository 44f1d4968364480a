import * as Plot from "@observablehq/plot";
import { utcYear } from "d3";
import { formatNumber } from "./format.ts";
import { chartFigure } from "./frame.ts";
import { palette } from "./palette.ts";
import type { ScratchSums } from "./scratch-sums.ts";
import type { FactRow, Locale } from "./types.ts";

export interface FirstChartOptions {
  document: Document;
  locale: Locale;
  width: number;
  title: string;
  /** Which rows the chart used, in words ("Nederland · Totaal misdrijven · per jaar, 12 jaren"). */
  subtitle: string;
  /** The series a time chart shows, for its rows' label ("Nederland · Totaal misdrijven"). */
  series: string;
  /** Where the figures come from: the reader's own file, named, not linked. */
  source: string;
}

/** The rows a first chart plots, one per mark, as the toolbar's CSV and the SVG's provenance give them. */
export function firstChartRows(sums: ScratchSums, series: string, source: string): FactRow[] {
  const unit = (percent: boolean) => (percent ? "percent" : "count");
  const base = { qualifier: null, source, source_kind: "file" };
  if (sums.kind === "time") {
    return sums.points.map((point) => ({
      ...base,
      measure: sums.measure,
      label: series,
      year: point.year,
      period: point.key,
      value: point.value,
      unit: unit(false),
    }));
  }
  if (sums.kind === "bars") {
    return sums.groups.map((group) => ({
      ...base,
      measure: sums.measure,
      label: group.category.trim(),
      year: null,
      period: null,
      value: group.value,
      unit: unit(false),
    }));
  }
  if (sums.kind === "histogram") {
    // "0,5 – 1" on a Dutch page, "0.5 – 1" on an English one; the CSV keeps the bounds as numbers.
    const range = (b: { x0?: number; x1?: number }, locale: Locale) =>
      `${formatNumber(b.x0 ?? Number.NaN, locale)} – ${formatNumber(b.x1 ?? Number.NaN, locale)}`;
    return sums.bins.map((b) => ({
      ...base,
      measure: sums.measure,
      label: range(b, "nl"),
      label_en: range(b, "en"),
      year: null,
      period: null,
      value: b.length,
      unit: "count",
      bin_from: b.x0,
      bin_to: b.x1,
    }));
  }
  return [];
}

/**
 * Draws the first chart of a file in Blauw's frame (title, which rows, plot, source line), so that it
 * gets the same toolbar as every chart; null when there is nothing to draw.
 */
export function drawFirstChart(sums: ScratchSums, options: FirstChartOptions): HTMLElement | null {
  if (sums.kind === "none") return null;
  const rows = firstChartRows(sums, options.series, options.source);
  const frame = {
    document: options.document,
    locale: options.locale,
    width: options.width,
    title: options.title,
    subtitle: options.subtitle,
    rows,
  };
  if (sums.kind === "time") {
    const data = sums.points.map((point, i) => ({ ...point, figure: rows[i] }));
    return chartFigure({
      ...frame,
      plot: {
        // Whole years on the axis of a yearly series, never "Jan Apr Jul".
        x:
          sums.step === "year"
            ? {
                type: "utc",
                label: null,
                tickFormat: "%Y",
                ticks:
                  utcYear.every(Math.max(1, Math.ceil(data.length / Math.max(2, options.width / 80)))) ??
                  undefined,
              }
            : { type: "utc", label: null },
        y: { grid: true, label: null },
        marks: [
          Plot.ruleY([0]),
          Plot.lineY(data, { x: "date", y: "value", stroke: palette.blue, strokeWidth: 2 }),
          // The rows themselves, so that the dots are the chart's figures (read by keyboard, see chart-points.ts).
          Plot.dot(rows, {
            x: (_: FactRow, i: number) => data[i].date,
            y: "value",
            r: data.length > 60 ? 1.5 : 3,
            fill: palette.blue,
            tip: true,
            title: (d: FactRow) => `${d.period}: ${formatNumber(d.value, options.locale)}`,
          }),
        ],
      },
    });
  }
  if (sums.kind === "bars") {
    return chartFigure({
      ...frame,
      valueAxis: "x",
      plot: {
        x: { grid: true, label: null },
        y: { label: null, domain: rows.map((row) => row.label) },
        marks: [Plot.barX(rows, { y: "label", x: "value", fill: palette.blue, tip: true }), Plot.ruleX([0])],
      },
    });
  }
  return chartFigure({
    ...frame,
    plot: {
      x: { label: sums.measure },
      y: { grid: true, label: null },
      marks: [
        // The rows themselves, one bar per bin, so that the bars are the chart's figures (read by keyboard).
        Plot.rectY(rows, {
          x1: "bin_from",
          x2: "bin_to",
          y: "value",
          fill: palette.blue,
          tip: true,
          title: (d: FactRow) =>
            `${options.locale === "en" ? d.label_en : d.label}: ${formatNumber(d.value, options.locale)}`,
        }),
        Plot.ruleY([0]),
      ],
    },
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
