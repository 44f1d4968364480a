import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  chartFigure,
  type FactRow,
  factBars,
  factDots,
  factLine,
  figureInfo,
  movePoint,
  normRule,
  readingOrder,
} from "../../src/charts/index.ts";
import { factRow } from "../util/fact-row.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;

// Synthetic figures (not from the sources).
const years = [2013, 2014, 2016, 2019, 2024].map((year, i) =>
  factRow({ year, value: 80 + ((i * 7) % 10), unit: "percent", qualifier: i === 2 ? "circa" : null }),
);
const norm = factRow({ measure: "norm", label: "Norm", year: null, value: 90, unit: "percent" });

function draw(rows: FactRow[], plot: Plot.PlotOptions, extra: object = {}) {
  const figure = chartFigure({ document, locale: "nl", title: "t", rows, width: 640, plot, ...extra });
  const info = figureInfo.get(figure);
  if (!info) throw new Error("no figure info");
  return info;
}

describe("the points of a chart, recorded as Plot draws it", () => {
  it("has each dot of a line once, left to right by year, and the norm as a rule", () => {
    const info = draw([...years, norm], {
      x: { domain: [2012.5, 2024.5] },
      marks: [normRule(norm, { unit: "percent" }), ...factLine(years, { x: "year", y: "value" })],
    });
    const dots = info.points.filter((p) => p.kind === "dot");
    expect(dots.map((p) => p.row)).toEqual([...years].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)));
    for (let i = 1; i < dots.length; i++) expect(dots[i].x).toBeGreaterThan(dots[i - 1].x);
    // Higher figures sit higher (smaller y in SVG).
    const highest = dots.reduce((a, b) => (b.row.value > a.row.value ? b : a));
    for (const dot of dots) expect(dot.y).toBeGreaterThanOrEqual(highest.y);
    const rules = info.points.filter((p) => p.kind === "rule");
    expect(rules.map((p) => p.row)).toEqual([norm]);
    expect(rules[0].y).toBeLessThan(highest.y);
    expect(rules[0].box.right - rules[0].box.left).toBeGreaterThan(400);
  });

  it("has each vertical bar once, at the middle of its band, the bar's top above its zero", () => {
    const info = draw(years, {
      x: { type: "band" },
      marks: factBars(years, { x: (d) => String(d.year), y: "value" }),
    });
    expect(info.points).toHaveLength(years.length);
    expect(new Set(info.points.map((p) => p.row))).toEqual(new Set(years));
    for (const p of info.points) {
      expect(p.kind).toBe("bar");
      expect(p.x).toBeCloseTo((p.box.left + p.box.right) / 2);
      expect(p.box.bottom).toBeGreaterThan(p.box.top);
    }
    expect(info.points.map((p) => p.row.year)).toEqual([...years.map((r) => r.year)].sort());
  });

  it("reads horizontal bars from top to bottom, in one column", () => {
    const rows = ["a", "b", "c"].map((label, i) => factRow({ label, value: 10 * (i + 1) }));
    const info = draw(
      rows,
      { y: { domain: ["a", "b", "c"] }, marks: factBars(rows, { horizontal: true, x: "value", y: "label" }) },
      {
        valueAxis: "x",
      },
    );
    expect(info.points.map((p) => p.row.label)).toEqual(["a", "b", "c"]);
    expect(new Set(info.points.map((p) => p.x)).size).toBe(1);
  });

  it("reads dots along x with categories on y from top to bottom, whatever their amounts", () => {
    const rows = ["groot", "klein", "middel"].map((label, i) => factRow({ label, value: [500, 20, 80][i] }));
    const info = draw(
      rows,
      {
        x: { type: "log" },
        y: { domain: ["groot", "klein", "middel"] },
        marks: factDots(rows, { y: "label", x: "value" }),
      },
      { valueAxis: "x" },
    );
    expect(readingOrder(info.points).map((p) => p.row.label)).toEqual(["groot", "klein", "middel"]);
    expect(movePoint(info.points, 0, "ArrowRight")).toBe(1);
  });

  it("reads the parts of a stacked bar from left to right", () => {
    const parts = [factRow({ label: "deel 1", value: 1198 }), factRow({ label: "deel 2", value: 1609 })];
    const info = draw(parts, {
      marks: [Plot.barX(parts, Plot.stackX({ x: "value", fill: "label" })), Plot.ruleX([0])],
    });
    expect(info.points.map((p) => p.row)).toEqual(parts);
    const [first, second] = info.points;
    expect(second.box.left).toBeCloseTo(first.box.right);
    expect(second.y).toBeCloseTo(first.y);
  });

  it("leaves out marks of other data (axes, zero lines, labels) and draws each row once", () => {
    const info = draw(years, {
      marks: [
        ...factDots(years),
        Plot.ruleY([0]),
        Plot.text(years, { x: "year", y: "value", text: "label" }),
      ],
    });
    expect(info.points).toHaveLength(years.length);
    expect(info.points.every((p) => p.kind === "dot")).toBe(true);
  });
});
