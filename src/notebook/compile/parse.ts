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
  if (expression && !declaresByName(source, expression)) return { kind: "expression", node: expression };
  let program: Program;
  try {
    program = parse(source, options);
  } catch (error) {
    throw asCellError(error, origin);
  }
  // A cell is a script, not a module: `import` and `export` are errors in the cell, not in the build.
  for (const statement of program.body) {
    if (/^(Import|Export\w*)Declaration$/.test(statement.type)) {
      const what = statement.type === "ImportDeclaration" ? "import" : "export";
      const { line, column } = statement.loc?.start ?? { line: 1, column: 0 };
      const hint = what === "import" ? "; the standard library's names are in scope" : "";
      throw cellError(`${what} is not allowed in a cell${hint}`, origin, line, column);
    }
  }
  return { kind: "program", node: program };
}

/**
 * `function f() {}` and `class K {}` alone read as expressions too, but people mean a declaration:
 * the cell declares `f` or `K`, as in Observable Framework. A parenthesised one stays an expression.
 */
function declaresByName(source: string, node: Expression): boolean {
  if (node.type !== "FunctionExpression" && node.type !== "ClassExpression") return false;
  if (!node.id) return false;
  return /^(?:async\s+)?(?:function|class)\b/.test(source.slice(firstTokenStart(source)));
}

function firstTokenStart(source: string): number {
  try {
    return tokenizer(source, options).getToken().start;
  } catch {
    return 0;
  }
}

function tryExpression(source: string): Expression | null {
  let node: Expression;
  try {
    // Parentheses kept, so that `(x)` or `(function f() {})` ends where the cell ends.
    node = parseExpressionAt(source, 0, { ...options, preserveParens: true });
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
