import { describe, expect, it } from "vitest";
import { readCsv, rowObjects, sniffDialect } from "../../src/data/index.ts";

/** A `;`-separated text's rows as objects, its decimal commas read as numbers (independent of the loader). */
function expectedRows(text: string): Record<string, number>[] {
  const [header, ...rows] = text.trim().split("\n");
  const names = header.split(";");
  return rows.map((row) =>
    Object.fromEntries(row.split(";").map((cell, j) => [names[j], Number(cell.replace(",", "."))])),
  );
}

describe("the delimiter of a `;` file with decimal commas", () => {
  it.each([
    // The example: a short header, every value but the year with a decimal comma.
    "jaar;aandeel\n2019;83,5\n2020;84,1\n",
    // Two columns, both with decimal commas: two commas a row against one semicolon.
    "x;y\n1,5;2,5\n3,5;4,5\n",
    // Three columns of decimals, four rows: the commas are more and as regular as the semicolons.
    "a;b;c\n1,5;2,5;3,5\n4,5;5,5;6,5\n7,5;8,5;9,5\n1,25;2,25;3,25\n",
    // A comma in the header too ("%, afgerond"): the commas split every line as often as the semicolons.
    "jaar;aandeel (%, afgerond)\n2019;83,5\n2020;84,1\n",
  ])("is ; in %j, and the rows are numbers", (text) => {
    expect(sniffDialect(text).delimiter).toBe(";");
    const reading = readCsv(text);
    expect(reading.dialect.delimiter).toBe(";");
    expect(rowObjects(reading)).toEqual(expectedRows(text));
  });

  it("is ; when the rows are shorter than the header and hold decimal commas", () => {
    expect(sniffDialect("h;k;x\nx;2,5\nx;2,5\n").delimiter).toBe(";");
  });

  it.each([
    ["a,b\n1,2\n3,4\n", ","],
    ["naam,opmerking\nx,a;b\ny,c\nz,d\n", ","],
    ["a;b\n1;2\n", ";"],
    ["Misdrijven per jaar\n\njaar,aantal\n2023,5\n2024,6\n", ","],
  ])("still finds the delimiter of %j", (text, delimiter) => {
    expect(sniffDialect(text).delimiter).toBe(delimiter);
  });
});

describe("the delimiter when a quote never closes", () => {
  it("takes that quote as a plain character, so the lines after it still count", () => {
    expect(sniffDialect('"jaar;aandeel\n2019;83,5\n2020;84,1\n').delimiter).toBe(";");
    expect(sniffDialect('jaar;"aandeel\n2019;83,5\n2020;84,1\n').delimiter).toBe(";");
    expect(sniffDialect('"a\tb\n1\t2\n3\t4\n').delimiter).toBe("\t");
  });
});

describe("the delimiter", () => {
  it.each([
    ["a,b\n1,2\n", ","],
    ["a;b\n1,5;2\n", ";"],
    ["a\tb\n1\t2\n", "\t"],
    ["a|b\n1|2\n", "|"],
    ['"x,y";b\n"1,2";3\n', ";"],
  ])("finds the delimiter of %j", (text, delimiter) => {
    expect(sniffDialect(text).delimiter).toBe(delimiter);
  });
});
