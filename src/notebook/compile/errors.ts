/** A cell that cannot be compiled; `line` and `column` are 1-based positions in the notebook file. */
export class CellSyntaxError extends SyntaxError {
  readonly line: number;
  readonly column: number;
  constructor(reason: string, line: number, column: number) {
    super(`${reason} (${line}:${column})`);
    this.name = "SyntaxError";
    this.line = line;
    this.column = column;
  }
}

/** Position of a cell in its file: the line its code starts on (1-based). */
export interface CellOrigin {
  line: number;
}

/** Turns a position inside the cell (1-based line, 0-based column) into one in the file. */
export function cellError(reason: string, origin: CellOrigin, line: number, column: number): CellSyntaxError {
  return new CellSyntaxError(reason, origin.line + line - 1, column + 1);
}
