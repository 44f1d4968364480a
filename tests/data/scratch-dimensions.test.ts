import { describe, expect, it } from "vitest";
import {
  defaultChoice,
  findTotal,
  readCsv,
  regionLevelOrder,
  scratchDimensions,
} from "../../src/data/index.ts";
import { odataCsv, plainRows, statlineCsv } from "../charts/cbs-files.ts";

/** The distinct values of a column of a plain (unparsed) file, in order of first appearance. */
const distinct = (rows: Record<string, string>[], column: string) => [
  ...new Set(rows.map((row) => row[column])),
];

describe("scratchDimensions: what a file holds that a first chart can use", () => {
  it("an OData file: CBS period codes with their derived columns, regions with levels, one category", () => {
    const csv = odataCsv();
    const dimensions = scratchDimensions(readCsv(csv));
    const rows = plainRows(csv);
    expect(dimensions.measures).toEqual([
      { column: "GeregistreerdeMisdrijven_1", percent: false },
      { column: "Aangiften_2", percent: false },
    ]);
    expect(dimensions.period).toMatchObject({
      kind: "period",
      column: "Perioden",
      kindColumn: "Perioden_kind",
      yearColumn: "Perioden_year",
      dateColumn: "Perioden_date",
    });
    // Every kind of period the codes hold, most rows first: months outnumber quarters outnumber years.
    expect(dimensions.period?.kind === "period" && dimensions.period.steps).toEqual([
      "month",
      "quarter",
      "year",
    ]);
    const years = [...new Set(rows.map((row) => Number(row.Perioden.slice(0, 4))))].sort((a, b) => a - b);
    expect(dimensions.years).toEqual(years);
    // The region's total is the one findTotal names among the file's own values; its levels in the
    // loader's order (country first), only those present.
    expect(dimensions.region?.column).toBe("RegioS");
    expect(dimensions.region?.total).toBe(findTotal(dimensions.region?.values ?? []).total);
    expect(dimensions.region?.total?.trim()).toBe("NL01");
    expect(dimensions.region?.levels).toEqual(
      regionLevelOrder.filter((level) => ["country", "province", "municipality"].includes(level)),
    );
    expect(dimensions.categories.map((c) => c.column)).toEqual(["SoortMisdrijf"]);
    expect(dimensions.categories[0].values.map((v) => v.trim())).toEqual(
      distinct(rows, "SoortMisdrijf").map((v) => v.trim()),
    );
    expect(dimensions.categories[0].total?.trim()).toBe("0.0.0");
    expect(dimensions.periodAsText).toBeUndefined();
  });

  it("the default choice takes every dimension's total and the year among the kinds of period", () => {
    const dimensions = scratchDimensions(readCsv(odataCsv()));
    const choice = defaultChoice(dimensions);
    expect(choice).toEqual({
      measure: "GeregistreerdeMisdrijven_1",
      step: "year",
      region: { value: dimensions.region?.total },
      categories: { SoortMisdrijf: dimensions.categories[0].total },
    });
  });

  it("without a region total it takes the highest level; a category without one is added up", () => {
    // Synthetic: two provinces and a municipality, no NL01 row; categories without a total.
    const csv = [
      "RegioS;Soort;Perioden;Aantal",
      "PV20  ;diefstal;2020JJ00;3",
      "PV21  ;diefstal;2020JJ00;4",
      "GM0363;diefstal;2020JJ00;2",
      "PV20  ;inbraak;2020JJ00;5",
      "PV21  ;inbraak;2020JJ00;6",
      "GM0363;inbraak;2020JJ00;1",
    ].join("\n");
    const dimensions = scratchDimensions(readCsv(csv));
    expect(dimensions.region?.total).toBeUndefined();
    expect(dimensions.region?.levels[0]).toBe("province");
    const choice = defaultChoice(dimensions);
    expect(choice.region).toEqual({ level: "province" });
    expect(choice.categories).toEqual({ Soort: null });
  });

  it("two values that both look like a total leave the choice open, for the page to say so", () => {
    const csv = [
      "Soort;Jaar;Aantal",
      "Totaal misdrijven;2020;10",
      "Totaal verkeersmisdrijven;2020;4",
      "diefstal;2020;6",
    ].join("\n");
    const dimensions = scratchDimensions(readCsv(csv));
    expect(dimensions.period).toEqual({ kind: "year", column: "Jaar" });
    expect(dimensions.categories[0].candidates).toEqual(["Totaal misdrijven", "Totaal verkeersmisdrijven"]);
    expect("Soort" in defaultChoice(dimensions).categories).toBe(false);
  });

  it("a column of periods read as text is named, never a category", () => {
    const dimensions = scratchDimensions(readCsv(statlineCsv(), { types: { Perioden: "string" } }));
    expect(dimensions.period).toBeUndefined();
    expect(dimensions.periodAsText).toBe("Perioden");
    expect(dimensions.categories.map((c) => c.column)).not.toContain("Perioden");
  });
});
