/*
 * What the in-browser editor needs of the engine: a notebook file read as blocks, and an edited
 * document compiled into blocks the runtime can (re)define. Kept apart from the reading path, which
 * gets its notebooks compiled at build time.
 */
import { compileDocument, instantiateNotebook } from "./compile-notebook.ts";
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

/** Compiles an edited document into runnable blocks; each keeps the id its document block carries. */
export function compileEdited(document: NotebookDocument, slug: string): CompiledNotebook {
  return instantiateNotebook(compileDocument(document, slug));
}
