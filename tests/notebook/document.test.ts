import { readdirSync, readFileSync } from "node:fs";
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
} from "../../src/notebook/parse/index.ts";

const folders = ["notebooks", "seeds", "tests/fixtures/site-notebooks"];
const files = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => `${dir}/${name}`),
);
const ids = (document: NotebookDocument) => document.blocks.map((block) => block.id);

describe("parse → serialize", () => {
  it("finds the bundled notebooks", () => {
    expect(files.filter((file) => file.startsWith("notebooks/")).length).toBeGreaterThanOrEqual(5);
  });

  for (const file of files) {
    it(`gives back ${file} byte for byte, its blocks tiling the file at their spans`, () => {
      const text = readFileSync(file, "utf8");
      const { document, blocks } = parseNotebook(text, file);
      expect(serialize(document)).toBe(text);
      for (const block of document.blocks)
        expect(text.slice(block.span?.start, block.span?.end)).toBe(block.text);
      // Every cell and prose block the page shows is one block of the document, with the same span.
      for (const block of blocks) {
        const same = document.blocks.find((candidate) => candidate.id === block.blockId);
        expect(same?.span).toEqual(block.span);
        if (block.kind === "code")
          expect(blockContent(same ?? { kind: "code", text: "" })).toBe(block.source);
      }
    });

    it(`changes only the edited cell's span in ${file}`, () => {
      const text = readFileSync(file, "utf8");
      const { document } = parseNotebook(text, file);
      const cell = document.blocks.find((block) => block.kind === "code");
      if (!cell?.span) return expect(document.blocks.some((block) => block.kind === "code")).toBe(false);
      const edited = serialize(editBlock(document, cell.id, "const changed = 1;"));
      const after = text.length - cell.span.end;
      expect(edited.slice(0, cell.span.start)).toBe(text.slice(0, cell.span.start));
      expect(edited.slice(edited.length - after)).toBe(text.slice(cell.span.end));
      const fence = cell.text.split("\n")[0];
      expect(edited.slice(cell.span.start, edited.length - after)).toBe(
        `${fence}\nconst changed = 1;\n\`\`\`\n`,
      );
      // The edited file parses to the same blocks, the edited one with its new code.
      const again = parseNotebook(edited, file);
      expect(again.blocks.filter((block) => block.kind === "code")[0]).toMatchObject({
        source: "const changed = 1;",
      });
    });
  }

  it("keeps Windows line ends, a byte-order mark, an unclosed last fence and a missing final newline", () => {
    for (const text of [
      "---\r\ntitle: A\r\n---\r\n\r\n# Kop\r\n\r\n```js\r\nx\r\n```\r\n\r\nTekst",
      "\uFEFF# Kop\n\n```js\n1 + 1\n```\n",
      "# Kop\n\n```js\nopen(",
      "```js\na\n```\n```js\nb\n```\n\n\n",
      "",
    ]) {
      expect(serialize(parseNotebook(text).document)).toBe(text);
    }
  });

  it("lengthens a fence when the new code holds one", () => {
    const { document } = parseNotebook("```js\nx\n```\n");
    const [cell] = document.blocks;
    const text = serialize(editBlock(document, cell.id, "const md = `\n```\n`;"));
    expect(text).toBe("````js\nconst md = `\n```\n`;\n````\n");
    expect(parseNotebook(text).blocks[0]).toMatchObject({ kind: "code", source: "const md = `\n```\n`;" });
  });
});

describe("block ids", () => {
  const text = readFileSync("notebooks/reaction-times.md", "utf8");
  const { document } = parseNotebook(text);
  const [, firstProse, ...rest] = document.blocks;

  it("are unique, and name chart cells by their chart id", () => {
    expect(new Set(ids(document)).size).toBe(document.blocks.length);
    expect(ids(document)).toContain("chart:share-within-15-minutes");
  });

  it("count duplicates from the top", () => {
    const twice = parseNotebook("```js\nx\n```\n\n```js\nx\n```\n").document;
    expect(ids(twice)).toEqual([twice.blocks[0].id, `${twice.blocks[0].id}~2`]);
  });

  // Each edit is checked twice: on the document in memory, and on the file written and parsed again.
  const keepsOthers = (before: NotebookDocument, after: NotebookDocument, changed: string[]) => {
    const others = ids(before).filter((id) => !changed.includes(id));
    expect(
      ids(after)
        .filter((id) => !changed.includes(id))
        .sort(),
    ).toEqual([...others].sort());
    const reparsed = parseNotebook(serialize(after)).document;
    expect(ids(reparsed)).toEqual(ids(after));
  };

  it("survive inserting a block before them", () => {
    const { document: inserted, id } = insertBlock(document, 1, "code", "const nieuw = 1;");
    expect(ids(inserted)[1]).toBe(id);
    keepsOthers(document, inserted, [id]);
    // Between two cells: prose next to prose would be one block when the file is read again.
    const at = document.blocks.findIndex(
      (block, i) => block.kind === "code" && document.blocks[i - 1]?.kind === "code",
    );
    const prose = insertBlock(document, at, "prose", "Nieuwe alinea.");
    keepsOthers(document, prose.document, [prose.id]);
  });

  it("survive moving a block, which keeps its own id", () => {
    const cell = rest.find((block) => block.kind === "code") ?? rest[0];
    const moved = moveBlock(document, cell.id, document.blocks.length);
    expect(ids(moved).at(-1)).toBe(cell.id);
    keepsOthers(document, moved, []);
    // Prose moved up, between the first two cells (next to prose it would merge with it when read again).
    const between = document.blocks.findIndex(
      (block, i) => block.kind === "code" && document.blocks[i - 1]?.kind === "code",
    );
    const prose = rest.filter((block) => block.kind === "prose").at(-1)?.id ?? "";
    const upward = moveBlock(document, prose, between);
    expect(ids(upward)[between]).toBe(prose);
    keepsOthers(document, upward, []);
    expect(serialize(upward)).toContain(firstProse.text);
  });

  it("survive deleting a block", () => {
    const deleted = deleteBlock(document, rest[0].id);
    expect(ids(deleted)).not.toContain(rest[0].id);
    keepsOthers(document, deleted, [rest[0].id]);
  });

  it("survive editing a block: the edited block keeps its id in memory", () => {
    const edited = editBlock(document, rest[0].id, "const x = 2;");
    expect(ids(edited)).toEqual(ids(document));
  });
});
