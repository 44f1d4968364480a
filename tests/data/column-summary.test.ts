import { describe, expect, it } from "vitest";
import { summarise } from "../../src/data/column-summary.ts";
import { DictionaryColumn, FloatColumn } from "../../src/data/columns.ts";

describe("summarise", () => {
  it("gives a number column's range, skipping empty cells", () => {
    const values = [3, Number.NaN, -2, 7.5];
    const present = values.filter((value) => !Number.isNaN(value));
    expect(summarise("n", "number", new FloatColumn(Float64Array.from(values)), 1)).toEqual({
      name: "n",
      type: "number",
      missing: 1,
      min: Math.min(...present),
      max: Math.max(...present),
    });
  });

  it("takes a range known without another pass as it is", () => {
    expect(
      summarise("n", "integer", new FloatColumn(new Float64Array(0)), 0, { min: 1, max: 9 }),
    ).toMatchObject({
      min: 1,
      max: 9,
    });
  });

  it("counts a text column's distinct values, and gives the first and last of dates", () => {
    const texts = ["b", "a", "b", null];
    const column = new DictionaryColumn(["b", "a", null], Uint32Array.from([0, 1, 0, 2]));
    expect(summarise("t", "string", column, 1).distinct).toBe(
      new Set(texts.filter((text) => text !== null)).size,
    );
    const dates = ["2024-03-01", null, "2023-12-31", "2024-01-15"];
    expect(summarise("d", "date", dates, 1)).toMatchObject({ min: "2023-12-31", max: "2024-03-01" });
  });

  it("gives no range to a column without values", () => {
    const summary = summarise("n", "number", new FloatColumn(Float64Array.from([Number.NaN])), 1);
    expect(summary.min).toBeUndefined();
    expect(summary.max).toBeUndefined();
  });
});
