import { describe, expect, it } from "vitest";
import { numberFormats } from "../../src/data/parse-number.ts";
import { maxColumns, planReading, planWithTexts } from "../../src/data/read-plan.ts";

const decoded = (text: string) => ({ text, encoding: "utf-8" as const, bom: false });

describe("planReading", () => {
  it("plans numbers in the format the first records use, and codes for the rest", () => {
    const plan = planReading(decoded("regio;aantal;aandeel\nGM0363;1.234;3,5\nGM0599;12;4\n"));
    expect(plan.header).toEqual(["regio", "aantal", "aandeel"]);
    expect(plan.preferComma).toBe(true);
    expect(plan.columns).toEqual([
      { kind: "codes" },
      { kind: "numbers", format: numberFormats[3] },
      { kind: "numbers", format: numberFormats[2] },
    ]);
    expect(plan.dataStart).toBe(1);
  });

  it("follows a forced type, and names empty and repeated header names", () => {
    const plan = planReading(decoded("a,,a\n1,2,3\n"), { a: "string" });
    expect(plan.header).toEqual(["a", "column 2", "a_2"]);
    expect(plan.columns[0]).toEqual({ kind: "codes" });
    expect(plan.headerProblems.map((problem) => problem.detail?.code)).toEqual([
      "unnamed-column",
      "duplicate-column",
    ]);
  });

  it("keeps the records of a layout with a preamble, already shaped", () => {
    const text =
      '"Titel van de tabel"\n"Onderwerp: x"\n\nRegio;2023\nNederland;12\nGroningen;3\n\nBron: CBS\n';
    const plan = planReading(decoded(text));
    expect(plan.dialect.shape).toBe("statline-table");
    expect(plan.shaped?.map((record) => record.cells[0])).toContain("Groningen");
  });

  it("reads at most maxColumns columns and says how many the file has", () => {
    const width = maxColumns + 3;
    const header = Array.from({ length: width }, (_, j) => `c${j}`).join(",");
    const plan = planReading(decoded(`${header}\n${"1,".repeat(width - 1)}1\n`));
    expect(plan.header.length).toBe(maxColumns);
    expect(plan.fileWidth).toBe(width);
    expect(plan.headerProblems[0].detail).toEqual({
      code: "too-many-columns",
      found: width,
      kept: maxColumns,
    });
  });
});

describe("planWithTexts", () => {
  it("plans the given columns as codes and leaves the others", () => {
    const plan = planReading(decoded("a,b,c\n1,2,3\n"));
    const again = planWithTexts(plan, [1]);
    expect(again.columns.map((column) => column.kind)).toEqual(["numbers", "codes", "numbers"]);
    expect(plan.columns[1].kind).toBe("numbers");
  });
});
