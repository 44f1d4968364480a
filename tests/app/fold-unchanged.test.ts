import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DiffRow, foldUnchanged } from "../../src/app/fold-unchanged.ts";
import type { LineChange } from "../../src/app/line-diff.ts";

const same = (text: string): LineChange => ({ kind: "same", text });
const lineChange = fc.record({
  kind: fc.constantFrom<LineChange["kind"]>("same", "same", "same", "removed", "added"),
  text: fc.string({ maxLength: 3 }),
});

/** Each line's distance to the nearest removed or added line, in two sweeps (Infinity without one). */
function distances(lines: readonly LineChange[]): number[] {
  const result = lines.map(() => Number.POSITIVE_INFINITY);
  let last = Number.NEGATIVE_INFINITY;
  lines.forEach((line, i) => {
    if (line.kind !== "same") last = i;
    result[i] = i - last;
  });
  last = Number.POSITIVE_INFINITY;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].kind !== "same") last = i;
    result[i] = Math.min(result[i], last - i);
  }
  return result;
}

/** The rows unfolded again: each line shown, or null for each line a folded row stands for. */
const unfold = (rows: readonly DiffRow[]) =>
  rows.flatMap((row) => (row.kind === "line" ? [row.line] : new Array<null>(row.count).fill(null)));

describe("foldUnchanged", () => {
  it("shows each change with two lines around it and folds the stretches between", () => {
    const lines = [
      ...["a", "b", "c", "d"].map(same),
      { kind: "removed", text: "e" } as const,
      { kind: "added", text: "E" } as const,
      ...["f", "g", "h", "i", "j", "k"].map(same),
    ];
    expect(foldUnchanged(lines, 2)).toEqual([
      { kind: "folded", count: 2 },
      ...lines.slice(2, 8).map((line) => ({ kind: "line", line })),
      { kind: "folded", count: 4 },
    ]);
  });

  it("folds a block without changes into one row, and gives nothing for no lines", () => {
    expect(foldUnchanged(["a", "b", "c"].map(same), 2)).toEqual([{ kind: "folded", count: 3 }]);
    expect(foldUnchanged([], 2)).toEqual([]);
  });

  it("keeps every line, in order: shown where near a change, counted in a fold elsewhere", () => {
    fc.assert(
      fc.property(fc.array(lineChange, { maxLength: 30 }), fc.nat({ max: 4 }), (lines, context) => {
        const rows = foldUnchanged(lines, context);
        const unfolded = unfold(rows);
        expect(unfolded).toHaveLength(lines.length);
        distances(lines).forEach((distance, i) => {
          expect(unfolded[i]).toBe(distance <= context ? lines[i] : null);
        });
      }),
    );
  });

  it("folds each stretch into one row, never two folds in a row, never an empty one", () => {
    fc.assert(
      fc.property(fc.array(lineChange, { maxLength: 30 }), fc.nat({ max: 4 }), (lines, context) => {
        const rows = foldUnchanged(lines, context);
        rows.forEach((row, i) => {
          if (row.kind !== "folded") return;
          expect(row.count).toBeGreaterThan(0);
          expect(rows[i + 1]?.kind).not.toBe("folded");
        });
      }),
    );
  });
});
