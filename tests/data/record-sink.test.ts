import { describe, expect, it } from "vitest";
import { fileRow } from "../../src/data/file-row.ts";
import { rawTexts } from "../../src/data/raw-column.ts";
import { planReading } from "../../src/data/read-plan.ts";
import { RecordSink } from "../../src/data/record-sink.ts";

const plan = planReading({ text: "naam,aantal\nx,1\ny,2\n", encoding: "utf-8", bom: false });

describe("RecordSink", () => {
  it("skips blank records, pads short ones and cuts long ones, saying so with their record number", () => {
    const sink = new RecordSink(plan, 4);
    const records: [number, string[]][] = [
      [2, ["a", "1"]],
      [3, [""]],
      [4, ["b"]],
      [5, ["c", "3", "extra"]],
    ];
    for (const [record, cells] of records) sink.push(record, cells);
    expect(sink.rows).toBe(3);
    expect(sink.builders.map((builder) => rawTexts(builder.raw()))).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
    expect(sink.problems.map((problem) => [problem.row, problem.detail?.code])).toEqual([
      [4, "ragged"],
      [5, "ragged"],
    ]);
    // Each row finds its record again through the breaks.
    expect([0, 1, 2].map((row) => fileRow(sink.rowBreaks, row))).toEqual([2, 4, 5]);
  });

  it("keeps footer lines back: the table's source at the end, data when more rows follow", () => {
    const end = new RecordSink(plan, 4);
    end.push(2, ["a", "1"]);
    end.push(3, ["Bron: CBS"]);
    expect(end.rows).toBe(1);
    expect(end.footer()).toBe("Bron: CBS");
    const middle = new RecordSink(plan, 4);
    middle.push(2, ["Bron: CBS"]);
    middle.push(3, ["b", "2"]);
    expect(middle.rows).toBe(2);
    expect(middle.footer()).toBeUndefined();
  });

  it("takes the quotes off cells of records it must look at, and says when a quote hid more", () => {
    const sink = new RecordSink(plan, 4, true);
    sink.push(2, ['""', '"1"']);
    expect(sink.rows).toBe(1);
    // Cells of a whole record are left to the builders; a short one is looked at here.
    sink.push(3, ['"a']);
    expect(sink.badQuote).toBe(true);
  });
});
