import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/index.ts";
import { problemText } from "../../src/data/problems.ts";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

// The first bytes of each kind of file, as the formats define them, followed by filler.
const files: [string, Uint8Array, RegExp][] = [
  ["PNG", bytes([0x89], "PNG\r\n\u001a\n", [0, 0, 0, 13], "IHDR"), /image \(PNG\)/],
  ["PDF", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), /PDF document/],
  ["XLSX", bytes("PK", [3, 4, 20, 0, 6, 0], "[Content_Types].xml", [0, 0]), /Excel workbook \(\.xlsx\)/],
  [
    "ODS",
    bytes("PK", [3, 4, 0, 0], "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
    /OpenDocument/,
  ],
  ["ZIP", bytes("PK", [3, 4, 20, 0], "data/jaar.csv", [0, 0]), /ZIP archive/],
  ["XLS", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /old Excel workbook \(\.xls\)/],
  ["gzip", bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip/],
  ["NUL bytes", bytes("jaar,aantal\n2020,", [0, 0, 0, 7], "\n"), /binary data/],
];

describe("files that are not CSV", () => {
  it.each(files)(
    "%s is named for what it seems to be, with no rows and no garbage columns",
    (_kind, file, said) => {
      const reading = readCsv(file);
      expect(reading.rowCount).toBe(0);
      expect(reading.columns).toEqual([]);
      expect(reading.problems).toHaveLength(1);
      expect(reading.problems[0].message).toMatch(said);
      expect(problemText(reading.problems[0], "nl")).toMatch(/geen CSV-bestand|gecomprimeerd/);
    },
  );

  it("reads UTF-16 without a byte-order mark as UTF-16, in either byte order", () => {
    const text = "jaar;aantal\n2020;1.234\n2021;5\n";
    const le = new Uint8Array(Buffer.from(text, "utf16le"));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    for (const [file, encoding] of [
      [le, "utf-16le"],
      [be, "utf-16be"],
    ] as const) {
      const reading = readCsv(file);
      expect(reading.dialect.encoding).toBe(encoding);
      expect(reading.problems).toEqual([]);
      expect(reading.columns.map((c) => c.name)).toEqual(["jaar", "aantal"]);
      expect([reading.data.aantal.at(0), reading.data.aantal.at(1)]).toEqual([1234, 5]);
    }
  });

  it("leaves text files alone, accented Windows-1252 included", () => {
    const reading = readCsv(bytes("plaats;aantal\nSn", [0xe9], "ek;3\n"));
    expect(reading.rowCount).toBe(1);
    expect(reading.data.plaats.at(0)).toBe("Snéek");
  });
});
