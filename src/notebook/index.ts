export type { NotebookDocument, SourceBlock } from "./edited-notebook.ts";
export { elementWidth, inputValue, observe } from "./generators.ts";
export { unguardedColumn } from "./guarded-column.ts";
export type { LoopStoppedText } from "./loop-guard.ts";
export { type CellHandle, type NotebookRun, type RunOptions, runNotebook, type Stdlib } from "./runtime.ts";
export { type StdlibOptions, standardLibrary } from "./standard-library.ts";
export type { Block, CompiledNotebook, NotebookListing } from "./types.ts";
export { withoutRunning } from "./without-running.ts";

/** The editing half of the engine (parser, compiler, write-back), loaded only when a reader edits. */
export const loadEditing = () => import("./edited-notebook.ts");

/** The editing half of the engine, once loaded. */
export type EditingEngine = Awaited<ReturnType<typeof loadEditing>>;
