import { describe, expect, it } from "vitest";
import { inferColumn } from "../../src/data/infer-column.ts";

describe("inferColumn", () => {
  it("infers types from all rows, not the first few", () => {
    const texts = [...Array.from({ length: 2000 }, (_, i) => String(i)), "."];
    const inferred = inferColumn(texts);
    expect(inferred.type).toBe("integer");
    expect(inferred.missing).toBe(1);
    expect(inferred.values.at(-1)).toBeNull();
    // a non-number after the first thousand rows is still seen
    const late = inferColumn([...Array.from({ length: 1500 }, () => "1.5"), "1,5"]);
    expect(late.misfits).toEqual([{ index: 1500, text: "1,5" }]);
  });

  it("keeps codes with leading zeros as text", () => {
    expect(inferColumn(["0014", "0363", "1680"]).type).toBe("string");
  });

  it("reads decimal commas and thousands separators when the column is consistent", () => {
    expect(inferColumn(["1.234,5", "12,25", "3"], true).values).toEqual([1234.5, 12.25, 3]);
    expect(inferColumn(["1,234,567", "2,000.5"]).values).toEqual([1234567, 2000.5]);
    expect(inferColumn(["83,7%", "90%"], true)).toMatchObject({ type: "percent", values: [83.7, 90] });
  });

  it("can be told a column's type", () => {
    expect(inferColumn(["0014", "0363"], false, "integer").values).toEqual([null, null]);
    expect(inferColumn(["1", "2"], false, "string").values).toEqual(["1", "2"]);
  });
});
