import type { Block, CompiledNotebook } from "./types.ts";

/**
 * A notebook to look at, not to run (one opened from a file the reader has not yet trusted): every cell
 * is shown as its code (`run=false`), and every inline `${…}` of the prose as its own source text. No
 * function of the notebook is ever called; the placeholders are functions made here.
 */
export function withoutRunning(notebook: CompiledNotebook): CompiledNotebook {
  return { ...notebook, blocks: notebook.blocks.map(notRun) };
}

function notRun(block: Block): Block {
  // A cell that did not compile shows its message, which is text; one that did keeps no body to call.
  if (block.kind === "cell")
    return "error" in block ? { ...block, run: false } : { ...block, run: false, body: () => undefined };
  return {
    ...block,
    inline: block.inline.map(({ source }) => {
      const shown = `\${${source}}`;
      return { source, inputs: [], async: false, body: () => shown };
    }),
  };
}
