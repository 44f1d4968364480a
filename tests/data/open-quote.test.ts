import { describe, expect, it } from "vitest";
import {
  finishReading,
  mergeParts,
  planReading,
  readCsv,
  readPart,
  rowObjects,
} from "../../src/data/index.ts";

/** Records in a text read line by line (what a reader counts in an editor), the header included. */
const lines = (text: string) =>
  text.split(/\r\n|\n|\r/).filter((line, i, all) => i < all.length - 1 || line !== "");

describe("a quote that is never closed", () => {
  const text = 'naam,aantal,formule\na,1,=F("x","y")\nb,2,z\nc,3,z\nd,4,z\n';

  it("swallows no records: every line after it is a row, and the problem says which were read so", () => {
    const reading = readCsv(text);
    expect(reading.rowCount).toBe(lines(text).length - 1);
    expect(rowObjects(reading).map((row) => [row.naam, row.aantal])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ]);
    const problem = reading.problems.find((p) => p.detail?.code === "unclosed-quote");
    expect(problem?.row).toBe(2);
    expect(problem?.detail).toEqual({ code: "unclosed-quote", literal: 4 });
    expect(problem?.message).toContain("(4 rows) was read line by line");
  });

  it("keeps the records before it as CSV, quoted line breaks included", () => {
    const before = 'naam,aantal,formule\nq,9,"twee\nregels"\n';
    const reading = readCsv(`${before}${text.slice(text.indexOf("\n") + 1)}`);
    expect(reading.rowCount).toBe(5);
    expect(reading.data.formule.at(0)).toBe("twee\nregels");
    expect(reading.data.naam.at(4)).toBe("d");
  });

  it("is read the same when the file is read in two halves, the quote in the second", () => {
    const many = Array.from({ length: 50 }, (_, i) => `r${i},${i},z`).join("\n");
    const file = `naam,aantal,formule\n${many}\n${text.slice(text.indexOf("\n") + 1)}`;
    const cut = file.indexOf("\n", file.length / 3) + 1;
    const plan = planReading({ text: file.slice(0, cut), encoding: "utf-8", bom: false });
    const first = readPart(file.slice(0, cut), plan, { first: true, last: false });
    const second = readPart(file.slice(cut), plan, { first: false, last: true });
    const halves = finishReading(plan, mergeParts(first, second));
    if ("retry" in halves) throw new Error("unexpected retry");
    const whole = readCsv(file);
    expect(whole.rowCount).toBe(54);
    expect(rowObjects(halves)).toEqual(rowObjects(whole));
    expect(halves.problems).toEqual(whole.problems);
  });
});
