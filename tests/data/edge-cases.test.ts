import { describe, expect, it } from "vitest";
import { problemText, readCsv, rowObjects } from "../../src/data/index.ts";

// The cases the well-known CSV test suites cover, written out here: each gives its rows, or a problem
// that names the row.
const cases: {
  name: string;
  csv: string;
  rows: Record<string, unknown>[];
  problems?: { row: number; column?: string; includes: string }[];
}[] = [
  {
    name: "a delimiter inside quotes, and a code with a leading zero",
    csv: 'naam,plaats,postcode\nJan,"Den Haag, centrum",0123\n',
    rows: [{ naam: "Jan", plaats: "Den Haag, centrum", postcode: "0123" }],
  },
  {
    name: "empty quoted cells",
    csv: 'a,b,c\n1,"",""\n2,3,4\n',
    rows: [
      { a: 1, b: null, c: null },
      { a: 2, b: 3, c: 4 },
    ],
  },
  {
    name: "escaped quotes",
    csv: 'a,b\n1,"zij zei ""ja"" en ging"\n2,"""citaat"""\n',
    rows: [
      { a: 1, b: 'zij zei "ja" en ging' },
      { a: 2, b: '"citaat"' },
    ],
  },
  {
    name: "JSON inside a cell",
    csv: 'id,geo\n1,"{""type"": ""Point"", ""xy"": [5.1, 52.1]}"\n',
    rows: [{ id: 1, geo: '{"type": "Point", "xy": [5.1, 52.1]}' }],
  },
  {
    name: "line breaks inside quotes (LF)",
    csv: 'a,b,c\n1,2,3\n"een\nverhaal",5,6\n7,8,9\n',
    rows: [
      { a: "1", b: 2, c: 3 },
      { a: "een\nverhaal", b: 5, c: 6 },
      { a: "7", b: 8, c: 9 },
    ],
  },
  {
    name: "line breaks inside quotes (CRLF)",
    csv: 'a,b\r\n"een\r\nverhaal",5\r\nx,6\r\n',
    rows: [
      { a: "een\r\nverhaal", b: 5 },
      { a: "x", b: 6 },
    ],
  },
  {
    name: "quotes and line breaks together",
    csv: 'a,b\n1,"ha \n""ha"" \nha"\n3,4\n',
    rows: [
      { a: 1, b: 'ha \n"ha" \nha' },
      { a: 3, b: "4" },
    ],
  },
  {
    name: "UTF-8 beyond Latin-1",
    csv: "a,b\n1,ʤ€ő\n",
    rows: [{ a: 1, b: "ʤ€ő" }],
  },
  { name: "a header without rows", csv: "a,b,c\n", rows: [] },
  { name: "a single column", csv: "getal\n1\n2\n", rows: [{ getal: 1 }, { getal: 2 }] },
  { name: "no line break after the last row", csv: "a,b\n1,2", rows: [{ a: 1, b: 2 }] },
  {
    name: "old Mac line endings (CR only)",
    csv: "a,b\r1,2\r3,4\r",
    rows: [
      { a: 1, b: 2 },
      { a: 3, b: 4 },
    ],
  },
  {
    name: "mixed line endings (files pasted together)",
    csv: "a,b\r\n1,2\n3,4\r\n",
    rows: [
      { a: 1, b: 2 },
      { a: 3, b: 4 },
    ],
  },
  {
    name: "blank lines between rows",
    csv: "a,b\n1,x\n\n\n2,y\n",
    rows: [
      { a: 1, b: "x" },
      { a: 2, b: "y" },
    ],
  },
  { name: "spaces after delimiters", csv: "a, b\n1, 2\n", rows: [{ a: 1, b: 2 }] },
  { name: "a quoted header", csv: '"a","b"\n1,2\n', rows: [{ a: 1, b: 2 }] },
  {
    name: "exponents and signs",
    csv: "x\n1e3\n-2.5\n+3\n",
    rows: [{ x: 1000 }, { x: -2.5 }, { x: 3 }],
  },
  {
    name: "an empty file",
    csv: "",
    rows: [],
    problems: [{ row: 1, includes: "empty" }],
  },
  {
    name: "a quote never closed",
    csv: 'a,b\n1,2\n3,"open\n5,6\n',
    // From the line where it opens, the file is read line by line with quotes as plain characters.
    rows: [
      { a: 1, b: "2" },
      { a: 3, b: '"open' },
      { a: 5, b: "6" },
    ],
    problems: [{ row: 3, includes: "never closed" }],
  },
  {
    name: "rows too short and too long",
    csv: "a,b\n1,2,3\n4\n",
    rows: [
      { a: 1, b: 2 },
      { a: 4, b: null },
    ],
    problems: [
      { row: 2, includes: "found 3" },
      { row: 3, includes: "found 1" },
    ],
  },
  {
    name: "a trailing delimiter makes an unnamed column",
    csv: "a,b,\n1,2,\n",
    rows: [{ a: 1, b: 2, "column 3": null }],
    problems: [{ row: 1, column: "column 3", includes: "no name" }],
  },
];

describe("classic CSV edge cases", () => {
  for (const { name, csv, rows, problems = [] } of cases) {
    it(name, () => {
      const reading = readCsv(csv);
      const shown = rowObjects(reading).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([column]) => !column.endsWith("_level"))),
      );
      expect(shown).toEqual(rows);
      expect(reading.problems).toHaveLength(problems.length);
      problems.forEach((expected, i) => {
        expect(reading.problems[i].row).toBe(expected.row);
        if (expected.column) expect(reading.problems[i].column).toBe(expected.column);
        expect(reading.problems[i].message).toContain(expected.includes);
      });
    });
  }
});

describe("problems in the reader's language", () => {
  it("says each problem in Dutch for the page and in English for inspect", () => {
    const reading = readCsv("a,a\n1,2,3\n");
    expect(reading.problems.map((problem) => problemText(problem, "nl"))).toEqual([
      'kolomnaam "a" komt twee keer voor; de tweede heet nu "a_2"',
      "2 cellen verwacht, 3 gevonden; de cellen te veel zijn niet gelezen",
    ]);
    expect(reading.problems.map((problem) => problemText(problem, "en"))).toEqual(
      reading.problems.map((problem) => problem.message),
    );
  });
});
