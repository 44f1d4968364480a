import type { Node } from "acorn";
import { ancestor } from "acorn-walk";

const functionTypes = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/** True when the cell awaits at its top level (not inside a function of its own). */
export function hasTopLevelAwait(root: Node): boolean {
  let found = false;
  const check = (_node: Node, _state: unknown, ancestors: Node[]) => {
    if (!found && !ancestors.slice(0, -1).some((a) => functionTypes.has(a.type))) found = true;
  };
  ancestor(root, {
    AwaitExpression: check,
    ForOfStatement(node, state, ancestors) {
      if ((node as Node & { await?: boolean }).await) check(node, state, ancestors);
    },
  });
  return found;
}
