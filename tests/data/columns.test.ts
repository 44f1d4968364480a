import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { DictionaryColumn, FloatColumn, readCsv } from "../../src/data/index.ts";

describe("columns Arquero reads without a copy", () => {
  const regions = new DictionaryColumn(
    ["GM0363", null, "GM0014", "GM0363", null],
    Uint32Array.of(0, 2, 3, 1, 4, 0),
  );
  const counts = new FloatColumn(Float64Array.of(1, 2, 4, Number.NaN, 16, 32));
  const table = aq.table({ region: regions, count: counts });

  it("reads NaN as an empty cell, and sums skip it", () => {
    expect(table.array("count")).toEqual([1, 2, 4, null, 16, 32]);
    expect(table.rollup({ total: aq.op.sum("count") }).get("total", 0)).toBe(55);
  });

  it("groups codes that stand for one value together (duplicates in the dictionary merged)", () => {
    const totals = table
      .groupby("region")
      .rollup({ total: aq.op.sum("count"), rows: aq.op.count() })
      .orderby(aq.desc("total"))
      .objects();
    expect(totals).toEqual([
      { region: "GM0363", total: 1 + 4 + 32, rows: 3 },
      { region: null, total: 16, rows: 2 },
      { region: "GM0014", total: 2, rows: 1 },
    ]);
  });

  it("filters on a value with the same rows whichever code holds it", () => {
    const gm0363 = table.filter((d: { region: string }) => d.region === "GM0363");
    expect(gm0363.array("count")).toEqual([1, 4, 32]);
    expect(table.filter(aq.escape((d: { region: string }) => d.region === "GM0014")).numRows()).toBe(1);
  });

  it("groups a whole reading by a derived column (a period's year) as Arquero would by values", () => {
    const lines = ["Perioden,RegioS,Aantal"];
    for (let i = 0; i < 500; i++)
      lines.push(`${2019 + (i % 3)}MM${String((i % 12) + 1).padStart(2, "0")},GM000${i % 4},${i}`);
    const reading = readCsv(lines.join("\n"));
    const fast = aq
      .table(reading.data)
      .groupby("Perioden_year")
      .rollup({ total: aq.op.sum("Aantal") })
      .orderby("Perioden_year");
    const plain = aq
      .from(
        Array.from({ length: reading.rowCount }, (_, i) => ({
          year: reading.data.Perioden_year.at(i),
          value: i,
        })),
      )
      .groupby("year")
      .rollup({ total: aq.op.sum("value") })
      .orderby("year");
    const expected = (plain.objects() as { year: number; total: number }[]).map(({ year, total }) => ({
      Perioden_year: year,
      total,
    }));
    expect(fast.objects()).toEqual(expected);
  });
});
