import type { Node } from "acorn";
import { simple } from "acorn-walk";
import type { GuardInsertion } from "../guarded-column.ts";

type AnyNode = Node & { body: Node; loc?: { start: { line: number; column: number } } | null };

/** Loop guards put into a cell: the name the guard goes by, and where its checks were put. */
export interface LoopGuards {
  name: string;
  /** In source order; a cell's positions move only on the lines named here. */
  inserted: GuardInsertion[];
}

const loopTypes = ["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"];

/**
 * Puts a loop guard's check first in the body of every loop of a cell (in functions the cell declares
 * too), so that every turn of a loop — a `continue` to a label as well — passes it: a countdown, and
 * when it runs out a call with the loop's line, `if (--name.turn.budget < 1) name.check(line);`.
 * A body that is not a block becomes one. Nothing is put on a line of its own: the cell's lines stay
 * where they were. The name is one the cell does not use.
 */
export function guardLoops(source: string, root: Node): { source: string; guards: LoopGuards } | null {
  const loops: AnyNode[] = [];
  const visitors = Object.fromEntries(
    loopTypes.map((type) => [type, (node: Node) => loops.push(node as AnyNode)]),
  );
  simple(root, visitors);
  if (loops.length === 0) return null;
  let name = "loopGuard$";
  while (source.includes(name)) name += "$";
  const edits: { at: number; text: string }[] = [];
  for (const loop of loops) {
    const call = `if (--${name}.turn.budget < 1) ${name}.check(${loop.loc?.start.line ?? 1});`;
    const body = loop.body;
    if (body.type === "BlockStatement") edits.push({ at: body.start + 1, text: call });
    else edits.push({ at: body.start, text: `{${call}` }, { at: body.end, text: "}" });
  }
  edits.sort((a, b) => a.at - b.at);
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const inserted: GuardInsertion[] = [];
  let guarded = "";
  let from = 0;
  for (const { at, text } of edits) {
    guarded += source.slice(from, at) + text;
    from = at;
    let line = lineStarts.length;
    while (lineStarts[line - 1] > at) line--;
    inserted.push({ line, column: at - lineStarts[line - 1], length: text.length });
  }
  guarded += source.slice(from);
  return { source: guarded, guards: { name, inserted } };
}
