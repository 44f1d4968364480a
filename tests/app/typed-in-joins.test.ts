import { describe, expect, it } from "vitest";
import { typedInJoins, typedNotRun } from "../../src/app/typed-in-joins.ts";
import {
  blockContent,
  deleteBlock,
  type NotebookDocument,
  parseNotebook,
  settleDocument,
} from "../../src/notebook/parse/index.ts";

const notebook = ["Eerste alinea.", "", "```js", "const x = 1;", "```", "", "Tweede alinea.", ""].join("\n");

/** The notebook with its cell deleted, settled: the two paragraphs are one block now. */
function joinedByDelete() {
  const before = parseNotebook(notebook, "x.md").document;
  const [first, cell, second] = before.blocks;
  const changed = deleteBlock(before, cell.id);
  const settled = settleDocument(changed, "x.md");
  return { changed, settled, first, second };
}

describe("typedInJoins", () => {
  it("puts what was typed in each part in that part's place, and says where each part now starts", () => {
    const { changed, settled, first, second } = joinedByDelete();
    expect(settled.document.blocks).toHaveLength(1);
    expect(settled.joined.get(second.id)?.into).toBe(first.id);
    const typed = new Map([
      [first.id, "Eerste alinea, langer getypt."],
      [second.id, "Tweede, getypt."],
    ]);
    const kept = typedInJoins(changed, settled.document, settled.joined, typed, blockContent, () => true);
    // Independently: the joined text with each part's shown text swapped for what was typed in it.
    const joinedText = blockContent(settled.document.blocks[0]);
    const gap = joinedText.slice(blockContent(first).length, settled.joined.get(second.id)?.offset);
    expect(kept.contents.get(first.id)).toBe(`${typed.get(first.id)}${gap}${typed.get(second.id)}`);
    expect(kept.joined.get(second.id)).toEqual({
      into: first.id,
      offset: (typed.get(first.id) ?? "").length + gap.length,
    });
    expect(kept.held.get(second.id)).toEqual({ text: second.text, content: typed.get(second.id) });
    expect(kept.held.get(first.id)).toEqual({ text: first.text, content: typed.get(first.id) });
  });

  it("keeps a part's shown text when only the other part was typed in", () => {
    const { changed, settled, first, second } = joinedByDelete();
    const typed = new Map([[second.id, "Nieuw."]]);
    const kept = typedInJoins(changed, settled.document, settled.joined, typed, blockContent, () => true);
    expect(kept.contents.get(first.id)?.startsWith(blockContent(first))).toBe(true);
    expect(kept.contents.get(first.id)?.endsWith("Nieuw.")).toBe(true);
    expect([...kept.held.keys()]).toEqual([second.id]);
  });

  it("changes nothing when nothing was typed, or the joined prose has no editor", () => {
    const { changed, settled, first } = joinedByDelete();
    const none = typedInJoins(changed, settled.document, settled.joined, new Map(), blockContent, () => true);
    expect(none.contents.size).toBe(0);
    expect(none.joined).toEqual(settled.joined);
    const typed = new Map([[first.id, "x"]]);
    const unseen = typedInJoins(changed, settled.document, settled.joined, typed, blockContent, () => false);
    expect(unseen.contents.size).toBe(0);
  });
});

describe("typedNotRun", () => {
  it("is each editor whose content differs from its block's text as last shown", () => {
    const document: NotebookDocument = parseNotebook(notebook, "x.md").document;
    const [prose, cell] = document.blocks;
    const shown = new Map(document.blocks.map((block) => [block.id, block.text]));
    const editor = (kind: "code" | "prose", content: string) => ({ kind, content: () => content });
    const editors = new Map([
      [prose.id, editor("prose", blockContent(prose))],
      [cell.id, editor("code", "const x = 2;")],
      ["nieuw", editor("prose", "not shown yet")],
    ]);
    expect(typedNotRun(editors, shown, blockContent)).toEqual(new Map([[cell.id, "const x = 2;"]]));
  });
});
