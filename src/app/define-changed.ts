import type { Block, NotebookRun, SourceBlock } from "../notebook/index.ts";

/**
 * Brings a notebook's runtime in line with its edited document: blocks no longer compiled are deleted,
 * new ones defined, and only those whose text changed since they were last defined (or `force`) are
 * defined again. `defined` holds each block's text as last defined, and is kept up to date.
 */
export function defineChanged(
  run: Pick<NotebookRun, "handles" | "define" | "redefine" | "delete">,
  compiled: ReadonlyMap<string, Block>,
  blocks: readonly SourceBlock[],
  defined: Map<string, string>,
  prepare: (block: Block) => Block,
  force?: string,
): void {
  for (const id of [...run.handles.keys()])
    if (!compiled.has(id)) {
      run.delete(id);
      defined.delete(id);
    }
  for (const block of blocks) {
    const next = compiled.get(block.id);
    if (!next) continue;
    if (!run.handles.has(block.id)) run.define(prepare(next));
    else if (block.id === force || defined.get(block.id) !== block.text)
      run.redefine(block.id, prepare(next));
    defined.set(block.id, block.text);
  }
}
