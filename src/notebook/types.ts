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

/** Prose rendered to HTML at compile time, with raw HTML in the Markdown disabled. */
export interface ProseBlock {
  kind: "prose";
  html: string;
}

interface CellBase {
  kind: "cell";
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
  /** An expression cell displays its value. */
  expression: boolean;
  async: boolean;
  body: (...inputs: unknown[]) => unknown;
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
}
