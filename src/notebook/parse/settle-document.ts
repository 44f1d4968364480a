/*
 * An edited document as it will read back. Markdown has no border between two runs of prose, so after
 * an insert, move or delete two prose blocks side by side are one block once the file is read again;
 * prose emptied by an edit is no block at all; prose given a `js` fence holds a cell. Settling reads
 * the written file again, so the editor shows exactly what a reload will show, and carries each block's
 * id over to the block its text now starts in.
 */
import { type NotebookDocument, type SourceBlock, serialize, uniqueIds } from "./document.ts";
import { parseNotebook } from "./markdown.ts";

/** Where the text of a block that is no block of its own any more went: into `into`, at `offset`. */
export interface Joined {
  into: string;
  /** Offset of the block's text in the content of `into`. */
  offset: number;
}

export interface SettledDocument {
  /** The document as reading its file gives it, with the ids the blocks had. */
  document: NotebookDocument;
  /** Blocks joined to the block before them (prose next to prose), by their former id. */
  joined: Map<string, Joined>;
}

/** Reads an edited document's file back: the blocks a reload will see, each keeping its id where it can. */
export function settleDocument(document: NotebookDocument, file?: string): SettledDocument {
  const fresh = parseNotebook(serialize(document), file).document;
  const placed = placesOf(document.blocks);
  // A fresh block keeps the id of a block of its kind whose text it holds: one that was read from the
  // file before one inserted since (prose added next to prose joins the prose that was there), each once.
  const carried = new Set<string>();
  const kept = fresh.blocks.map((block) => {
    const { start, end } = block.span ?? { start: 0, end: 0 };
    const owners = placed.filter(
      (place) =>
        place.block.kind === block.kind &&
        !carried.has(place.block.id) &&
        place.start < Math.max(end, start + 1) &&
        start < Math.max(place.end, place.start + 1),
    );
    const owner = owners.find((place) => place.block.span) ?? owners[0];
    if (!owner) return null;
    carried.add(owner.block.id);
    return owner.block.id;
  });
  const others = uniqueIds(
    fresh.blocks.filter((_, i) => kept[i] === null).map((block) => block.id),
    carried,
  );
  const blocks = fresh.blocks.map((block, i) => ({ ...block, id: kept[i] ?? (others.shift() as string) }));
  const joined = new Map<string, Joined>();
  for (const place of placed) {
    if (carried.has(place.block.id)) continue;
    const index = blocks.findIndex(
      (block) => block.span && block.span.start <= place.start && place.start < block.span.end,
    );
    const into = blocks[index];
    if (into?.span && into.kind === place.block.kind)
      joined.set(place.block.id, { into: into.id, offset: place.start - into.span.start });
  }
  return { document: { blocks, tail: fresh.tail }, joined };
}

/** Where each block's text starts and ends in the written file. */
function placesOf(blocks: readonly SourceBlock[]): { block: SourceBlock; start: number; end: number }[] {
  let at = 0;
  return blocks.map((block) => {
    const start = at + block.lead.length;
    at = start + block.text.length;
    return { block, start, end: at };
  });
}
