import { describe, expect, it } from "vitest";
import { DictionaryColumn, FloatColumn, groupTotals, readCsv } from "../../src/data/index.ts";

describe("group totals in one pass", () => {
  it("sums per value of a dictionary column, merging codes that hold one value, skipping empty cells", () => {
    const data = {
      regio: new DictionaryColumn(["GM0363", "GM0014", "GM0363"], Uint32Array.of(0, 1, 2, 0, 1)),
      soort: new DictionaryColumn(["totaal", "deel"], Uint32Array.of(0, 0, 0, 1, 0)),
      aantal: new FloatColumn(Float64Array.of(10, 5, 7, 100, Number.NaN)),
    };
    expect(groupTotals(data, 5, { by: "regio", value: "aantal" })).toEqual([
      { key: "GM0363", sum: 117, count: 3, min: 7, max: 100 },
      { key: "GM0014", sum: 5, count: 1, min: 5, max: 5 },
    ]);
    expect(
      groupTotals(data, 5, { by: "regio", value: "aantal", where: [{ column: "soort", value: "totaal" }] }),
    ).toEqual([
      { key: "GM0363", sum: 17, count: 2, min: 7, max: 10 },
      { key: "GM0014", sum: 5, count: 1, min: 5, max: 5 },
    ]);
  });

  it("gives the same totals from plain arrays as from typed columns", () => {
    const lines = ["Perioden,RegioS,Aantal"];
    for (let i = 0; i < 300; i++) lines.push(`${2020 + (i % 3)}JJ00,GM000${i % 4},${i % 9 === 0 ? "." : i}`);
    const reading = readCsv(lines.join("\n"));
    const typed = groupTotals(reading.data, reading.rowCount, { by: "Perioden_year", value: "Aantal" });
    const plain = {
      year: [...reading.data.Perioden_year],
      value: [...reading.data.Aantal],
    };
    expect(groupTotals(plain, reading.rowCount, { by: "year", value: "value" })).toEqual(typed);
    // In the order of the first row each group counts (row 1 is empty, so 2021 comes first).
    expect(typed.map((group) => group.key)).toEqual([2021, 2022, 2020]);
  });

  it("names a column that is not there", () => {
    expect(() => groupTotals({}, 0, { by: "x", value: "y" })).toThrow(/no column "x"/);
  });
});
