import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv, rowObjects } from "../../src/data/index.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/csv", name));
const column = (reading: ReturnType<typeof readCsv>, name: string) =>
  reading.columns.find((c) => c.name === name);

describe("reading a file in another encoding", () => {
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

describe("a column forced to be numbers", () => {
  for (const [delimiter, written] of [
    [",", ["2.5", "-1.25", "7"]],
    [";", ["2,5", "-1,25", "7"]],
  ] as const) {
    it(`reads decimals when it would have been text on its own (delimiter ${delimiter})`, () => {
      const text =
        ["regio", "waarde"].join(delimiter) +
        "\n" +
        ["A", "geen"].join(delimiter) +
        "\n" +
        written.map((value, i) => [`R${i}`, value].join(delimiter)).join("\n") +
        "\n";
      // Without the forced type the column is text ("geen"); with it, every number in it is read.
      const reading = readCsv(text, { types: { waarde: "number" } });
      const values = Array.from({ length: written.length }, (_, i) => reading.data.waarde.at(i + 1));
      expect(values).toEqual(written.map((value) => Number(value.replace(",", "."))));
    });
  }
});

describe("timing a reading's phases, for the benchmark", () => {
  it("says where a reading on one thread spent its time, phase by phase, and reads the same", () => {
    const csv = `code,aantal\n${Array.from({ length: 500 }, (_, i) => `GM${i},${i % 9 === 0 ? "." : i}`).join("\n")}\n`;
    const bytes = new TextEncoder().encode(csv);
    const timings: Record<string, number> = {};
    const timed = readCsv(bytes, { timings });
    expect(Object.keys(timings)).toEqual([
      "decode",
      "plan",
      "split and build columns",
      "unquote and finish the part",
      "type columns",
    ]);
    for (const time of Object.values(timings)) expect(time).toBeGreaterThanOrEqual(0);
    expect(rowObjects(timed)).toEqual(rowObjects(readCsv(bytes)));
  });
});
