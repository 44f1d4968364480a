import { describe, expect, it } from "vitest";
import {
  type ChartPoint,
  type FactRow,
  movePoint,
  type PointKey,
  readingOrder,
} from "../../src/charts/index.ts";
import { factRow } from "../util/fact-row.ts";

/** A synthetic point (not from the sources): a dot at (x, y), or a box. */
function point(label: string, x: number, y: number, box?: Partial<ChartPoint["box"]>): ChartPoint {
  const row: FactRow = factRow({ label, measure: label });
  return {
    row,
    kind: box ? "bar" : "dot",
    x,
    y,
    box: { left: x - 3, right: x + 3, top: y - 3, bottom: y + 3, ...box },
  };
}

const labels = (points: readonly ChartPoint[]) => points.map((p) => p.row.label);

/** Where a walk of keys leads, as labels. */
function walk(points: readonly ChartPoint[], start: number, keys: PointKey[]): string[] {
  let at = start;
  return keys.map((key) => {
    at = movePoint(points, at, key);
    return points[at].row.label;
  });
}

describe("readingOrder", () => {
  it("reads column by column from left to right, each column from top to bottom", () => {
    // Given shuffled: two stacked bars at x=10 and x=30, and a dot at x=20.
    const points = [
      point("b-top", 30, 10, {}),
      point("a-bottom", 10, 80, {}),
      point("dot", 20, 50),
      point("b-bottom", 30, 70, {}),
      point("a-top", 10.2, 20, {}),
    ];
    expect(labels(readingOrder(points))).toEqual(["a-top", "a-bottom", "dot", "b-top", "b-bottom"]);
  });

  it("keeps horizontal bars, which start at one x, in one column from top to bottom", () => {
    const points = [point("third", 40, 90), point("first", 40, 10), point("second", 40, 50)];
    expect(labels(readingOrder(points))).toEqual(["first", "second", "third"]);
  });
});

describe("movePoint", () => {
  // Two series over three years, and a norm line spanning all of them above.
  const norm = point("norm", 5, 5, { left: 5, right: 100, top: 5, bottom: 5 });
  const points = readingOrder([
    point("a", 10, 40),
    point("b", 10, 60),
    point("a", 50, 30),
    point("b", 50, 70),
    point("a", 90, 45),
    point("b", 90, 50),
    norm,
  ]);

  it("goes left and right along x on the same series", () => {
    const start = points.findIndex((p) => p.row.label === "b" && p.x === 10);
    expect(walk(points, start, ["ArrowRight", "ArrowRight"])).toEqual(["b", "b"]);
    const end = movePoint(points, movePoint(points, start, "ArrowRight"), "ArrowRight");
    expect(points[end].x).toBe(90);
    expect(points[movePoint(points, end, "ArrowLeft")].x).toBe(50);
  });

  it("goes up and down between the series at one x, and up to a line spanning that x", () => {
    const b = points.findIndex((p) => p.row.label === "b" && p.x === 50);
    expect(walk(points, b, ["ArrowUp", "ArrowUp"])).toEqual(["a", "norm"]);
    const a = points.findIndex((p) => p.row.label === "a" && p.x === 50);
    expect(walk(points, a, ["ArrowDown"])).toEqual(["b"]);
  });

  it("goes to the first and last point with Home and End", () => {
    expect(points[movePoint(points, 3, "Home")]).toBe(points[0]);
    expect(points[movePoint(points, 0, "End")]).toBe(points[points.length - 1]);
  });

  it("steps through reading order where a key has nowhere else to go, and stops at the ends", () => {
    const bars = readingOrder([point("first", 40, 10), point("second", 40, 50), point("third", 40, 90)]);
    expect(walk(bars, 0, ["ArrowRight", "ArrowRight", "ArrowRight"])).toEqual(["second", "third", "third"]);
    expect(walk(bars, 2, ["ArrowLeft", "ArrowUp", "ArrowUp"])).toEqual(["second", "first", "first"]);
  });

  it("reaches every point from the first with Right and Down", () => {
    const seen = new Set<number>([0]);
    let at = 0;
    for (let step = 0; step < points.length * 2; step++) {
      const down = movePoint(points, at, "ArrowDown");
      at = down !== at && !seen.has(down) ? down : movePoint(points, at, "ArrowRight");
      seen.add(at);
    }
    expect(seen.size).toBe(points.length);
  });
});
