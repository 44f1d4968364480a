import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv, rowObjects } from "../../src/data/index.ts";
import { maxColumns } from "../../src/data/read-plan.ts";
import { fastest } from "../util/fastest.ts";

/** A synthetic file of `columns` columns (c0, c1, …) and `rows` rows of numbers. */
function wideFile(columns: number, rows: number): string {
  const header = Array.from({ length: columns }, (_, j) => `c${j}`).join(",");
  const records = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => String(i * 10 + (j % 10))).join(","),
  );
  return `${header}\n${records.join("\n")}\n`;
}

describe("a first line longer than the preview", () => {
  it("is read as a header, never called an empty file", () => {
    // One column name of 1.5 MB, then two rows: the header alone is longer than the first megabyte.
    const name = "n".repeat(1_500_000);
    const reading = readCsv(`${name},jaar\nx,2019\ny,2020\n`);
    expect(reading.problems.map((p) => p.detail?.code)).not.toContain("empty-file");
    expect(reading.rowCount).toBe(2);
    expect(reading.columns.map((c) => c.name)).toEqual([name, "jaar"]);
    expect(rowObjects(reading).map((row) => row.jaar)).toEqual([2019, 2020]);
  });

  it("a file of one long line is a header with no rows, not an empty file", () => {
    const reading = readCsv(`${"x".repeat(3_000_000)}\n`);
    expect(reading.problems.map((p) => p.detail?.code)).not.toContain("empty-file");
    expect(reading.columns).toHaveLength(1);
    expect(reading.rowCount).toBe(0);
  });
});

describe("a file wider than the columns read", () => {
  const columns = maxColumns + 5_000;
  const text = wideFile(columns, 3);

  it("reads the first columns of every row and says once how many were left", () => {
    const reading = readCsv(text);
    expect(reading.rowCount).toBe(3);
    expect(reading.columns).toHaveLength(maxColumns);
    expect(reading.columns.at(-1)?.name).toBe(`c${maxColumns - 1}`);
    // Every row keeps its cells in the columns read.
    expect(reading.data[`c${maxColumns - 1}`].at(2)).toBe(20 + ((maxColumns - 1) % 10));
    expect(reading.problems.map((p) => p.detail)).toEqual([
      { code: "too-many-columns", found: columns, kept: maxColumns },
    ]);
    expect(reading.problems[0].message).toContain(`${columns} columns`);
  });

  it("still reports a row whose cells do not match the header", () => {
    const short = `${text}1,2,3\n`;
    const reading = readCsv(short);
    expect(reading.rowCount).toBe(4);
    const ragged = reading.problems.filter((p) => p.detail?.code === "ragged");
    expect(ragged.map((p) => p.row)).toEqual([5]);
  });
});

describe("npm run inspect on a wide file", () => {
  it("lists the first columns and says how many more there are", { timeout: 60_000 }, () => {
    const folder = mkdtempSync(join(tmpdir(), "blauw-wide-"));
    const file = join(folder, "wide.csv");
    writeFileSync(file, wideFile(1_000, 2));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/inspect.ts", file], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("rows: 2");
    expect(run.stdout).toContain("    c199: integer");
    expect(run.stdout).not.toContain("    c200: integer");
    expect(run.stdout).toContain("… and 800 more columns (use --json for all)");
  });
});

describe("a header of many copies of one name", () => {
  const copies = (n: number) => `${"abc,".repeat(n - 1)}abc\n${"1,".repeat(n - 1)}1\n`;

  it("renames each copy once, in linear time", { timeout: 120_000 }, () => {
    const reading = readCsv(copies(10_000));
    expect(reading.columns.at(-1)?.name).toBe("abc_10000");
    expect(new Set(reading.columns.map((c) => c.name)).size).toBe(10_000);
    // Twenty headers of 500 copies against one of 10,000: the same names to make; counting each
    // suffix up from 2 again made the large one twenty times slower. A ratio, not a duration.
    const small = copies(500);
    const large = copies(10_000);
    const twentySmall = fastest(() => {
      for (let i = 0; i < 20; i++) readCsv(small);
    }, 3);
    const oneLarge = fastest(() => readCsv(large), 3);
    expect(oneLarge / Math.max(twentySmall, 0.5)).toBeLessThan(6);
  });
});
