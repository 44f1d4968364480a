import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { FactRow } from "../../src/charts/index.ts";
import { sourceUrls } from "../../src/data/index.ts";
import { chartCsv } from "../../src/export/index.ts";
import { factRow } from "../util/fact-row.ts";
import { xmlAllowed, xmlShown } from "../util/xml-characters.ts";

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

describe("the CSV of a file's own names and values", () => {
  const read = (text: string, delimiter: string) =>
    Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;

  it("escapes and neutralises header cells exactly like data cells", () => {
    const names = ["=HYPERLINK(1)", "a,b", 'zei "ja"', "regel\nnieuw", "@x", "; punt"];
    const extra = Object.fromEntries(names.map((name) => [name, name]));
    for (const dialect of ["plain", "excel-nl"] as const) {
      const [header, line] = read(chartCsv([row(1, extra)], { dialect }), dialect === "plain" ? "," : ";");
      expect(header.length, dialect).toBe(line.length);
      // Each extra column holds its own name, so its header cell must read as its data cell does.
      const extras = (cells: string[]) => cells.slice(-names.length);
      expect(extras(header), dialect).toEqual(extras(line));
      expect(new Set(extras(header)), dialect).toEqual(
        new Set(names.map((name) => (/^[=@]/.test(name) ? `'${name}` : name))),
      );
    }
  });

  it("neutralises a formula after leading spaces, a no-break space or an ideographic space, and in full width", () => {
    const starts = [
      " =1+1",
      "  +1",
      "\u00A0=1",
      "\u3000@A1",
      "\uFF1D1+1",
      "\uFF0B1",
      "\uFF0D1",
      "\uFF20A1",
      " \uFF1D1",
    ];
    const csv = chartCsv(starts.map((label) => row(1, { label })));
    const labels = read(csv, ",")
      .slice(1)
      .map((cells) => cells[1]);
    expect(labels).toEqual(starts.map((label) => `'${label}`));
    // Text that only looks alike stays as it is; a number stays a number.
    const plain = chartCsv([row(-5, { label: "a = b" }), row(1, { label: " 5" })]);
    expect(
      read(plain, ",")
        .slice(1)
        .map((cells) => [cells[1], cells[4]]),
    ).toEqual([
      ["a = b", "-5"],
      [" 5", "1"],
    ]);
  });

  it("writes an invalid date as an empty cell instead of failing", () => {
    const rows = [
      row(1, { measured: new Date(Number.NaN) }),
      row(2, { measured: new Date(Date.UTC(2024, 0, 31)) }),
    ];
    for (const dialect of ["plain", "excel-nl"] as const) {
      const cells = read(chartCsv(rows, { dialect }), dialect === "plain" ? "," : ";");
      const j = cells[0].indexOf("measured");
      expect(cells.slice(1).map((line) => line[j])).toEqual(["", "2024-01-31T00:00:00.000Z"]);
    }
  });

  it("writes no character XML forbids: each is U+FFFD, in names and values", () => {
    const hostile = "a\u0001b\u000Bc\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h\tk";
    const rows = [row(1, { label: hostile, [`kolom${hostile}`]: hostile })];
    for (const dialect of ["plain", "excel-nl"] as const) {
      const csv = chartCsv(rows, { dialect });
      expect(xmlAllowed(csv), dialect).toBe(true);
      const [header, line] = read(csv, dialect === "plain" ? "," : ";");
      expect(header).toContain(xmlShown(`kolom${hostile}`));
      expect(line[1]).toBe(xmlShown(hostile));
      expect(line[header.indexOf(xmlShown(`kolom${hostile}`))]).toBe(xmlShown(hostile));
    }
  });
});
