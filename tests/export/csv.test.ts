import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { FactRow } from "../../src/charts/index.ts";
import { sourceUrls } from "../../src/data/index.ts";
import { chartCsv } from "../../src/export/index.ts";
import { factRow } from "../util/fact-row.ts";

const locator = "seeds/antwoorden-eerste-kamer-t03934.md#antwoord-20";
const row = (value: number, extra: Partial<FactRow> = {}): FactRow =>
  factRow({ measure: "share", label: "Aandeel", value, unit: "percent", source: locator, ...extra });
const site = "https://example.org/blauw/";
const header = "measure,label,year,period,value,unit,qualifier,source,source_document,source_kind,note";

describe("the chart's data as CSV", () => {
  it("writes the rows with their sources as full addresses; numbers stay numbers", () => {
    const csv = chartCsv([row(83.7), row(-2.5, { year: 2023 })], { site });
    const [first, second, third] = csv.trim().split("\r\n");
    const urls = sourceUrls(locator, site);
    expect(first).toBe(header);
    expect(second).toBe(`share,Aandeel,2024,,83.7,percent,,${urls?.page},${urls?.document},,`);
    expect(third.split(",")[4]).toBe("-2.5");
    expect(csv).not.toContain("seeds/");
  });

  it("links to the official document when the site is not known", () => {
    const csv = chartCsv([row(83.7)]);
    const [, line] = csv.trim().split("\r\n");
    const { document } = sourceUrls(locator) ?? { document: "" };
    expect(document).toMatch(/^https:\/\//);
    expect(line).toContain(`,${document},${document},`);
  });

  it("neutralises cells a spreadsheet would take for a formula (OWASP)", () => {
    const csv = chartCsv(
      ["=1+1", "+31 6", "-x", "@SUM(A1)", "\tTab", "\rCR", "gewoon, met komma", 'zei "ja"'].map((label) =>
        row(1, { label }),
      ),
    );
    const labels = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.slice("share,".length, line.indexOf(",2024")));
    expect(labels).toEqual([
      "'=1+1",
      "'+31 6",
      "'-x",
      "'@SUM(A1)",
      "'\tTab",
      '"\'\rCR"',
      '"gewoon, met komma"',
      '"zei ""ja"""',
    ]);
  });
});

describe("the chart's data as CSV for Dutch spreadsheets", () => {
  const rows = [
    row(83.7),
    row(335000, { measure: "calls", unit: "count", label: "Spoedmeldingen; landelijk" }),
    row(-2.5, { year: 2023, label: "=SOM(A1)", qualifier: "ruim" }),
    row(0.125, { label: 'Een "citaat", met komma' }),
  ];
  const plain = chartCsv(rows, { site });
  const dutch = chartCsv(rows, { site, dialect: "excel-nl" });
  const bytes = Buffer.from(dutch, "utf8");

  it("starts with a UTF-8 byte-order mark and separates fields with ;", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(dutch.slice(1).split("\r\n")[0]).toBe(header.replaceAll(",", ";"));
    expect(dutch).toContain(";83,7;");
  });

  it("has the same rows and columns as the plain CSV, with a decimal comma in numbers only", () => {
    const read = (text: string, delimiter: string) =>
      Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;
    const plainCells = read(plain, ",");
    const dutchCells = read(dutch, ";");
    expect(dutchCells.length).toBe(plainCells.length);
    plainCells.forEach((line, i) => {
      expect(dutchCells[i].length).toBe(line.length);
      line.forEach((cell, j) => {
        // A number's cell differs by its decimal separator only; every text cell is the same.
        const numeric = i > 0 && typeof rows[i - 1][plainCells[0][j]] === "number";
        expect(dutchCells[i][j]).toBe(numeric ? cell.replace(".", ",") : cell);
      });
    });
  });

  it("neutralises formulas the same way", () => {
    expect(dutch).toContain(";'=SOM(A1);");
    expect(plain).toContain(",'=SOM(A1),");
  });
});
