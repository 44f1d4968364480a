import { concatRaw } from "./concat-raw.ts";
import type { RawPart } from "./read-part.ts";

/** Joins the parts of one file read side by side, in file order. */
export function mergeParts(first: RawPart, second: RawPart): RawPart {
  const shift = (row: number) => row + first.records;
  const breaks = [...first.rowBreaks];
  for (let i = 0; i < second.rowBreaks.length; i += 2)
    breaks.push(second.rowBreaks[i] + first.rows, shift(second.rowBreaks[i + 1]));
  return {
    columns: first.columns.map((column, j) => concatRaw(column, second.columns[j])),
    rows: first.rows + second.rows,
    records: first.records + second.records,
    rowBreaks: breaks,
    problems: [
      ...first.problems,
      ...second.problems.map((problem) => ({ ...problem, row: shift(problem.row) })),
    ],
    source: second.source,
    retry: first.retry || second.retry ? [...(first.retry ?? []), ...(second.retry ?? [])] : undefined,
  };
}
