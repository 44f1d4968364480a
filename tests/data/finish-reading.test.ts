import { describe, expect, it } from "vitest";
import { finishReading } from "../../src/data/finish-reading.ts";
import { readPart } from "../../src/data/read-part.ts";
import { planReading } from "../../src/data/read-plan.ts";

const planOf = (text: string) => planReading({ text, encoding: "utf-8", bom: false });

describe("finishReading", () => {
  it("types each column, adds the derived ones, and lists misfits by their row in the file", () => {
    const text =
      "periode,aantal\n2023MM01,1\n\n2023MM02,2\n2023JJ00,3\n2024MM01,4\n2024MM02,5\n2024MM03,6\n2024MM04,7\n2024MM05,8\n2024MM06,9\n2024MM07,10\n2024MM08,11\n2024MM09,twaalf\n";
    const plan = planOf(text);
    const reading = finishReading(plan, readPart(text, plan, { first: true, last: true }));
    if ("retry" in reading) throw new Error("no column needs reading again");
    expect(reading.columns.map((column) => [column.name, column.type, column.derivedFrom])).toEqual([
      ["periode", "period", undefined],
      ["periode_date", "date", "periode"],
      ["periode_kind", "string", "periode"],
      ["periode_year", "integer", "periode"],
      ["aantal", "integer", undefined],
    ]);
    // The blank line is record 3: the misfit "twaalf" is on line 15 of the file.
    const lines = text.split("\n");
    const misfit = reading.problems.find((problem) => problem.detail?.code === "misfit");
    expect(misfit?.row).toBe(lines.findIndex((line) => line.endsWith("twaalf")) + 1);
    expect(reading.metadata.notes[0]).toMatch(/mixes month, year periods/);
  });

  it("asks for a column planned as numbers to be read again when most of it is not", () => {
    const head = Array.from({ length: 12 }, (_, i) => `${i}`).join("\n");
    const text = `n\n${head}\n${Array.from({ length: 40 }, (_, i) => `code${i}`).join("\n")}\n`;
    const plan = planReading({ text: text.slice(0, 30), encoding: "utf-8", bom: false });
    expect(plan.columns[0].kind).toBe("numbers");
    expect(finishReading(plan, readPart(text, plan, { first: true, last: true }))).toEqual({ retry: [0] });
  });

  it("says a file without a header is empty", () => {
    const plan = planOf("");
    const reading = finishReading(plan, readPart("", plan, { first: true, last: true }));
    if ("retry" in reading) throw new Error("nothing to read again");
    expect(reading.problems.map((problem) => problem.detail?.code)).toEqual(["empty-file"]);
  });
});
