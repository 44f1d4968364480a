/*
 * Where prose joined while editing was two blocks. Markdown has no border between two runs of prose, so
 * a cell moved or deleted from between them leaves one block (settle-document.ts); the editor remembers
 * the seam, so that a cell moved back into that prose lands where it stood and the two blocks are two
 * again, each with its former id. A seam holds only while the joined prose keeps the text it had.
 */
import type { NotebookDocument, SourceBlock } from "../notebook/index.ts";

/** A place in joined prose where a block of its own began: its id, its offset, its blank lines. */
interface Seam {
  id: string;
  offset: number;
  lead: string;
}

/** Where a block that is no block of its own any more went (as settle-document.ts reports it). */
export interface JoinedAt {
  into: string;
  offset: number;
}

/** The seams of joined prose, by the id of the block they are in. */
export interface ProseSeams {
  /** Notes the joins a change made: `before` is the document changed, `after` as settled. */
  record(before: NotebookDocument, after: NotebookDocument, joined: ReadonlyMap<string, JoinedAt>): void;
  /**
   * `document` with block `moving` put into prose `into` at its first (coming from above) or last
   * (coming from below) seam; null when that prose has no seam that still holds.
   */
  split(
    document: NotebookDocument,
    moving: string,
    into: string,
    from: "above" | "below",
  ): NotebookDocument | null;
}

/** An empty record of seams, for one editing session. */
export function proseSeams(): ProseSeams {
  const seams = new Map<string, { text: string; at: Seam[] }>();
  const holding = (block: SourceBlock | undefined) => {
    const kept = block && seams.get(block.id);
    return kept && kept.text === block.text ? kept.at : [];
  };
  return {
    record(before, after, joined) {
      const old = new Map(before.blocks.map((block) => [block.id, block] as const));
      const into = new Map<string, Seam[]>();
      for (const [id, place] of joined) {
        const block = old.get(id);
        if (!block) continue;
        const at = into.get(place.into) ?? [...holding(old.get(place.into))];
        at.push({ id, offset: place.offset, lead: block.lead });
        for (const seam of holding(block)) at.push({ ...seam, offset: seam.offset + place.offset });
        into.set(place.into, at);
        seams.delete(id);
      }
      for (const block of after.blocks) {
        const at = into.get(block.id);
        if (at) seams.set(block.id, { text: block.text, at: at.sort((a, b) => a.offset - b.offset) });
      }
    },
    split(document, moving, intoId, from) {
      const blocks = document.blocks.filter((block) => block.id !== moving);
      const cell = document.blocks.find((block) => block.id === moving);
      const index = blocks.findIndex((block) => block.id === intoId);
      const prose = blocks[index];
      const at = holding(prose);
      const seam = from === "above" ? at[0] : at[at.length - 1];
      if (!cell || !prose || !seam || seam.offset < seam.lead.length) return null;
      if (blocks.some((block) => block.id === seam.id)) return null;
      const head = prose.text.slice(0, seam.offset - seam.lead.length);
      const tail = prose.text.slice(seam.offset);
      if (!head.endsWith("\n") || !tail) return null;
      blocks.splice(
        index,
        1,
        { ...prose, text: head },
        { ...cell, lead: cell.lead || "\n" },
        { kind: "prose", id: seam.id, lead: seam.lead, text: tail },
      );
      seams.set(prose.id, { text: head, at: at.filter((other) => other.offset < seam.offset) });
      seams.set(seam.id, {
        text: tail,
        at: at
          .filter((other) => other.offset > seam.offset)
          .map((other) => ({ ...other, offset: other.offset - seam.offset })),
      });
      return { ...document, blocks };
    },
  };
}
