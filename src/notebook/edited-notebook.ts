/*
 * What the in-browser editor needs of the engine: a notebook file read as blocks, and an edited
 * document compiled into blocks the runtime can (re)define. Kept apart from the reading path, which
 * gets its notebooks compiled at build time.
 */
import { compileDocument, instantiateNotebook } from "./compile-notebook.ts";
import { type LoopStoppedText, loopGuard } from "./loop-guard.ts";
import {
  blockContent,
  chartIdOf,
  chartIdProblem,
  deleteBlock,
  editBlock,
  insertBlock,
  moveBlock,
  type NotebookDocument,
  parseNotebook,
  type SettledDocument,
  type SourceBlock,
  serialize,
  setChartId,
  settleDocument,
} from "./parse/index.ts";
import type { CompiledNotebook } from "./types.ts";

export {
  blockContent,
  chartIdOf,
  chartIdProblem,
  deleteBlock,
  editBlock,
  insertBlock,
  moveBlock,
  type NotebookDocument,
  type SettledDocument,
  type SourceBlock,
  serialize,
  setChartId,
  settleDocument,
};

/** A notebook file as an editable document (blocks with stable ids and their exact bytes). */
export function readDocument(text: string, slug: string): NotebookDocument {
  return parseNotebook(text, `${slug}.md`).document;
}

/**
 * Compiles an edited document into runnable blocks; each keeps the id its document block carries.
 * Its loops are guarded: one that keeps the page busy too long is stopped, and says so in `text`.
 */
export function compileEdited(
  document: NotebookDocument,
  slug: string,
  text?: LoopStoppedText,
): CompiledNotebook {
  return instantiateNotebook(compileDocument(document, slug, { loopGuards: true }), loopGuard({ text }));
}
