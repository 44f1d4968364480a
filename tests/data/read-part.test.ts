import { describe, expect, it } from "vitest";
import { rawTexts } from "../../src/data/raw-column.ts";
import { readPart } from "../../src/data/read-part.ts";
import { planReading } from "../../src/data/read-plan.ts";

const planOf = (text: string) => planReading({ text, encoding: "utf-8", bom: false });

describe("readPart", () => {
  it("reads every record past the header into raw columns, a chunk at a time", () => {
    // Synthetic: more text than one chunk of the loop, so the records cross chunk ends.
    const rows = Array.from({ length: 30_000 }, (_, i) => [
      `"GM${String(i % 400).padStart(4, "0")}"`,
      String(i),
    ]);
    const text = `regio,n\n${rows.map((row) => row.join(",")).join("\n")}\n`;
    expect(text.length).toBeGreaterThan(1 << 18);
    const seen: number[] = [];
    const part = readPart(text, planOf(text), {
      first: true,
      last: true,
      onProgress: ({ rows }) => seen.push(rows),
    });
    expect(part.rows).toBe(rows.length);
    expect(part.records).toBe(rows.length + 1);
    expect(rawTexts(part.columns[0])).toEqual(rows.map(([code]) => code.slice(1, -1)));
    expect(rawTexts(part.columns[1])).toEqual(rows.map(([, n]) => n));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(rows.length);
  });

  it("reads quotes that hide delimiters and line breaks in full CSV mode", () => {
    const text = 'a,b\n"x, y","line\nbreak"\n"say ""hi""",2\n';
    const part = readPart(text, planOf(text), { first: true, last: true });
    expect(rawTexts(part.columns[0])).toEqual(["x, y", 'say "hi"']);
    expect(rawTexts(part.columns[1])).toEqual(["line\nbreak", "2"]);
  });

  it("reads a quote that never closes line by line, losing no record", () => {
    const text = 'a,b\n1,x\n2,"open\n3,y\n4,z\n';
    const part = readPart(text, planOf(text), { first: true, last: true });
    expect(part.rows).toBe(4);
    expect(part.problems.map((problem) => [problem.row, problem.detail?.code])).toEqual([
      [3, "unclosed-quote"],
    ]);
  });

  it("says that a first part ends inside quotes, and keeps a last part's footer", () => {
    const text = 'a,b\n1,"cut\nhere"\n';
    const plan = planOf(text);
    expect(readPart(text.slice(0, 12), plan, { first: true, last: false }).openQuote).toBe(true);
    const withFooter = "a,b\n1,2\nBron: CBS\n";
    expect(readPart(withFooter, planOf(withFooter), { first: true, last: true }).source).toBe("Bron: CBS");
  });
});
