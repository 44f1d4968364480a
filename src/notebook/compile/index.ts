import type { Node } from "acorn";
import { type LoopGuard, loopGuard } from "../loop-guard.ts";
import { hasTopLevelAwait } from "./awaits.ts";
import type { CellOrigin } from "./errors.ts";
import { guardLoops, type LoopGuards } from "./loop-guards.ts";
import { parseCell } from "./parse.ts";
import { declarations, references } from "./scope.ts";
import { cellBody } from "./transpile.ts";
import { viewNames } from "./views.ts";

export { hasTopLevelAwait } from "./awaits.ts";
export { type CellOrigin, CellSyntaxError } from "./errors.ts";
export type { LoopGuards } from "./loop-guards.ts";
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
  /** Present when the body has loop guards: the guard's parameter name and where its checks were put. */
  loopGuard?: LoopGuards;
}

export interface CompileOptions {
  /** Put a loop guard into every loop (as for cells compiled in the browser; see loop-guard.ts). */
  loopGuards?: boolean;
}

/**
 * Compiles one cell: what it reads, what it declares, whether it awaits, and the function body
 * that computes it. Throws a `CellSyntaxError` with the file position of the first problem.
 */
export function compileCell(
  source: string,
  origin: CellOrigin = { line: 1 },
  options: CompileOptions = {},
): CompiledCell {
  const parsed = parseCell(source, origin);
  const outputs = parsed.kind === "program" ? declarations(parsed.node) : [];
  const inputs = references(parsed.node, origin);
  const expression = parsed.kind === "expression";
  const guarded = options.loopGuards ? guardLoops(source, parsed.node) : null;
  return {
    source,
    inputs,
    outputs,
    expression,
    autodisplay: expression && !isDisplayCall(parsed.node),
    async: hasTopLevelAwait(parsed.node),
    views: viewNames(parsed.node),
    body: cellBody(guarded?.source ?? source, expression, outputs),
    ...(guarded && { loopGuard: guarded.guards }),
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

/**
 * Builds a compiled cell's function at run time (used by in-browser compilation). A guarded cell gets
 * `guard` (by default one on the page's clock) as its first parameter, bound: it is still called with
 * its inputs alone, and its code keeps its lines (the parameters share the function's first line).
 */
export function cellFunction(
  cell: Pick<CompiledCell, "inputs" | "body" | "async" | "loopGuard">,
  guard?: LoopGuard,
): CellFunction {
  const Make = cell.async ? AsyncFunction : (Function as unknown as new (...args: string[]) => CellFunction);
  if (!cell.loopGuard) return new Make(...cell.inputs, cell.body);
  return new Make(cell.loopGuard.name, ...cell.inputs, cell.body).bind(undefined, guard ?? loopGuard());
}

/** The cell's function as source text, for modules generated at build time (which have no loop guards). */
export function cellFunctionSource(
  cell: Pick<CompiledCell, "inputs" | "body" | "async" | "loopGuard">,
): string {
  if (cell.loopGuard) throw new Error("a cell with loop guards is built in the browser, not into a module");
  return `${cell.async ? "async " : ""}function (${cell.inputs.join(", ")}) {\n${cell.body}\n}`;
}
