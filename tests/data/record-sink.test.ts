import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileRow } from "../../src/data/file-row.ts";
import { rawTexts } from "../../src/data/raw-column.ts";
import { planReading, type ReadPlan } from "../../src/data/read-plan.ts";
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

// `pushLine` reads a line where it stands in the text; it must read every line exactly as cutting the
// line at its delimiters and handing the cells to `push` does (PapaParse's fast mode, as before).
const settings = { seed: 20261130, numRuns: Number(process.env.BLAUW_FUZZ_RUNS ?? 400) };

const cell = fc.constantFrom(
  "",
  "1",
  "-7",
  "0014",
  "2,5",
  "1.000",
  ".",
  '"a"',
  '""',
  '"x',
  'b"',
  "GM0363",
  "Totaal",
  "Bron: CBS",
  " ",
);
const line = (delimiter: string) =>
  fc.array(cell, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(delimiter));

/** Both ways of reading the same lines, each into sinks of its own, then their results side by side. */
function readBothWays(plan: ReadPlan, lines: string[], delimiter: string) {
  const text = lines.join("\n");
  const inPlace = new RecordSink(plan, 4, true);
  const cut = new RecordSink(plan, 4, true);
  let from = 0;
  lines.forEach((text_, i) => {
    const to = from + text_.length;
    inPlace.pushLine(i + 2, text, from, to, delimiter);
    cut.push(i + 2, text.slice(from, to).split(delimiter));
    from = to + 1;
  });
  const result = (sink: RecordSink) => {
    if (sink.badQuote) return "bad quote";
    sink.flush();
    const unquoted = sink.builders.map((builder) => builder.unquote());
    return {
      rows: sink.rows,
      rowBreaks: sink.rowBreaks,
      problems: sink.problems,
      unquoted,
      columns: sink.builders.map((builder) => builder.raw()),
    };
  };
  return { inPlace: result(inPlace), cut: result(cut) };
}

describe("RecordSink.pushLine", () => {
  for (const delimiter of [",", ";", "\t"]) {
    it(`reads ${JSON.stringify(delimiter)} lines as cutting them and pushing the cells does`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom("a,b,c", "n", "a,n", "id,x,y,z,w"),
          fc.array(line(delimiter), { maxLength: 25 }),
          (names, lines) => {
            const header = names.replaceAll(",", delimiter);
            // Numbers planned for "n" columns, codes for the rest: both kinds of builder are read.
            const plan = planReading({ text: `${header}\n`, encoding: "utf-8", bom: false });
            plan.columns = plan.header.map((name) =>
              name === "n" || name === "x"
                ? { kind: "numbers", format: { decimal: ".", group: "" } }
                : { kind: "codes" },
            );
            const { inPlace, cut } = readBothWays(plan, lines, delimiter);
            expect(inPlace).toEqual(cut);
          },
        ),
        settings,
      );
    });
  }

  it("reads a code column with thousands of distinct texts, growing its table, as a Map would", () => {
    const plan = planReading({ text: "code,n\n", encoding: "utf-8", bom: false });
    const lines = Array.from({ length: 20_000 }, (_, i) => `"GM${(i * 7919) % 5003}",${i % 400}`);
    const { inPlace, cut } = readBothWays(plan, lines, ",");
    expect(inPlace).toEqual(cut);
    const texts = (inPlace as { columns: { kind: string; texts?: string[] }[] }).columns[0].texts ?? [];
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBe(5003);
  });
});
