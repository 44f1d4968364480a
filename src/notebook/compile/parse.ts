import { type Expression, type Options, type Program, parse, parseExpressionAt, tokenizer } from "acorn";
import { type CellOrigin, cellError } from "./errors.ts";

const options: Options = {
  ecmaVersion: "latest",
  sourceType: "module",
  allowAwaitOutsideFunction: true,
  locations: true,
};

/** A parsed cell: an expression (whose value is displayed) or a program of statements. */
export type ParsedCell = { kind: "expression"; node: Expression } | { kind: "program"; node: Program };

/**
 * Parses a cell as Observable does: if the whole cell is one expression it is an expression cell,
 * otherwise a program. `{…}` alone is read as an object literal, not a block.
 */
export function parseCell(source: string, origin: CellOrigin = { line: 1 }): ParsedCell {
  const expression = tryExpression(source);
  if (expression) return { kind: "expression", node: expression };
  try {
    return { kind: "program", node: parse(source, options) };
  } catch (error) {
    throw asCellError(error, origin);
  }
}

function tryExpression(source: string): Expression | null {
  let node: Expression;
  try {
    node = parseExpressionAt(source, 0, options);
  } catch {
    return null;
  }
  return onlyTriviaAfter(source, node.end) ? node : null;
}

/** True when nothing but whitespace and comments follows `position`. */
function onlyTriviaAfter(source: string, position: number): boolean {
  try {
    const rest = tokenizer(source.slice(position), options);
    return rest.getToken().type.label === "eof";
  } catch {
    return false;
  }
}

function asCellError(error: unknown, origin: CellOrigin): Error {
  if (error instanceof SyntaxError && "loc" in error) {
    const { line, column } = (error as SyntaxError & { loc: { line: number; column: number } }).loc;
    const reason = error.message.replace(/\s*\(\d+:\d+\)$/, "");
    return cellError(reason, origin, line, column);
  }
  return error instanceof Error ? error : new Error(String(error));
}
