import type { Node } from "acorn";
import { hasTopLevelAwait } from "./awaits.ts";
import type { CellOrigin } from "./errors.ts";
import { parseCell } from "./parse.ts";
import { declarations, references } from "./scope.ts";
import { cellBody } from "./transpile.ts";
import { viewNames } from "./views.ts";

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
  /** Whether the runtime shows the cell's value: an expression cell that is not itself `display(…)`. */
  autodisplay: boolean;
  async: boolean;
  /** For each `view(…)` call in source order, the name it is declared as (or null): its link key. */
  views: (string | null)[];
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
    autodisplay: expression && !isDisplayCall(parsed.node),
    async: hasTopLevelAwait(parsed.node),
    views: viewNames(parsed.node),
    body: cellBody(source, expression, outputs),
  };
}

// `display(x)` as a whole cell shows x once: by the call, not again as the cell's value.
function isDisplayCall(node: Node): boolean {
  const call = node as Node & { callee?: Node & { name?: string } };
  return (
    node.type === "CallExpression" && call.callee?.type === "Identifier" && call.callee.name === "display"
  );
}

type CellFunction = (...inputs: unknown[]) => unknown;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => CellFunction;

/** Builds a compiled cell's function at run time (used by in-browser compilation). */
export function cellFunction(cell: Pick<CompiledCell, "inputs" | "body" | "async">): CellFunction {
  const Make = cell.async ? AsyncFunction : (Function as unknown as new (...args: string[]) => CellFunction);
  return new Make(...cell.inputs, cell.body);
}

/** The cell's function as source text, for modules generated at build time. */
export function cellFunctionSource(cell: Pick<CompiledCell, "inputs" | "body" | "async">): string {
  return `${cell.async ? "async " : ""}function (${cell.inputs.join(", ")}) {\n${cell.body}\n}`;
}
