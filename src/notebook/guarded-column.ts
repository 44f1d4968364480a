/** Text a loop guard put into a cell: at `column` (0-based) of `line` (1-based) of the cell's own source. */
export interface GuardInsertion {
  line: number;
  column: number;
  length: number;
}

/**
 * The column in the cell's own source of a 1-based `column` on `line` of the guarded code: guards
 * add no lines, but text before a place on its line moves it to the right. A place inside a guard
 * is given as the place the guard stands at.
 */
export function unguardedColumn(inserted: readonly GuardInsertion[], line: number, column: number): number {
  let position = column - 1;
  let shift = 0;
  for (const insertion of inserted) {
    if (insertion.line !== line) continue;
    const start = insertion.column + shift;
    if (position < start) break;
    if (position < start + insertion.length) return insertion.column + 1;
    shift += insertion.length;
  }
  position -= shift;
  return position + 1;
}
