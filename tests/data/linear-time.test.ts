import { describe, expect, it } from "vitest";
import { fitLines, wrapText } from "../../src/charts/responsive.ts";
import { crimeTypeCode, regionCode } from "../../src/data/cbs-codes.ts";
import { withoutUnit } from "../../src/data/cbs-topics.ts";
import { inferColumn } from "../../src/data/infer-column.ts";
import { parseBoolean } from "../../src/data/parse-boolean.ts";
import { parseDate } from "../../src/data/parse-date.ts";
import { numberFormats, parseNumber, parsePercent } from "../../src/data/parse-number.ts";
import { parsePeriod } from "../../src/data/parse-period.ts";
import { labelLevel, parseRegion } from "../../src/data/parse-region.ts";
import { readCsv } from "../../src/data/read-csv.ts";
import { parseNotebook } from "../../src/notebook/parse/index.ts";
import { fastest } from "../util/fastest.ts";

/**
 * Hostile cells: long runs of spaces, tabs and digits around `%`, parentheses and braces — the inputs
 * that make a backtracking regular expression quadratic.
 */
const hostile: ((n: number) => string)[] = [
  (n) => `1${" ".repeat(n)}2`,
  (n) => `1${"\t".repeat(n)}x%`,
  (n) => `${" \t".repeat(n / 2)}%x`,
  (n) => `${"9".repeat(n)}x`,
  (n) => `${"1.000".repeat(n / 5)},x`,
  (n) => `(PV)${" ".repeat(n)}x`,
  (n) => `${"%".repeat(n)}1`,
  (n) => `${"1 ".repeat(n / 2)}%%`,
  // A label's provisional stars, a title's unit in brackets after a run of spaces.
  (n) => `Neder${"*".repeat(n)}x`,
  (n) => `a${" ".repeat(n)}b (x`,
];

const readers: [string, (text: string) => unknown][] = [
  ...numberFormats.flatMap((format): [string, (text: string) => unknown][] => [
    [`parseNumber ${format.decimal}${format.group}`, (text) => parseNumber(text, format)],
    [`parsePercent ${format.decimal}${format.group}`, (text) => parsePercent(text, format)],
  ]),
  ["parseBoolean", parseBoolean],
  ["parseDate", parseDate],
  ["parsePeriod", parsePeriod],
  ["parseRegion", parseRegion],
  ["labelLevel", labelLevel],
  ["inferColumn", (text) => inferColumn([text, "1", "2"])],
  // Quoted, so that a run of tabs stays one cell (unquoted, it makes a file of 100,000 columns).
  ["readCsv", (text) => readCsv(`a;b\n"${text}";1\n"${text}";2\n`)],
  // A file's category or column name becomes a chart label, fitted to its room and wrapped.
  ["fitLines", (text) => fitLines(text, 200, 2)],
  ["wrapText", (text) => wrapText(text, 3)],
  // Labels and topic titles of a CBS export, matched against the code lists and topic keys.
  ["regionCode", regionCode],
  ["crimeTypeCode", crimeTypeCode],
  ["withoutUnit", withoutUnit],
  ["parseNotebook heading", (text) => parseNotebook(`# Kop ${text.replaceAll("%", "{#")}\n`)],
  // Spaces become blank lines between blocks, `%` the opening of an inline `${…}`.
  [
    "parseNotebook blocks",
    (text) => parseNotebook(`a${text.replaceAll(" ", "\n").replaceAll("%", "${")}\n\`\`\`js\n1\n\`\`\`\n`),
  ],
];

/** Size of the large cell in characters (100 KB; smaller to show quickly what happens without the fix). */
const large = Number(process.env.BLAUW_HOSTILE_CELL ?? 100_000);

describe("value readers on hostile cells", () => {
  // A hundred cells of 1 KB against one of 100 KB: the same number of characters, so linear work takes
  // about as long either way (less for the big cell: one call's overhead instead of a hundred), while
  // quadratic work takes a hundred times as long on the big cell. A ratio, not a duration, is checked, so
  // a slow or busy machine does not fail it.
  it.each(readers)("%s reads a 100 KB cell in linear time", { timeout: 60_000 }, (_name, read) => {
    for (const make of hostile) {
      const smallCell = make(large / 100);
      const largeCell = make(large);
      read(smallCell); // warm up
      const hundredSmall = fastest(() => {
        for (let i = 0; i < 100; i++) read(smallCell);
      });
      const oneLarge = fastest(() => read(largeCell));
      expect(oneLarge / Math.max(hundredSmall, 0.5), JSON.stringify(make(8))).toBeLessThan(10);
    }
  });
});
