import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartFigure, type FactRow, factBars, formatFigure } from "../../src/charts/index.ts";
import { minimumPlotWidth, shortFigure, textWidth, wrapText } from "../../src/charts/responsive.ts";
import { factRow } from "../util/fact-row.ts";

// Synthetic rows, deterministic, for layout only: not figures from the sources.
const { document } = new JSDOM("<!doctype html><body></body>").window;
const A = "seeds/antwoorden-eerste-kamer-t03934.md#vraag-14";
const row = (label: string, year: number, value: number, qualifier: string | null = null): FactRow =>
  factRow({ label, year, value, qualifier, source: A });

/** Where a text of Plot's sits: the sum of its own and its group's translate(x,y). */
function position(text: Element): { x: number; y: number } {
  const translate = (node: Element | null) => {
    const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node?.getAttribute("transform") ?? "");
    return match ? [Number(match[1]), Number(match[2])] : [0, 0];
  };
  const [x, y] = translate(text);
  const [gx, gy] = translate(text.parentElement);
  return { x: x + gx, y: y + gy };
}

const labelsOf = (svg: Element, ariaLabel: string) =>
  [...svg.querySelectorAll(`g[aria-label="${ariaLabel}"] text`)].map((text) => ({
    text: [...text.childNodes]
      .filter((child) => child.nodeName !== "title")
      .map((child) => child.textContent)
      .join("\n"),
    ...position(text),
  }));

describe("wrapText", () => {
  it("splits at a space into lines of about equal width", () => {
    expect(wrapText("250.000 inwoners")).toEqual(["250.000", "inwoners"]);
    expect(wrapText("2024")).toEqual(["2024"]);
    const lines = wrapText("Aangiften thuis of op straat opgenomen");
    expect(lines).toHaveLength(2);
    expect(lines.join(" ")).toBe("Aangiften thuis of op straat opgenomen");
  });
});

describe("value labels on bars", () => {
  const rows = [
    row("a", 2019, 300000, "ruim"),
    row("b", 2020, 310000),
    row("c", 2021, 400000, "zo'n"),
    row("d", 2022, 350000),
  ];
  const draw = (width: number) =>
    Plot.plot({
      document,
      width,
      height: 240,
      marginTop: 38,
      x: { type: "band" },
      marks: factBars(rows, { x: (d) => String(d.year), y: "value" }),
    }) as unknown as SVGSVGElement;

  it("show every figure in full, qualifier included, when there is room", () => {
    expect(labelsOf(draw(800), "text").map((label) => label.text)).toEqual(
      rows.map((r) => formatFigure(r, "nl")),
    );
  });

  it("are shortened when the full ones would touch, the approximate mark kept", () => {
    const labels = labelsOf(draw(330), "text").map((label) => label.text);
    expect(labels).toEqual(rows.map((r) => shortFigure(r, "nl")));
    expect(labels[0]).toBe("≈ 300.000");
  });

  it("are dropped, not drawn on top of each other, when even the short ones do not fit", () => {
    const labels = labelsOf(draw(200), "text");
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(rows.length);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= (textWidth(a.text) + textWidth(b.text)) / 2;
        const stacked = Math.abs(a.y - b.y) >= 14;
        expect(apart || stacked, `${a.text} and ${b.text}`).toBe(true);
      }
    }
  });
});

describe("value labels of negative figures", () => {
  it("sit just above the zero line, not on the bar's end where the axis labels are", () => {
    const rows = [row("a", 2013, -5.3), row("b", 2014, 4.7)];
    const svg = Plot.plot({
      document,
      width: 400,
      height: 240,
      x: { type: "band" },
      marks: factBars(rows, { x: (d) => String(d.year), y: "value" }),
    }) as unknown as SVGSVGElement & { scale: (name: string) => { apply: (value: number) => number } };
    const zero = svg.scale("y").apply(0);
    const [negative, positive] = labelsOf(svg, "text");
    expect(negative.text).toBe("-5,3");
    expect(negative.y).toBeCloseTo(zero - 4, 5);
    expect(positive.y).toBeCloseTo(svg.scale("y").apply(4.7) - 4, 5);
  });
});

describe("chartFigure on a narrow screen", () => {
  const years = Array.from({ length: 12 }, (_, i) => row("Aandeel", 2013 + i, 80 + (i % 5)));

  it("thins year ticks until they no longer run together, keeping the last year", () => {
    const figure = chartFigure({
      document,
      locale: "nl",
      title: "t",
      rows: years,
      width: 240,
      plot: {
        x: { tickFormat: "d", ticks: years.map((d) => d.year as number) },
        marks: [Plot.dot(years, { x: "year", y: "value" })],
      },
    });
    const ticks = labelsOf(figure.querySelector("svg") as Element, "x-axis tick label");
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThan(years.length);
    expect(ticks.at(-1)?.text).toBe("2024");
    for (const [i, tick] of ticks.slice(1).entries()) {
      expect(tick.x - ticks[i].x).toBeGreaterThanOrEqual(
        (textWidth(tick.text) + textWidth(ticks[i].text)) / 2,
      );
    }
  });

  it("puts long category labels above horizontal bars, leaving the plot its minimum width", () => {
    const categories = [
      row("Structureel IV-tekort (informatievoorziening)", 2025, 186e6),
      row("Resterend structureel tekort zonder dekking", 2025, 350e6, "circa"),
      row("ICT-tekort zoals de politie het noemde", 2025, 400e6),
    ].map((r) => ({ ...r, unit: "euro-per-year" }));
    const width = 276;
    const figure = chartFigure({
      document,
      locale: "nl",
      title: "t",
      rows: categories,
      valueAxis: "x",
      width,
      plot: {
        y: { label: null, domain: categories.map((d) => d.label) },
        marks: factBars(categories, { y: "label", x: "value", horizontal: true }),
      },
    });
    const plot = figure.querySelector("svg") as unknown as SVGSVGElement & {
      scale: (name: string) => { range: number[] };
    };
    const [left, right] = plot.scale("x").range;
    expect(right - left).toBeGreaterThanOrEqual(minimumPlotWidth(width));
    // No tick labels beside the bars: each category is a text of its own, cut to the width with "…".
    expect(plot.querySelector('g[aria-label="y-axis tick label"]')).toBeNull();
    const labels = [...plot.querySelectorAll('g[aria-label="text"] text')].map((text) => ({
      full: text.querySelector("title")?.textContent ?? text.textContent,
      shown: [...text.childNodes]
        .filter((child) => child.nodeName !== "title")
        .map((child) => child.textContent)
        .join(" "),
    }));
    for (const category of categories) {
      const label = labels.find((candidate) => candidate.full === category.label);
      expect(label, category.label).toBeDefined();
      expect(label?.shown === category.label || label?.shown.endsWith("…")).toBe(true);
    }
  });

  it("caps a long chart's height", () => {
    const many = Array.from({ length: 40 }, (_, i) => row(`Rij ${i}`, 2025, i + 1));
    const figure = chartFigure({
      document,
      locale: "nl",
      title: "t",
      rows: many,
      valueAxis: "x",
      width: 240,
      height: 2000,
      plot: { marks: factBars(many, { y: "label", x: "value", horizontal: true }) },
    });
    expect(Number(figure.querySelector("svg")?.getAttribute("height"))).toBeLessThanOrEqual(900);
  });
});
