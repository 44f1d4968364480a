import type { Node } from "acorn";
import { simple } from "acorn-walk";

type AnyNode = Node & Record<string, unknown>;

/**
 * Every call of `view(…)` in a cell, in source order, with the name its value is declared as when
 * the call is the whole initialiser of a top-level `const name = view(…)`, else null. The runtime
 * keys the n-th input a cell shows by the n-th name, so that a link names `?bronnen=…`.
 */
export function viewNames(root: Node): (string | null)[] {
  const named = new Map<Node, string>();
  if (root.type === "Program") {
    for (const statement of (root as AnyNode).body as AnyNode[]) {
      if (statement.type !== "VariableDeclaration") continue;
      for (const declarator of statement.declarations as AnyNode[]) {
        const id = declarator.id as AnyNode;
        const init = declarator.init as AnyNode | null;
        if (id.type === "Identifier" && init && isViewCall(init)) named.set(init, id.name as string);
      }
    }
  }
  const calls: Node[] = [];
  simple(root, {
    CallExpression(node) {
      if (isViewCall(node as unknown as AnyNode)) calls.push(node);
    },
  });
  return calls.sort((a, b) => a.start - b.start).map((call) => named.get(call) ?? null);
}

function isViewCall(node: AnyNode): boolean {
  const callee = node.callee as AnyNode | undefined;
  return node.type === "CallExpression" && callee?.type === "Identifier" && callee.name === "view";
}
