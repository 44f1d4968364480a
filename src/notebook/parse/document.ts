/*
 * A notebook as editable source: the file cut into blocks that tile it exactly.
 *
 * Every byte of a notebook file belongs to one block or to the blank lines between blocks: the
 * front matter, each prose run (the Markdown between two `js` fences) and each `js` fence. A block
 * keeps its own text, the blank lines before it (`lead`, which move with it) and the span it came
 * from. Writing the notebook back is joining leads and texts, so a block nobody edited keeps its
 * exact bytes and an edited one changes only its own span.
 *
 * Ids. A block's id is given once, when the file is parsed, and travels with the block through
 * edits: moving a block keeps it, inserting one gives only the new block a new id, deleting one
 * takes only its id away. The id is derived from the block, not from its position, so parsing the
 * written-back file gives the untouched blocks the same ids again: `chart:<id>` for a cell with an
 * `id=`, otherwise a hash of the block's text (`js:<hash>`, `md:<hash>`); a second block with the
 * same text gets `~2`, a third `~3`, counted from the top. Only inserting an exact copy of a block
 * above it shifts that counter — two identical blocks are interchangeable anyway. An edited block
 * would get a new id from its new text; `compileDocument` (compile-notebook.ts) keeps the id it has.
 *
 * Markdown has no border between two paragraphs of prose: two prose blocks put next to each other
 * are one block when the file is read again (an editor should join them).
 */
import { shortHash } from "../../data/index.ts";

export type SourceBlockKind = "front-matter" | "prose" | "code";

/** Start (inclusive) and end (exclusive) offsets in the file's text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** One block of a notebook file. */
export interface SourceBlock {
  kind: SourceBlockKind;
  /** Stable id (see the top of this file). */
  id: string;
  /** Blank lines before the block; they move with it. */
  lead: string;
  /** The block's own bytes: the fence lines and code of a cell, the Markdown of prose. */
  text: string;
  /** Where `text` stood in the file it was parsed from; absent for a block inserted since. */
  span?: Span;
}

/** A notebook file as blocks; `tail` holds the blank lines after the last block. */
export interface NotebookDocument {
  blocks: SourceBlock[];
  tail: string;
}

/** Writes a notebook document back to Markdown: unedited blocks keep their exact bytes. */
export function serialize(document: NotebookDocument): string {
  return document.blocks.map((block) => block.lead + block.text).join("") + document.tail;
}

/** A block's content without fence lines: a cell's code, the prose's Markdown, the YAML. */
export function blockContent(block: Pick<SourceBlock, "kind" | "text">): string {
  if (block.kind === "prose") return block.text.replace(/\n$/, "");
  const lines = block.text.replace(/\n$/, "").split("\n");
  if (block.kind === "front-matter") return lines.slice(1, -1).join("\n");
  const open = fenceOf(lines[0]);
  const closed = lines.length > 1 && isClosingFence(lines[lines.length - 1], open);
  return lines.slice(1, closed ? -1 : undefined).join("\n");
}

/** The base of a block's id, before a counter is added for duplicates. */
export function baseId(kind: SourceBlockKind, text: string, chartId?: string): string {
  if (kind === "front-matter") return "front-matter";
  if (chartId) return `chart:${chartId}`;
  return `${kind === "code" ? "js" : "md"}:${shortHash(blockContent({ kind, text }))}`;
}

/** Gives each base id a counter after its first use, in order: `js:1a2b3c4d`, `js:1a2b3c4d~2`. */
export function uniqueIds(bases: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return bases.map((base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    return id;
  });
}

/** Replaces a block's content; a cell keeps its fence and info string, and its id. */
export function editBlock(document: NotebookDocument, id: string, content: string): NotebookDocument {
  return {
    ...document,
    blocks: document.blocks.map((block) =>
      block.id === id ? { ...block, text: withContent(block, content) } : block,
    ),
  };
}

/**
 * Inserts a new block at `index` (0 = first) and gives it a fresh id. A code block's `text` is its
 * code, wrapped here in a `js` fence with the given info attributes (`id=my-chart`).
 */
export function insertBlock(
  document: NotebookDocument,
  index: number,
  kind: "prose" | "code",
  content: string,
  info = "",
): { document: NotebookDocument; id: string } {
  const text =
    kind === "code"
      ? withContent({ kind, text: `\`\`\`js${info ? ` ${info}` : ""}\n\`\`\`\n` }, content)
      : `${content.replace(/\n*$/, "")}\n`;
  const chartId = kind === "code" ? /(?:^|\s)id=(\S+)/.exec(info)?.[1] : undefined;
  const [id] = uniqueIds([baseId(kind, text, chartId)], new Set(document.blocks.map((block) => block.id)));
  const blocks = [...document.blocks];
  const at = Math.max(firstMovable(blocks), Math.min(index, blocks.length));
  blocks.splice(at, 0, { kind, id, lead: at === 0 ? "" : "\n", text });
  return { document: { ...document, blocks }, id };
}

/** Moves a block to `index` in the list without it; its text and blank lines go with it. */
export function moveBlock(document: NotebookDocument, id: string, index: number): NotebookDocument {
  const blocks = document.blocks.filter((block) => block.id !== id);
  const block = document.blocks.find((candidate) => candidate.id === id);
  if (!block || block.kind === "front-matter") return document;
  const at = Math.max(firstMovable(blocks), Math.min(index, blocks.length));
  blocks.splice(at, 0, { ...block, lead: block.lead || "\n" });
  return { ...document, blocks };
}

/** Deletes a block and the blank lines before it. */
export function deleteBlock(document: NotebookDocument, id: string): NotebookDocument {
  return { ...document, blocks: document.blocks.filter((block) => block.id !== id) };
}

// Nothing goes above the front matter.
function firstMovable(blocks: readonly SourceBlock[]): number {
  return blocks[0]?.kind === "front-matter" ? 1 : 0;
}

function withContent(block: Pick<SourceBlock, "kind" | "text">, content: string): string {
  const body = content.replace(/\n$/, "");
  if (block.kind === "prose") return `${body}\n`;
  const lines = block.text.replace(/\n$/, "").split("\n");
  if (block.kind === "front-matter") return `${lines[0]}\n${body}\n${lines[lines.length - 1]}\n`;
  let open = lines[0];
  let close = lines.length > 1 ? lines[lines.length - 1] : "";
  let fence = fenceOf(open);
  // Code holding a fence as long as this one would end the block early: lengthen the fence.
  const longest = Math.max(
    0,
    ...[...body.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)].map((match) => match[1].length),
  );
  if (longest >= fence.length) {
    const longer = fence[0].repeat(longest + 1);
    open = open.replace(fence, longer);
    fence = longer;
    close = "";
  }
  if (!isClosingFence(close, fence)) close = fence;
  return `${open}\n${body ? `${body}\n` : ""}${close}\n`;
}

function fenceOf(line: string): string {
  return /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? "```";
}

function isClosingFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return !!match && match[1][0] === fence[0] && match[1].length >= fence.length;
}
