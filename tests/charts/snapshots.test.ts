import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, it } from "vitest";
import {
  chartFigure,
  drawFirstChart,
  drawYearTotals,
  type FactRow,
  factBars,
  factDots,
  factLine,
  normRule,
  type ScratchSums,
} from "../../src/charts/index.ts";
import { dataFile } from "../util/data-file.ts";
import { factRow } from "../util/fact-row.ts";
import { matchSnapshot, snapshotFile } from "../util/match-snapshot.ts";
import { snapshotMarkup } from "../util/snapshot-markup.ts";

// Every chart helper of src/charts drawn at a fixed size and compared with its snapshot in
// tests/output/charts, as Plot keeps its own (see tests/util/snapshot-markup.ts). A change writes
// <name>-changed.svg (or .html) beside the snapshot and fails, naming it.

const { document } = new JSDOM("<!doctype html><body></body>").window;
const width = 640;

const plot = (marks: Plot.Markish[], options: Plot.PlotOptions = {}) =>
  Plot.plot({ document, width, height: 300, marks, ...options }) as unknown as SVGSVGElement;

/** Synthetic rows (made up for the test, not from the sources), each from vraag 14. */
const synthetic = (year: number | null, value: number, qualifier: string | null = null): FactRow =>
  factRow({ year, value, qualifier });

// The bundled data files, read independently of the app's loader.
const reaction = dataFile("reaction-times");
const shares = reaction.filter((d) => d.measure === "share-within-15-min" && d.year !== null);
const norm = reaction.find((d) => d.measure === "norm") as FactRow;
const reports = dataFile("internet-reports").filter((d) => d.measure === "internet-reports");
const amounts = dataFile("budget-gaps").filter((d) => d.unit === "euro");

/** A first chart's sums (synthetic: made up for the test, not from a real file). */
const usedRows = { categories: [], rows: 12 };
const timeSums: ScratchSums = {
  kind: "time",
  measure: "GeregistreerdeMisdrijven_1",
  step: "year",
  points: [2016, 2017, 2018, 2019, 2020, 2021].map((year, i) => ({
    key: `${year}`,
    date: new Date(Date.UTC(year, 0, 1)),
    year,
    value: 1000 + 137 * i - (i % 2) * 211,
  })),
  used: usedRows,
  repeated: [],
};
const barSums: ScratchSums = {
  kind: "bars",
  measure: "GeregistreerdeMisdrijven_1",
  column: "SoortMisdrijf",
  total: "Totaal misdrijven",
  groups: [
    { category: "Diefstal", value: 812 },
    { category: "Vernieling", value: 344 },
    { category: "Geweld", value: 129 },
  ],
  used: usedRows,
  repeated: [],
};
const histogramSums: ScratchSums = {
  kind: "histogram",
  measure: "waarde",
  bins: [0, 10, 20, 30].map((x0, i) =>
    Object.assign(
      Array.from({ length: 3 + ((i * 5) % 7) }, () => x0),
      { x0, x1: x0 + 10 },
    ),
  ),
  used: usedRows,
  repeated: [],
};
const firstChart = (sums: ScratchSums) =>
  drawFirstChart(sums, {
    document,
    locale: "nl",
    width,
    title: "Eerste grafiek",
    subtitle: "Nederland · Totaal misdrijven · per jaar",
    series: "Nederland · Totaal misdrijven",
    source: "Jouw bestand: proef.csv",
  }) as HTMLElement;

/** Each chart by the name of its snapshot; `.svg` for a plot, `.html` for a chart in its frame. */
const charts: Record<string, () => Element> = {
  // The three the suite kept before, drawn as they were (400 × 200, synthetic rows).
  "fact-bars.svg": () =>
    Plot.plot({
      document,
      width: 400,
      height: 200,
      x: { type: "band" },
      marks: factBars(
        [synthetic(2019, 300000, "ruim"), synthetic(2024, 400000, "zo'n"), synthetic(2023, 350000)],
        {
          x: (d) => String(d.year),
          y: "value",
        },
      ),
    }) as unknown as Element,
  "fact-line.svg": () =>
    Plot.plot({
      document,
      width: 400,
      height: 200,
      marks: factLine([
        synthetic(2013, 85.3),
        synthetic(2014, 86.1),
        synthetic(2016, 84.3),
        synthetic(2017, 85, "afgerond"),
        synthetic(2019, 84.6),
      ]),
    }) as unknown as Element,
  "norm-rule.svg": () =>
    Plot.plot({
      document,
      width: 400,
      height: 200,
      y: { domain: [70, 100] },
      marks: normRule(90, { label: "Norm", unit: "percent" }),
    }) as unknown as Element,
  // Each helper on the bundled figures.
  "fact-line-reaction-times.svg": () =>
    plot([...normRule(norm, { label: "Norm", unit: "percent" }), ...factLine(shares)], {
      y: { domain: [70, 100] },
    }),
  "fact-dots-reaction-times.svg": () => plot(factDots(shares), { y: { domain: [70, 100] } }),
  "fact-bars-internet-reports.svg": () =>
    plot(factBars(reports, { x: (d) => String(d.year), y: "value" }), { x: { type: "band" } }),
  "fact-bars-horizontal-budget-gaps.svg": () =>
    plot(factBars(amounts, { y: "label", x: "value", horizontal: true }), { marginLeft: 220 }),
  "fact-line-english.svg": () => plot(factLine(shares, { locale: "en" }), { y: { domain: [70, 100] } }),
  "chart-figure-reaction-times.html": () =>
    chartFigure({
      document,
      locale: "nl",
      width,
      title: "Binnen 15 minuten ter plaatse",
      subtitle: "Landelijk, per jaar",
      note: "Oudere jaren uit nieuwsberichten.",
      rows: shares,
      plot: {
        y: { domain: [70, 100] },
        marks: [...normRule(norm, { label: "Norm", unit: "percent" }), ...factLine(shares)],
      },
    }),
  "chart-figure-internet-reports-english.html": () =>
    chartFigure({
      document,
      locale: "en",
      width: 320,
      title: "Reports filed online",
      rows: reports,
      plot: {
        x: { type: "band" },
        marks: factBars(reports, { x: (d) => String(d.year), y: "value", locale: "en" }),
      },
    }),
  "first-chart-time.html": () => firstChart(timeSums),
  "first-chart-bars.html": () => firstChart(barSums),
  "first-chart-histogram.html": () => firstChart(histogramSums),
  "year-totals.svg": () =>
    drawYearTotals(
      timeSums.kind === "time" ? timeSums.points.map((d) => ({ year: d.year, total: d.value })) : [],
      document,
    ),
};

describe("chart snapshots", () => {
  for (const [name, draw] of Object.entries(charts)) {
    it(name, () => {
      matchSnapshot(snapshotMarkup(draw().outerHTML), snapshotFile(`charts/${name}`));
    });
  }
});
