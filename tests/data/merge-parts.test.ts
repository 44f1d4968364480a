import { describe, expect, it } from "vitest";
import { finishReading } from "../../src/data/finish-reading.ts";
import { mergeParts } from "../../src/data/merge-parts.ts";
import { readCsv } from "../../src/data/read-csv.ts";
import { readPart } from "../../src/data/read-part.ts";
import { planReading } from "../../src/data/read-plan.ts";
import { rowObjects } from "../../src/data/row-objects.ts";
import { splitPoint } from "../../src/data/split.ts";

/** A file whose cells hold quoted line breaks, delimiters and escaped quotes here and there. */
function awkwardCsv(rows: number): string {
  const lines = ["id,naam,regio,aantal"];
  for (let i = 0; i < rows; i++) {
    const name =
      i % 7 === 0 ? `"regel ${i}\nen verder"` : i % 5 === 0 ? `"zei ""${i}"", toen"` : `naam ${i % 9}`;
    lines.push(`${i},${name},"GM${String(i % 13).padStart(4, "0")}",${i % 11 === 0 ? "." : i * 2}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Reads a text as the loader worker does: two halves cut at `cut`, merged; null when the cut is refused. */
function readInTwo(text: string, cut: number) {
  const plan = planReading({ text: text.slice(0, 4096), encoding: "utf-8", bom: false });
  const first = readPart(text.slice(0, cut), plan, { first: true, last: false });
  if (first.openQuote) return null;
  const second = readPart(text.slice(cut), plan, { first: false, last: true });
  const reading = finishReading(plan, mergeParts(first, second));
  if ("retry" in reading) throw new Error("unexpected retry");
  return reading;
}

describe("reading a file in two halves, as two workers do", () => {
  const text = awkwardCsv(400);
  const whole = readCsv(text);

  it("gives the same rows and problems as reading it whole, wherever the cut falls after a line feed", {
    timeout: 60_000,
  }, () => {
    let refused = 0;
    let accepted = 0;
    for (let cut = text.indexOf("\n") + 1; cut > 0 && cut < text.length; cut = text.indexOf("\n", cut) + 1) {
      const halves = readInTwo(text, cut);
      if (halves === null) {
        refused++;
        continue;
      }
      accepted++;
      expect(rowObjects(halves)).toEqual(rowObjects(whole));
      expect(halves.problems).toEqual(whole.problems);
    }
    // Cuts inside a quoted cell (one per quoted line break) are refused; all others accepted.
    expect(refused).toBe(Math.ceil(400 / 7));
    expect(accepted).toBe(400); // after the header and after each record but the last
  });

  it("numbers rows across the cut, so problems in the second half name their rows in the file", () => {
    const lines = ["a,b", ...Array.from({ length: 40 }, (_, i) => (i === 30 ? "1,2,3" : `${i},x`))];
    const csv = `${lines.join("\n")}\n`;
    const halves = readInTwo(csv, splitPoint(new TextEncoder().encode(csv)));
    expect(halves?.problems).toEqual(readCsv(csv).problems);
    expect(halves?.problems[0]?.row).toBe(32);
  });
});
