import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines, type LineChange, linesOf } from "../../src/app/line-diff.ts";

/** The old text is the kept and removed lines; the new text the kept and added ones. */
const side = (changes: LineChange[], kind: "removed" | "added") =>
  changes.filter((line) => line.kind === "same" || line.kind === kind).map((line) => line.text);

/** The length of a longest common subsequence, by the textbook table (independent of Myers). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i][j] =
        a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
  return table[a.length][b.length];
}

// Few distinct lines, so that lists share many of them and the search has choices to make.
const lines = fc.array(fc.constantFrom("a", "b", "c", "const x = 1;", "", "}"), { maxLength: 30 });

describe("diffLines", () => {
  it("reproduces both texts and keeps as many lines as any common subsequence can", () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const changes = diffLines(before, after);
        expect(side(changes, "removed")).toEqual(before);
        expect(side(changes, "added")).toEqual(after);
        expect(changes.filter((line) => line.kind === "same").length).toBe(lcsLength(before, after));
      }),
      { numRuns: 500 },
    );
  });

  it("puts the removed lines of a run before its added lines", () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const kinds = diffLines(before, after)
          .map((line) => line.kind[0])
          .join("");
        expect(kinds).not.toMatch(/ar/);
      }),
      { numRuns: 200 },
    );
  });

  it("shows a changed line in a cell as one line removed and one added", () => {
    const before = ["```js id=x", 'chart({title: "Oud"})', "```"];
    const after = ["```js id=x", 'chart({title: "Nieuw"})', "```"];
    expect(diffLines(before, after)).toEqual([
      { kind: "same", text: "```js id=x" },
      { kind: "removed", text: 'chart({title: "Oud"})' },
      { kind: "added", text: 'chart({title: "Nieuw"})' },
      { kind: "same", text: "```" },
    ]);
  });

  it("gives lists longer than the limit as all removed, then all added, still reproducing both", () => {
    const before = ["x", ...Array.from({ length: 30 }, (_, i) => `${i}`), "y"];
    const after = ["x", ...Array.from({ length: 30 }, (_, i) => `${i * 2}`), "y"];
    const changes = diffLines(before, after, 10);
    expect(side(changes, "removed")).toEqual(before);
    expect(side(changes, "added")).toEqual(after);
    expect(changes[0]).toEqual({ kind: "same", text: "x" });
  });
});

describe("linesOf", () => {
  it("splits on line ends of either kind and adds no line for a final line end", () => {
    expect(linesOf("")).toEqual([]);
    expect(linesOf("a\nb\n")).toEqual(["a", "b"]);
    expect(linesOf("a\r\nb")).toEqual(["a", "b"]);
    expect(linesOf("a\n\n")).toEqual(["a", ""]);
  });
});
