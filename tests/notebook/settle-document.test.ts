import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  blockContent,
  deleteBlock,
  editBlock,
  insertBlock,
  moveBlock,
  type NotebookDocument,
  parseNotebook,
  serialize,
  settleDocument,
} from "../../src/notebook/parse/index.ts";

const kinds = (document: NotebookDocument) => document.blocks.map((block) => block.kind);
const ids = (document: NotebookDocument) => document.blocks.map((block) => block.id);

/** Settling must give what reading the written file gives, block for block (ids aside). */
function expectReadsBack(settled: NotebookDocument): void {
  const text = serialize(settled);
  const again = parseNotebook(text).document;
  expect(kinds(settled)).toEqual(kinds(again));
  expect(settled.blocks.map((block) => block.text)).toEqual(again.blocks.map((block) => block.text));
  expect(serialize(again)).toBe(text);
}

// Synthetic notebook: prose, a cell, prose, a cell, prose.
const text =
  "---\ntitle: T\n---\n\nEerste alinea.\n\n```js\nconst a = 1;\n```\n\nTweede alinea.\n\n```js id=grafiek\na * 2\n```\n\nDerde alinea.\n";
const { document } = parseNotebook(text);
const [, first, cell, second, chart, third] = document.blocks;

describe("settleDocument", () => {
  it("leaves a document that reads back as it is unchanged, ids and all", () => {
    const { document: settled, joined } = settleDocument(document);
    expect(settled).toEqual(document);
    expect(joined.size).toBe(0);
  });

  it("joins prose put next to prose by a delete, keeping the first block's id", () => {
    const deleted = deleteBlock(document, cell.id);
    // Unsettled, the document says two prose blocks; the file says one.
    expect(kinds(parseNotebook(serialize(deleted)).document)).not.toEqual(kinds(deleted));
    const { document: settled, joined } = settleDocument(deleted);
    expectReadsBack(settled);
    expect(ids(settled)).toEqual(["front-matter", first.id, chart.id, third.id]);
    expect(blockContent(settled.blocks[1])).toBe("Eerste alinea.\n\nTweede alinea.");
    // The second prose block's text is now in the first, where the editor can select it.
    const into = joined.get(second.id);
    expect(into?.into).toBe(first.id);
    const content = blockContent(settled.blocks[1]);
    expect(content.slice(into?.offset, (into?.offset ?? 0) + blockContent(second).length)).toBe(
      blockContent(second),
    );
  });

  it("joins prose put next to prose by a move or an insert", () => {
    const moved = settleDocument(moveBlock(document, chart.id, 1)).document;
    expectReadsBack(moved);
    expect(kinds(moved)).toEqual(["front-matter", "code", "prose", "code", "prose"]);
    expect(blockContent(moved.blocks[4])).toBe("Tweede alinea.\n\nDerde alinea.");
    expect(moved.blocks[4].id).toBe(second.id);

    const inserted = insertBlock(document, 2, "prose", "Nieuwe alinea.");
    const { document: settled, joined } = settleDocument(inserted.document);
    expectReadsBack(settled);
    expect(ids(settled)).toEqual(ids(document));
    expect(blockContent(settled.blocks[1])).toBe("Eerste alinea.\n\nNieuwe alinea.");
    expect(joined.get(inserted.id)).toEqual({ into: first.id, offset: "Eerste alinea.\n\n".length });

    // Added above, the new text joins the prose that was there, which keeps its id.
    const above = insertBlock(document, 1, "prose", "Nieuwe alinea.");
    const top = settleDocument(above.document);
    expectReadsBack(top.document);
    expect(ids(top.document)).toEqual(ids(document));
    expect(blockContent(top.document.blocks[1])).toBe("Nieuwe alinea.\n\nEerste alinea.");
    expect(top.joined.get(above.id)).toEqual({ into: first.id, offset: 0 });
  });

  it("keeps ids of blocks that were only moved or edited, and gives an inserted cell its own", () => {
    const inserted = insertBlock(document, 2, "code", "const b = 2;");
    const edited = editBlock(inserted.document, chart.id, "a * 3");
    const { document: settled } = settleDocument(moveBlock(edited, inserted.id, 6));
    expectReadsBack(settled);
    expect(ids(settled)).toEqual([
      "front-matter",
      first.id,
      cell.id,
      second.id,
      chart.id,
      third.id,
      inserted.id,
    ]);
    expect(blockContent(settled.blocks[4])).toBe("a * 3");
  });

  it("drops prose emptied by an edit", () => {
    const { document: settled, joined } = settleDocument(editBlock(document, second.id, "   \n"));
    expectReadsBack(settled);
    expect(ids(settled)).toEqual(["front-matter", first.id, cell.id, chart.id, third.id]);
    expect(joined.has(second.id)).toBe(false);
  });

  it("splits prose given a js fence into prose, a cell and prose, the first keeping its id", () => {
    const { document: settled } = settleDocument(
      editBlock(document, second.id, "Voor.\n\n```js\nconst c = 3;\n```\n\nNa."),
    );
    expectReadsBack(settled);
    expect(kinds(settled)).toEqual([
      "front-matter",
      "prose",
      "code",
      "prose",
      "code",
      "prose",
      "code",
      "prose",
    ]);
    expect(settled.blocks[3].id).toBe(second.id);
    expect(new Set(ids(settled)).size).toBe(settled.blocks.length);
    expect(blockContent(settled.blocks[4])).toBe("const c = 3;");
  });

  it("keeps every bundled notebook as it is", () => {
    for (const slug of ["reaction-times", "doxing", "budget-gaps"]) {
      const bundled = parseNotebook(readFileSync(`notebooks/${slug}.md`, "utf8")).document;
      expect(settleDocument(bundled).document).toEqual(bundled);
    }
  });
});
