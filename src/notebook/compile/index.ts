import { hasTopLevelAwait } from "./awaits.ts";
import type { CellOrigin } from "./errors.ts";
import { parseCell } from "./parse.ts";
import { declarations, references } from "./scope.ts";
import { cellBody } from "./transpile.ts";

export { hasTopLevelAwait } from "./awaits.ts";
export { type CellOrigin, CellSyntaxError } from "./errors.ts";
export { type ParsedCell, parseCell } from "./parse.ts";
export { declarations, references } from "./scope.ts";

/** A cell compiled to the parts the runtime needs; `body` is source text of a function body. */
export interface CompiledCell {
  source: string;
  inputs: string[];
  outputs: string[];
  expression: boolean;
  async: boolean;
  body: string;
}

/**
 * Compiles one cell: what it reads, what it declares, whether it awaits, and the function body
 * that computes it. Throws a `CellSyntaxError` with the file position of the first problem.
 */
export function compileCell(source: string, origin: CellOrigin = { line: 1 }): CompiledCell {
  const parsed = parseCell(source, origin);
  const outputs = parsed.kind === "program" ? declarations(parsed.node) : [];
  const inputs = references(parsed.node, origin);
  const expression = parsed.kind === "expression";
  return {
    source,
    inputs,
    outputs,
    expression,
    async: hasTopLevelAwait(parsed.node),
    body: cellBody(source, expression, outputs),
  };
}

type CellFunction = (...inputs: unknown[]) => unknown;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => CellFunction;

/** Builds a compiled cell's function at run time (used by in-browser compilation). */
export function cellFunction(cell: CompiledCell): CellFunction {
  const Make = cell.async ? AsyncFunction : (Function as unknown as new (...args: string[]) => CellFunction);
  return new Make(...cell.inputs, cell.body);
}

/** The cell's function as source text, for modules generated at build time. */
export function cellFunctionSource(cell: CompiledCell): string {
  return `${cell.async ? "async " : ""}function (${cell.inputs.join(", ")}) {\n${cell.body}\n}`;
}
