import { describe, expect, it } from "vitest";
import { cbsTotals, readCsv, rowObjects } from "../../src/data/index.ts";

// A made-up table in the CBS layout (not real figures): a national row and a municipal one, a total
// category and a part, a year row for 2023 and months for 2024.
const rows = rowObjects(
  readCsv(
    [
      "SoortMisdrijf,RegioS,Perioden,Internetaangiften_3,Totaal_2",
      '"0.0.0 ","NL01  ",2023JJ00,300,1000',
      '"1.1.1 ","NL01  ",2023JJ00,100,400',
      '"0.0.0 ","NL01  ",2024MM01,30,100',
      '"0.0.0 ","NL01  ",2024MM02,40,100',
      '"0.0.0 ","GM0363",2024MM01,7,9',
      '"0.0.0 ","NL01  ",2024MM03,.,100',
    ].join("\n"),
  ),
);

describe("cbsTotals", () => {
  it("sums per year at one region level, for the total category, year rows before months", () => {
    const result = cbsTotals(rows, ["Internetaangiften_3"], "year");
    expect(result.level).toBe("country");
    expect(result.categories).toEqual([{ column: "SoortMisdrijf", value: "0.0.0" }]);
    expect(result.totals).toEqual([
      { key: 2023, sums: { Internetaangiften_3: 300 } },
      { key: 2024, sums: { Internetaangiften_3: 70 } },
    ]);
  });

  it("sums per month and leaves out rows with an empty column", () => {
    const result = cbsTotals(rows, ["Internetaangiften_3", "Totaal_2"], "month");
    expect(result.totals).toEqual([
      { key: "2024-01-01", sums: { Internetaangiften_3: 30, Totaal_2: 100 } },
      { key: "2024-02-01", sums: { Internetaangiften_3: 40, Totaal_2: 100 } },
    ]);
  });
});
