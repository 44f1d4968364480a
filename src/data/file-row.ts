/**
 * The line of the file a data row came from (1 = the first line, as problems count rows), from a
 * reading's row breaks: pairs (row, line) from which rows follow on line by line. Blank lines and a
 * preamble are what make the two differ.
 */
export function fileRow(rowBreaks: readonly number[], row: number): number {
  if (rowBreaks.length === 0) return row + 2;
  let lo = 0;
  let hi = rowBreaks.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowBreaks[mid * 2] <= row) lo = mid;
    else hi = mid - 1;
  }
  return rowBreaks[lo * 2 + 1] + (row - rowBreaks[lo * 2]);
}
