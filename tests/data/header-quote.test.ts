import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  finishReading,
  mergeParts,
  planReading,
  readCsv,
  readPart,
  rowObjects,
} from "../../src/data/index.ts";

/** The non-blank lines of a text: what a reader counts in an editor, the header included. */
const lines = (text: string) => text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");

/** The cells of each data line split at the delimiter, as numbers (the texts below hold no quotes there). */
const cellsOf = (text: string, delimiter: string) =>
  lines(text)
    .slice(1)
    .map((line) => line.split(delimiter).map((cell) => Number(cell.replace(",", "."))));

const unclosed = (reading: ReturnType<typeof readCsv>) =>
  reading.problems.filter((problem) => problem.detail?.code === "unclosed-quote");

describe("a quote in the header that is never closed", () => {
  it.each([
    ['"a,b\n1,2\n3,4\n', ",", ['"a', "b"]],
    ['a,"b\n1,2\n3,4\n', ",", ["a", '"b']],
    ['"jaar;aandeel\n2019;83,5\n2020;84,1\n', ";", ['"jaar', "aandeel"]],
    ['"id","naam;x\r\n1;2\r\n3;4\r\n5;6\r\n', ";", ['"id","naam', "x"]],
  ])(
    "in %j swallows no record: the header is read as written, every line after it is a row",
    (text, delimiter, names) => {
      const reading = readCsv(text);
      expect(reading.dialect.delimiter).toBe(delimiter);
      expect(reading.rowCount).toBe(lines(text).length - 1);
      expect(reading.columns.map((column) => column.name)).toEqual(names);
      expect(rowObjects(reading).map((row) => names.map((name) => row[name]))).toEqual(
        cellsOf(text, delimiter),
      );
      const problems = unclosed(reading);
      expect(problems.map((problem) => problem.row)).toEqual([1]);
      expect(problems[0].message).toContain("header");
    },
  );

  it("names the header's own line when blank lines come before it", () => {
    const reading = readCsv('\n\n"a,b\n1,2\n');
    expect(reading.rowCount).toBe(1);
    expect(unclosed(reading).map((problem) => problem.row)).toEqual([3]);
  });

  it("reads the rows after it as CSV, their own quotes included", () => {
    // The header's quote would otherwise pair with the quote that opens "x, y" and swallow a line.
    const text = '"a,b\n1,"x, y"\n3,4\n';
    const reading = readCsv(text);
    expect(reading.rowCount).toBe(2);
    expect(rowObjects(reading)).toEqual([
      { '"a': 1, b: "x, y" },
      { '"a': 3, b: "4" },
    ]);
    expect(unclosed(reading).map((problem) => problem.row)).toEqual([1]);
  });

  it("and a quote never closed in a row after it are both reported, no record lost", () => {
    const text = '"a,b\n1,2\n3,"x\n5,6\n';
    const reading = readCsv(text);
    expect(reading.rowCount).toBe(lines(text).length - 1);
    expect(unclosed(reading).map((problem) => problem.row)).toEqual([1, 3]);
  });

  it("is read the same when the file is read in two halves", () => {
    const many = Array.from({ length: 60 }, (_, i) => `${i},${i * 2}`).join("\n");
    const file = `"a,b\n${many}\n`;
    const cut = file.indexOf("\n", file.length / 3) + 1;
    const plan = planReading({ text: file.slice(0, cut), encoding: "utf-8", bom: false });
    const first = readPart(file.slice(0, cut), plan, { first: true, last: false });
    const second = readPart(file.slice(cut), plan, { first: false, last: true });
    expect(first.openQuote).toBeUndefined();
    const halves = finishReading(plan, mergeParts(first, second));
    if ("retry" in halves) throw new Error("unexpected retry");
    const whole = readCsv(file);
    expect(whole.rowCount).toBe(60);
    expect(rowObjects(halves)).toEqual(rowObjects(whole));
    expect(halves.problems).toEqual(whole.problems);
  });
});

describe("a header with a quote anywhere, over quote-free rows", () => {
  it("loses no row and no column, whatever the delimiter and line ending", () => {
    const cell = fc.constantFrom("1", "2,5", "a", "Totaal", ".", "", " ");
    const file = fc.record({
      delimiter: fc.constantFrom(",", ";", "\t"),
      end: fc.constantFrom("\n", "\r\n"),
      names: fc.array(fc.constantFrom("jaar", "aantal", "regio", "x"), { minLength: 2, maxLength: 5 }),
      at: fc.nat(),
      rows: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(file, ({ delimiter, end, names, at, rows }) => {
        const header = names.join(delimiter);
        const place = at % (header.length + 1);
        const lines = [
          `${header.slice(0, place)}"${header.slice(place)}`,
          ...rows.map((r) => ["r", ...r].join(delimiter)),
        ];
        const reading = readCsv(`${lines.join(end)}${end}`);
        expect(reading.rowCount).toBe(rows.length);
        expect(reading.columns.filter((column) => !column.derivedFrom).length).toBe(names.length);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});

describe("a quoted header cell that spans lines and closes", () => {
  it("stays one cell, with no problem", () => {
    const reading = readCsv('"naam\nmet regel",b\n1,2\n');
    expect(reading.columns.map((column) => column.name)).toEqual(["naam\nmet regel", "b"]);
    expect(reading.rowCount).toBe(1);
    expect(reading.problems).toEqual([]);
  });
});
