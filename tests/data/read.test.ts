import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeBytes,
  inferColumn,
  parsePeriod,
  parseRegion,
  readCsv,
  rowObjects,
  sniffDialect,
} from "../../src/data/index.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/csv", name));
const column = (reading: ReturnType<typeof readCsv>, name: string) =>
  reading.columns.find((c) => c.name === name);

describe("decoding", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      text: "a",
      encoding: "utf-8",
      bom: true,
    });
    expect(decodeBytes(new TextEncoder().encode("café"))).toEqual({
      text: "café",
      encoding: "utf-8",
      bom: false,
    });
  });

  it("reads UTF-16 with a BOM, little- and big-endian", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]);
    expect(decodeBytes(le)).toEqual({ text: "aé", encoding: "utf-16le", bom: true });
    expect(decodeBytes(be)).toEqual({ text: "aé", encoding: "utf-16be", bom: true });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]); // "Café €" as Excel on Windows writes it
    expect(decodeBytes(bytes)).toEqual({ text: "Café €", encoding: "windows-1252", bom: false });
  });

  it("reads a whole UTF-16 file", () => {
    const text = "naam;aantal\r\nCafé;1,5\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const reading = readCsv(bytes);
    expect(reading.dialect).toMatchObject({ encoding: "utf-16le", delimiter: ";", lineEnding: "\r\n" });
    expect(rowObjects(reading)).toEqual([{ naam: "Café", aantal: 1.5 }]);
  });
});

describe("dialect", () => {
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

describe("values", () => {
  it("reads CBS period codes with their kind and first day", () => {
    expect(parsePeriod("2024JJ00")).toEqual({
      code: "2024JJ00",
      kind: "year",
      date: "2024-01-01",
      year: 2024,
    });
    expect(parsePeriod("2024KW02")).toMatchObject({ kind: "quarter", date: "2024-04-01" });
    expect(parsePeriod("2024MM03 ")).toMatchObject({ kind: "month", date: "2024-03-01" });
    expect(parsePeriod("2024MM13")).toBeUndefined();
  });

  it("trims CBS region codes and names their level", () => {
    expect(parseRegion("NL01  ")).toEqual({ code: "NL01", level: "country" });
    expect(parseRegion("GM0363")).toEqual({ code: "GM0363", level: "municipality" });
    expect(parseRegion("RE01")).toEqual({ code: "RE01", level: "police-region" });
    expect(parseRegion("PV27")).toEqual({ code: "PV27", level: "province" });
  });

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

describe("readCsv on fixtures", () => {
  it("reads a StatLine long export: BOM, semicolons, decimal commas, units in headers, region levels", () => {
    const reading = readCsv(fixture("statline-long.csv"));
    expect(reading.dialect).toMatchObject({ delimiter: ";", bom: true, shape: "statline-long" });
    expect(column(reading, "Geregistreerde misdrijven (aantal)")).toMatchObject({
      type: "integer",
      unit: "aantal",
    });
    expect([...reading.data["Geregistreerde misdrijven (aantal)"]]).toEqual([805590, 27410, 1234]);
    expect([...reading.data["Aandeel (%)"]]).toEqual([100, 3.4, null]);
    expect([...reading.data["Regio's_level"]]).toEqual([null, "province", "police-region"]);
    expect(reading.problems).toEqual([]);
  });

  it("reads a StatLine table export: preamble and footer become metadata, the header one name per column", () => {
    const reading = readCsv(fixture("statline-table-47008.csv"));
    expect(reading.dialect.shape).toBe("statline-table");
    expect(reading.metadata.title).toMatch(/^Reactietijden Prio 1-meldingen/);
    expect(reading.metadata.filters).toEqual(["Onderwerp: Reactietijd Prio 1"]);
    expect(reading.metadata.source).toBe("Bron: Politie");
    expect(reading.columns.map((c) => c.name)).toEqual([
      "Regio's",
      "Binnen 15 minuten 2023",
      "Binnen 15 minuten 2024*",
      "Totaal meldingen 2023",
      "Totaal meldingen 2024*",
    ]);
    expect(reading.metadata.units["Totaal meldingen 2023"]).toBe("aantal");
    expect([...reading.data["Binnen 15 minuten 2024*"]]).toEqual([83.7, null, 89.3]);
    expect(reading.rowCount).toBe(3);
  });

  it("reads an OData export: padded codes trimmed, periods with date and kind, mixed kinds noted", () => {
    const reading = readCsv(fixture("odata-47008.csv"));
    expect(reading.dialect.shape).toBe("odata");
    expect([...reading.data.RegioS]).toEqual(["NL01", "RE01", "GM0363", "GM0014"]);
    expect([...reading.data.RegioS_level]).toEqual([
      "country",
      "police-region",
      "municipality",
      "municipality",
    ]);
    expect([...reading.data.Perioden_kind]).toEqual(["year", "month", "quarter", "month"]);
    expect([...reading.data.Perioden_year]).toEqual([2024, 2024, 2024, 2024]);
    expect([...reading.data.Perioden_date]).toEqual(["2024-01-01", "2024-03-01", "2024-04-01", "2024-01-01"]);
    expect(reading.metadata.notes[0]).toMatch(/mixes .* periods/);
    expect(column(reading, "Reactietijd0Tot15Minuten_3")).toMatchObject({ type: "integer", missing: 1 });
  });

  it("reads tabs, Dutch dates, booleans and codes", () => {
    const rows = rowObjects(readCsv(fixture("tab-dutch.csv")));
    expect(rows[1]).toEqual({
      naam: "Groningen",
      code: "0014",
      aantal: 3,
      datum: "2024-04-15",
      actief: false,
    });
  });

  it("reads pipes, escaped quotes and quoted newlines with CRLF", () => {
    expect(rowObjects(readCsv(fixture("pipe.csv")))[0]).toEqual({ a: 1, b: "x|y", c: 3.5 });
    const reading = readCsv(fixture("quotes-crlf.csv"));
    expect(reading.dialect.lineEnding).toBe("\r\n");
    expect([...reading.data.tekst]).toEqual(['zei "hallo"', "regel een\r\nregel twee", "gewoon"]);
    expect([...reading.data.waarde]).toEqual([10, 20, 30]);
  });

  it("names duplicate and empty headers, ragged rows and misfits by row and column, keeping every row", () => {
    const reading = readCsv(fixture("messy-header-ragged.csv"));
    expect(reading.rowCount).toBe(12);
    expect(reading.columns.map((c) => c.name)).toEqual(["jaar", "jaar_2", "column 3", "aantal"]);
    expect(reading.problems).toMatchObject([
      { row: 1, column: "jaar_2", message: 'duplicate column name "jaar"; renamed to "jaar_2"' },
      { row: 1, column: "column 3", message: 'column 3 has no name; called "column 3"' },
      { row: 3, column: "", message: "expected 4 cells, found 3; the missing cells are empty" },
      { row: 4, column: "", message: "expected 4 cells, found 5; the extra cells are ignored" },
      { row: 5, column: "aantal", message: '"abc" is not a valid integer; read as empty' },
    ]);
    // One word among ten numbers is a misfit; among fewer, the column would stay text (see below).
    expect([...reading.data.aantal]).toEqual([1, null, 3, null, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("reports an unclosed quote with its row, and loses no row after it", () => {
    const reading = readCsv(fixture("unclosed-quote.csv"));
    expect(reading.problems).toMatchObject([
      {
        row: 2,
        column: "",
        message:
          "a quote opens in this row and is never closed; from here on the file (2 rows) was read line by line with quotes as plain characters, so no row is lost",
      },
    ]);
    expect(reading.rowCount).toBe(2);
    expect(reading.data.tekst.at(1)).toBe("ok");
  });

  it("reads thousands separators and percentages in a comma file", () => {
    const reading = readCsv(fixture("thousands-comma.csv"));
    expect([...reading.data.bedrag]).toEqual([1234567.5, 2000]);
    expect([...reading.data.aandeel]).toEqual([12.5, 7]);
  });
});
