import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartFigure, type FactRow, formatNumber, type Locale } from "../../src/charts/index.ts";

const { document } = new JSDOM("<!doctype html><body></body>").window;

const volunteers: FactRow[] = [
  {
    measure: "broad",
    label: "Breed opgeleid",
    year: 2025,
    period: null,
    value: 1198,
    unit: "count",
    qualifier: null,
    source: "x",
  },
  {
    measure: "rest",
    label: "Overig",
    year: 2025,
    period: null,
    value: 1609,
    unit: "count",
    qualifier: null,
    source: "x",
  },
];

/** Tick labels of one axis of a drawn chart. */
function ticks(figure: HTMLElement, axis: "x" | "y"): string[] {
  return [...figure.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)].map(
    (t) => t.textContent ?? "",
  );
}

// A stacked horizontal bar whose notebook names no value axis: the ticks along x are counts.
const stacked = (locale: Locale) =>
  chartFigure({
    document,
    locale,
    title: "Vrijwilligers",
    rows: volunteers,
    width: 640,
    height: 150,
    plot: { x: { label: null }, marks: [Plot.barX(volunteers, Plot.stackX({ x: "value", fill: "label" }))] },
  });

describe("axis ticks in the reader's number format", () => {
  it.each(["nl", "en"] as const)("writes thousands on an axis the notebook gave no format (%s)", (locale) => {
    const labels = ticks(stacked(locale), "x");
    expect(labels.length).toBeGreaterThan(3);
    const thousands = labels.filter((label) => label.length > 3);
    expect(thousands.length).toBeGreaterThan(0);
    for (const label of labels) {
      const value = Number(label.replace(/[.,]/g, ""));
      expect(label).toBe(formatNumber(value, locale));
    }
  });

  it("keeps a notebook's own tick format", () => {
    const figure = chartFigure({
      document,
      locale: "nl",
      title: "Vrijwilligers",
      rows: volunteers,
      plot: {
        x: { tickFormat: (d: number) => `n=${d}` },
        marks: [Plot.barX(volunteers, { x: "value", y: "label" })],
      },
    });
    expect(ticks(figure, "x").every((label) => label.startsWith("n="))).toBe(true);
  });

  it("names months in the reader's language on a time axis", () => {
    const months = [0, 1, 2, 3, 4, 5].map((month) => ({ ...volunteers[0], when: new Date(2024, month, 1) }));
    const draw = (locale: Locale) =>
      ticks(
        chartFigure({
          document,
          locale,
          title: "Maanden",
          rows: months,
          plot: { x: { type: "time" }, marks: [Plot.dot(months, { x: "when", y: "value" })] },
        }),
        "x",
      );
    const dutch = draw("nl");
    const english = draw("en");
    const monthName = (locale: string) =>
      new Intl.DateTimeFormat(locale, { month: "short" }).format(new Date(2024, 2, 1));
    expect(dutch).toContain(monthName("nl-NL"));
    expect(english).toContain(monthName("en-GB"));
    expect(dutch).toContain("2024");
  });

  it("names the day as well when the ticks fall between the firsts of months", () => {
    const weeks = [0, 1, 2].map((month) => ({ ...volunteers[0], when: new Date(2024, month, 1) }));
    const draw = (locale: Locale) =>
      ticks(
        chartFigure({
          document,
          locale,
          title: "Weken",
          rows: weeks,
          plot: { x: { type: "time" }, marks: [Plot.dot(weeks, { x: "when", y: "value" })] },
        }),
        "x",
      );
    const dutch = draw("nl");
    expect(new Set(dutch).size).toBe(dutch.length);
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" }).format(new Date(2024, 0, 14));
    expect(dutch).toContain(day("nl-NL"));
    expect(draw("en")).toContain(day("en-GB"));
  });

  it("marks the figure with the chart's language", () => {
    expect(stacked("en").lang).toBe("en");
    expect(stacked("nl").lang).toBe("nl");
  });
});
