import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/index.ts";

// A fixed seed, so a failure is the same failure on every machine; BLAUW_FUZZ_RUNS=100000 for a long run.
const runs = Number(process.env.BLAUW_FUZZ_RUNS ?? 300);
const settings = { seed: 20261129, numRuns: runs };

/** Pieces CSV-ish text is made of: separators, quotes, line ends, a BOM, NUL, digits, words, spaces. */
const piece = fc.constantFrom(
  ",",
  ";",
  "\t",
  "|",
  '"',
  '""',
  "\n",
  "\r",
  "\r\n",
  "\uFEFF",
  "\u0000",
  "1",
  "2,5",
  "1.000",
  "83,7%",
  "2024MM03",
  "NL01  ",
  "Totaal",
  "a",
  " ",
  ".",
);
const csvish = fc.array(piece, { maxLength: 300 }).map((pieces) => pieces.join(""));

/** Well-formed problems: a row number from 1, a column name and a message, each said in words. */
function expectWellFormed(reading: ReturnType<typeof readCsv>): void {
  expect(Number.isInteger(reading.rowCount) && reading.rowCount >= 0).toBe(true);
  for (const column of Object.values(reading.data)) expect(column.length).toBe(reading.rowCount);
  for (const problem of reading.problems) {
    expect(Number.isInteger(problem.row) && problem.row >= 1).toBe(true);
    expect(typeof problem.column).toBe("string");
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe("the loader on arbitrary input", () => {
  it("never throws on arbitrary bytes, and its rows and problems are well formed", {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectWellFormed(readCsv(bytes));
      }),
      settings,
    );
  });

  it("never throws on CSV-ish text with quotes, separators, line ends, BOMs and NULs", {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(csvish, (text) => {
        expectWellFormed(readCsv(text));
      }),
      settings,
    );
  });

  it("accounts for every line of quote-free `;` text, decimal commas and all: the header, an empty line, or a row", {
    timeout: 120_000,
  }, () => {
    // A header of two names or more (a first line of one cell and a blank line is a title: see below),
    // lines with at least one cell that holds something, and empty lines in between.
    const line = fc.oneof(
      fc
        // Decimal commas too: under "h;k", "x;2,5" must not make the comma the delimiter (issue 10).
        .array(
          fc.constantFrom("1", "2.5", "2,5", "83,7%", "a", "Totaal", ".", "NL01  ", "2024JJ00", "", " "),
          {
            maxLength: 6,
          },
        )
        .map((cells) => ["x", ...cells].join(";")),
      fc.constant(""),
    );
    const file = fc
      .tuple(line, fc.array(line, { maxLength: 40 }))
      .map(([header, rows]) => [`h;k;${header}`, ...rows]);
    fc.assert(
      fc.property(file, fc.constantFrom("\n", "\r\n"), (lines, end) => {
        const reading = readCsv(`${lines.join(end)}${end}`);
        const records = lines.slice(1).filter((text) => text !== "").length;
        expect(reading.rowCount).toBe(records);
        expect(reading.dialect.delimiter).toBe(";");
      }),
      settings,
    );
  });

  it("takes a first line of one cell for a title only when a blank line or a source line says so", () => {
    // Found by the property above: the first data row was read as the header, and lost.
    expect(readCsv("h;\n1;1;1\n").rowCount).toBe(1);
    expect(readCsv("h;k;\nx;2,5\nx;2,5\n").rowCount).toBe(2);
    const titled = readCsv("Misdrijven per jaar\n\njaar;aantal\n2023;5\n2024;6\n");
    expect([titled.metadata.title, titled.rowCount]).toEqual(["Misdrijven per jaar", 2]);
  });
});
