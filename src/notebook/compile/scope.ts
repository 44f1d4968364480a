import type { Node, Pattern } from "acorn";
import { ancestor } from "acorn-walk";
import { type CellOrigin, cellError } from "./errors.ts";

type AnyNode = Node & Record<string, unknown>;

/** Names of the language and the browser that a cell uses directly, never as notebook inputs. */
const ambient = new Set(
  (
    "Array ArrayBuffer BigInt Boolean DataView Date Error EvalError Float32Array Float64Array Function Infinity " +
    "Int8Array Int16Array Int32Array Intl JSON Map Math NaN Number Object Promise Proxy RangeError ReferenceError " +
    "Reflect RegExp Set String Symbol SyntaxError TypeError URIError URL URLSearchParams Uint8Array " +
    "Uint8ClampedArray Uint16Array Uint32Array WeakMap WeakSet console decodeURI decodeURIComponent encodeURI " +
    "encodeURIComponent globalThis isFinite isNaN parseFloat parseInt undefined window document navigator " +
    "fetch setTimeout clearTimeout setInterval clearInterval requestAnimationFrame cancelAnimationFrame " +
    "structuredClone queueMicrotask Blob File FileReader TextDecoder TextEncoder AbortController Event " +
    "CustomEvent arguments"
  ).split(" "),
);

/** Collects the names a pattern binds (`a`, `{b, c: [d]}`, `...e`). */
export function patternNames(pattern: Pattern, into: string[] = []): string[] {
  switch (pattern.type) {
    case "Identifier":
      into.push(pattern.name);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties) {
        patternNames(property.type === "RestElement" ? property.argument : property.value, into);
      }
      break;
    case "ArrayPattern":
      for (const element of pattern.elements) if (element) patternNames(element, into);
      break;
    case "RestElement":
      patternNames(pattern.argument, into);
      break;
    case "AssignmentPattern":
      patternNames(pattern.left, into);
      break;
    default:
      break;
  }
  return into;
}

/** The names a cell's top level declares: these become the cell's outputs, in source order. */
export function declarations(program: Node): string[] {
  const names: string[] = [];
  for (const statement of (program as AnyNode).body as AnyNode[]) {
    names.push(...declaredBy(statement, true));
  }
  return [...new Set(names)];
}

/** Names one statement declares in the scope it stands in. `withVar` also counts `var`. */
function declaredBy(statement: AnyNode, withVar: boolean): string[] {
  switch (statement.type) {
    case "VariableDeclaration": {
      const kind = statement.kind as string;
      if (kind === "var" && !withVar) return [];
      return (statement.declarations as AnyNode[]).flatMap((d) => patternNames(d.id as Pattern));
    }
    case "FunctionDeclaration":
    case "ClassDeclaration":
      return statement.id ? [(statement.id as AnyNode).name as string] : [];
    default:
      return [];
  }
}

const functionTypes = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/** `var` declarations inside a function body (or program), skipping nested functions. */
function hoistedVars(root: AnyNode): string[] {
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const current = node as AnyNode;
    if (typeof current.type !== "string") return;
    if (current !== root && functionTypes.has(current.type)) return;
    if (current.type === "VariableDeclaration" && current.kind === "var") {
      for (const d of current.declarations as AnyNode[]) names.push(...patternNames(d.id as Pattern));
    }
    for (const key of Object.keys(current)) if (key !== "loc") visit(current[key]);
  };
  visit(root.type === "Program" ? root.body : root.body);
  return names;
}

/** Names bound by a node that opens a scope; empty for nodes that do not. */
function scopeNames(node: AnyNode): string[] {
  switch (node.type) {
    case "Program":
      return [...(node.body as AnyNode[]).flatMap((s) => declaredBy(s, false)), ...hoistedVars(node)];
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression": {
      const names = (node.params as Pattern[]).flatMap((p) => patternNames(p));
      if (node.type === "FunctionExpression" && node.id) names.push((node.id as AnyNode).name as string);
      if ((node.body as AnyNode).type === "BlockStatement") names.push(...hoistedVars(node));
      return names;
    }
    case "ClassExpression":
      return node.id ? [(node.id as AnyNode).name as string] : [];
    case "BlockStatement":
    case "StaticBlock":
      return (node.body as AnyNode[]).flatMap((s) => declaredBy(s, false));
    case "SwitchStatement":
      return (node.cases as AnyNode[]).flatMap((c) =>
        (c.consequent as AnyNode[]).flatMap((s) => declaredBy(s, false)),
      );
    case "ForStatement":
      return node.init ? declaredBy(node.init as AnyNode, false) : [];
    case "ForInStatement":
    case "ForOfStatement":
      return declaredBy(node.left as AnyNode, false);
    case "CatchClause":
      return node.param ? patternNames(node.param as Pattern) : [];
    default:
      return [];
  }
}

/**
 * The free names a cell reads: every identifier not bound inside the cell, in first-use order.
 * These become the cell's inputs. Assigning to a free name is an error, as in Observable: a cell
 * cannot change another cell's value.
 */
export function references(root: Node, origin: CellOrigin = { line: 1 }): string[] {
  const cache = new Map<AnyNode, Set<string>>();
  const bound = (name: string, ancestors: AnyNode[]): boolean => {
    for (let i = ancestors.length - 2; i >= 0; i--) {
      const node = ancestors[i];
      let names = cache.get(node);
      if (!names) {
        names = new Set(scopeNames(node));
        cache.set(node, names);
      }
      if (names.has(name)) return true;
    }
    return false;
  };
  const found: string[] = [];
  const use = (node: AnyNode, ancestors: AnyNode[]) => {
    const name = node.name as string;
    if (!bound(name, ancestors) && !ambient.has(name) && !found.includes(name)) found.push(name);
  };
  const visitors: Record<string, (node: Node, state: unknown, ancestors: Node[]) => void> = {
    Identifier(node, _state, ancestors) {
      const chain = ancestors as unknown as AnyNode[];
      const parent = chain[chain.length - 2];
      const name = (node as unknown as AnyNode).name as string;
      if (parent?.type === "UpdateExpression" && !bound(name, chain)) {
        const { line, column } = startOf(node as unknown as AnyNode);
        throw cellError(`Assignment to external variable '${name}'`, origin, line, column);
      }
      use(node as AnyNode, chain);
    },
    VariablePattern(node, _state, ancestors) {
      const chain = ancestors as unknown as AnyNode[];
      if (!isAssignmentTarget(chain)) return;
      const name = (node as unknown as AnyNode).name as string;
      if (!bound(name, chain)) {
        const { line, column } = startOf(node as unknown as AnyNode);
        throw cellError(`Assignment to external variable '${name}'`, origin, line, column);
      }
    },
  };
  ancestor(root, visitors as never);
  return found;
}

/** True when the pattern being visited is the target of an assignment rather than a declaration. */
function isAssignmentTarget(ancestors: AnyNode[]): boolean {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const type = ancestors[i].type;
    if (type === "AssignmentExpression" || type === "ForInStatement" || type === "ForOfStatement")
      return true;
    if (
      type === "VariableDeclarator" ||
      type === "CatchClause" ||
      type === "ClassDeclaration" ||
      type === "ClassExpression" ||
      functionTypes.has(type)
    ) {
      return false;
    }
  }
  return false;
}

function startOf(node: AnyNode): { line: number; column: number } {
  return (node.loc as { start: { line: number; column: number } }).start;
}
