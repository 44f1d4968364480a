import type { LoopGuards } from "./compile/index.ts";

/** A notebook's front matter, normalised. Unknown keys are kept in `extra`. */
export interface NotebookMeta {
  slug: string;
  title: string;
  summary: string;
  /** Locators of the sources the notebook draws on (fact-sheet anchors or URLs). */
  sources: string[];
  /** Position on the home page; lower comes first. */
  order: number;
  extra: Record<string, unknown>;
}

/** A heading of the prose, with the anchor it can be linked by. */
export interface Heading {
  level: number;
  text: string;
  anchor: string;
}

/** Start (inclusive) and end (exclusive) offsets of a block in its notebook file. */
export interface Span {
  start: number;
  end: number;
}

/** An inline `${…}` of prose: compiled like an expression cell, or the reason it could not be. */
export type InlineCell =
  | { source: string; inputs: string[]; async: boolean; body: (...inputs: unknown[]) => unknown }
  | { source: string; error: string };

/** Prose rendered to HTML at compile time, with raw HTML in the Markdown disabled. */
export interface ProseBlock {
  kind: "prose";
  /** Stable id of the block (see parse/document.ts). */
  blockId: string;
  span: Span;
  /** Each inline expression's value is shown as text in its `span.inline-cell[data-inline=n]`. */
  html: string;
  inline: InlineCell[];
}

interface CellBase {
  kind: "cell";
  /** Stable id of the block: survives inserting, moving and deleting other blocks. */
  blockId: string;
  span: Span;
  /** `echo` in the info string: the cell's source is shown above its output. */
  echo: boolean;
  /** `run=false` in the info string: the cell is shown as code and never run. */
  run: boolean;
  /** Position among the notebook's cells, from 0. */
  index: number;
  /** The chart id from the info string (`id=...`), for exportable charts. */
  id?: string;
  /** Line in the notebook file where the cell's code starts (1-based). */
  line: number;
  source: string;
}

/** A cell that compiled: the names it reads and declares, and its body as a function of its inputs. */
export interface CompiledCellBlock extends CellBase {
  inputs: string[];
  outputs: string[];
  expression: boolean;
  /** Whether the cell's value is shown: an expression cell that is not itself a `display(…)` call. */
  autodisplay: boolean;
  async: boolean;
  /** For each `view(…)` call, the variable name that keys its input in a link (see input-state.ts). */
  views: (string | null)[];
  body: (...inputs: unknown[]) => unknown;
  /** For a cell compiled in the browser with loop guards: where they stand (see guarded-column.ts). */
  loopGuard?: LoopGuards;
}

/** A cell that did not compile; the message is shown in its place. */
export interface ErrorCellBlock extends CellBase {
  error: string;
}

export type CellBlock = CompiledCellBlock | ErrorCellBlock;
export type Block = ProseBlock | CellBlock;

export interface CompiledNotebook {
  meta: NotebookMeta;
  headings: Heading[];
  blocks: Block[];
}

/** What the home page knows of a notebook without loading it. */
export interface NotebookListing {
  slug: string;
  title: string;
  summary: string;
  sources: string[];
  order: number;
  /** Number of `id=` chart cells. */
  charts: number;
  load(): Promise<{ default: CompiledNotebook }>;
  /** The notebook file's own text, for editing (absent where a notebook has no file). */
  source?(): Promise<{ default: string }>;
}
