import type { LineChange } from "./line-diff.ts";

/** A row of a shown diff: a line, or a run of unchanged lines folded into one. */
export type DiffRow = { kind: "line"; line: LineChange } | { kind: "folded"; count: number };

/**
 * The rows a block's diff is shown as: every removed and added line with up to `context` lines on
 * either side of it; each longer stretch of unchanged lines folded into one row that counts them.
 */
export function foldUnchanged(lines: readonly LineChange[], context: number): DiffRow[] {
  const near = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    for (let i = Math.max(0, index - context); i <= Math.min(lines.length - 1, index + context); i++)
      near[i] = true;
  });
  const rows: DiffRow[] = [];
  let folded = 0;
  const fold = () => {
    if (folded > 0) rows.push({ kind: "folded", count: folded });
    folded = 0;
  };
  lines.forEach((line, index) => {
    if (!near[index]) {
      folded++;
      return;
    }
    fold();
    rows.push({ kind: "line", line });
  });
  fold();
  return rows;
}
