import { describe, expect, it } from "vitest";
import { isFooter, shapeRecords } from "../../src/data/shape-records.ts";

// Records as the parser hands them over (synthetic, shaped like the exports the data contract names).
const rows = (text: string) => text.split("\n").map((line) => line.split(";"));

describe("shapeRecords", () => {
  it("a plain file: one header, every other record data, numbered as in the file", () => {
    const shaped = shapeRecords(rows("Jaar;Aantal\n2022;5\n\n2023;6"));
    expect(shaped.shape).toBe("plain");
    expect(shaped.header).toEqual(["Jaar", "Aantal"]);
    expect(shaped.records).toEqual([
      { row: 2, cells: ["2022", "5"] },
      { row: 4, cells: ["2023", "6"] },
    ]);
    expect(shaped.headerRows).toBe(1);
  });

  it("an OData export by its Name_1 headers; StatLine's long export by the units in its headers", () => {
    expect(shapeRecords(rows("ID;Perioden;GeregistreerdeMisdrijven_1\n0;2023JJ00;5")).shape).toBe("odata");
    const long = shapeRecords(rows("Perioden;Aangiften (x 1 000)\n2023;5"));
    expect(long.shape).toBe("statline-long");
    expect(long.metadata.units).toEqual({ "Aangiften (x 1 000)": "x 1 000" });
  });

  it("a StatLine table export: preamble, blank line, stacked header with units row, footer", () => {
    const text = [
      "Geregistreerde criminaliteit",
      "Soort misdrijf: Totaal",
      "",
      "Onderwerp;Misdrijven;",
      "Perioden;2022;2023",
      "Regio's;aantal;aantal",
      "Utrecht;5;6",
      "Limburg;7;.",
      "Bron: CBS",
    ].join("\n");
    const shaped = shapeRecords(rows(text));
    expect(shaped.shape).toBe("statline-table");
    expect(shaped.metadata).toMatchObject({
      title: "Geregistreerde criminaliteit",
      filters: ["Soort misdrijf: Totaal"],
      source: "Bron: CBS",
      units: { "Misdrijven 2022": "aantal", "Misdrijven 2023": "aantal" },
      dimensions: {
        row: "Regio's",
        // An empty cell in a dimension's row repeats the label to its left.
        columns: {
          "Misdrijven 2022": { Onderwerp: "Misdrijven", Perioden: "2022" },
          "Misdrijven 2023": { Onderwerp: "Misdrijven", Perioden: "2023" },
        },
      },
    });
    expect(shaped.header).toEqual(["Regio's", "Misdrijven 2022", "Misdrijven 2023"]);
    expect(shaped.records.map((record) => record.row)).toEqual([7, 8]);
    // Title, filter and three header rows; the blank line is not a record.
    expect(shaped.headerRows).toBe(5);
  });

  it("a file whose first line holds one cell keeps its data rows when nothing else says StatLine", () => {
    const shaped = shapeRecords(rows("Opmerking\nJaar;Aantal\n2022;5\n2023;6"));
    expect(shaped.shape).toBe("plain");
    expect(shaped.metadata.title).toBeUndefined();
    expect(shaped.header).toEqual(["Opmerking"]);
    expect(shaped.records).toHaveLength(3);
  });
});

describe("isFooter", () => {
  it("is one cell naming a source", () => {
    expect(isFooter(["Bron: Politie", "", ""])).toBe(true);
    expect(isFooter(["  © CBS"])).toBe(true);
    expect(isFooter(["Source: Statistics Netherlands"])).toBe(true);
    expect(isFooter(["Bron: Politie", "5"])).toBe(false);
    expect(isFooter(["Bronnen", ""])).toBe(true);
    expect(isFooter(["Utrecht"])).toBe(false);
  });
});
