import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BlockChange, type DiffBlock, diffBlocks, differs } from "../../src/app/edit-diff.ts";
import { readDocument } from "../../src/notebook/edited-notebook.ts";
import {
  blockContent,
  deleteBlock,
  editBlock,
  insertBlock,
  moveBlock,
  type NotebookDocument,
  serialize,
} from "../../src/notebook/parse/document.ts";

const bundled = (slug: string) =>
  readDocument(readFileSync(new URL(`../../notebooks/${slug}.md`, import.meta.url), "utf8"), slug);

/** The new blocks, read off the diff in its order. */
const afterSide = (changes: BlockChange[]) =>
  changes.flatMap((change) => (change.kind === "deleted" ? [] : [change.after]));
/** The old blocks the diff names, each once (in any order: moved blocks stand at their new place). */
const beforeSide = (changes: BlockChange[]) =>
  changes.flatMap((change) => (change.kind === "added" ? [] : [change.before]));
const idsOf = (changes: BlockChange[], kind: BlockChange["kind"]) =>
  changes
    .filter((change) => change.kind === kind)
    .map((change) => ("after" in change ? change.after.id : change.before.id))
    .sort();

/** What a sequence of edits did, recorded as it was made (independent of the diff). */
interface Log {
  document: NotebookDocument;
  inserted: Set<string>;
  deleted: Set<string>;
  edited: Set<string>;
}

const operation = fc.oneof(
  fc.record({ op: fc.constant("edit"), at: fc.nat(), text: fc.constantFrom("x = 1", "const y = 2;\ny * 3") }),
  fc.record({ op: fc.constant("insert"), at: fc.nat(), text: fc.constantFrom("nieuw", "1 + 1") }),
  fc.record({ op: fc.constant("delete"), at: fc.nat(), text: fc.constant("") }),
  fc.record({ op: fc.constant("move"), at: fc.nat(), text: fc.nat().map(String) }),
);

function apply(start: NotebookDocument, operations: { op: string; at: number; text: string }[]): Log {
  const log: Log = { document: start, inserted: new Set(), deleted: new Set(), edited: new Set() };
  for (const { op, at, text } of operations) {
    const blocks = log.document.blocks.filter((block) => block.kind !== "front-matter");
    if (op === "insert") {
      const kind = text === "nieuw" ? "prose" : "code";
      const made = insertBlock(log.document, 1 + (at % (blocks.length + 1)), kind, text);
      log.document = made.document;
      log.inserted.add(made.id);
      continue;
    }
    if (blocks.length === 0) continue;
    const block = blocks[at % blocks.length];
    if (op === "edit") {
      log.document = editBlock(log.document, block.id, text);
      if (!log.inserted.has(block.id)) log.edited.add(block.id);
    } else if (op === "delete") {
      log.document = deleteBlock(log.document, block.id);
      if (log.inserted.delete(block.id)) continue;
      log.deleted.add(block.id);
      log.edited.delete(block.id);
    } else log.document = moveBlock(log.document, block.id, 1 + (Number(text) % blocks.length));
  }
  return log;
}

describe("diffBlocks", () => {
  it("names exactly the blocks inserted, deleted and edited, and its sides rebuild both notebooks", () => {
    for (const slug of ["doxing", "reaction-times"]) {
      const start = bundled(slug);
      fc.assert(
        fc.property(fc.array(operation, { maxLength: 8 }), (operations) => {
          const log = apply(start, operations);
          const changes = diffBlocks(start.blocks, log.document.blocks);
          expect(afterSide(changes)).toEqual(log.document.blocks);
          const old = beforeSide(changes);
          expect(old.length).toBe(start.blocks.length);
          expect(new Set(old.map((block) => block.id))).toEqual(
            new Set(start.blocks.map((block) => block.id)),
          );
          expect(idsOf(changes, "added")).toEqual([...log.inserted].sort());
          expect(idsOf(changes, "deleted")).toEqual([...log.deleted].sort());
          const changed = changes
            .filter((change) => change.kind === "changed")
            .map((change) => change.after.id);
          const reallyEdited = [...log.edited].filter(
            (id) =>
              start.blocks.find((block) => block.id === id)?.text !==
              log.document.blocks.find((block) => block.id === id)?.text,
          );
          expect(changed.sort()).toEqual(reallyEdited.sort());
          expect(differs(changes)).toBe(serialize(log.document) !== serialize(start));
        }),
        { numRuns: 150 },
      );
    }
  });

  it("gives each changed block a line diff that rebuilds its old and its new text", () => {
    const start = bundled("reaction-times");
    const code = start.blocks.filter((block) => block.kind === "code");
    let edited = editBlock(start, code[0].id, "const a = 1;\nconst b = 2;");
    edited = editBlock(edited, code[2].id, `${code[2].text.split("\n").slice(1, -2).join("\n")}\n// extra`);
    for (const change of diffBlocks(start.blocks, edited.blocks)) {
      if (change.kind !== "changed") continue;
      const side = (kind: string) =>
        change.lines
          .filter((line) => line.kind === "same" || line.kind === kind)
          .map((line) => `${line.text}\n`)
          .join("");
      expect(side("removed")).toBe(change.before.text);
      expect(side("added")).toBe(change.after.text);
    }
  });

  it("after a reload, matches an edited cell that lost its id by its place and calls it changed", () => {
    const start = bundled("doxing");
    const cell = start.blocks.find((block) => block.kind === "code" && block.id.startsWith("js:"));
    if (!cell) throw new Error("doxing has no cell without id=");
    // One line added, saved and read again: the edited cell gets a new id from its new text.
    const content = `${blockContent(cell)}\n// een regel erbij`;
    const reread = readDocument(serialize(editBlock(start, cell.id, content)), "doxing");
    expect(reread.blocks.some((block) => block.id === cell.id)).toBe(false);
    const changes = diffBlocks(start.blocks, reread.blocks);
    expect(changes.map((change) => change.kind).filter((kind) => kind !== "same")).toEqual(["changed"]);
    const changed = changes.find((change) => change.kind === "changed");
    expect(changed?.kind === "changed" && changed.before.id).toBe(cell.id);
  });

  it("calls a cell rewritten from scratch after a reload deleted and added, not changed", () => {
    const start = bundled("doxing");
    const cell = start.blocks.find((block) => block.kind === "code" && block.id.startsWith("js:"));
    if (!cell) throw new Error("doxing has no cell without id=");
    const reread = readDocument(serialize(editBlock(start, cell.id, "const veranderd = 1;")), "doxing");
    const kinds = diffBlocks(start.blocks, reread.blocks).map((change) => change.kind);
    expect(kinds.filter((kind) => kind !== "same")).toEqual(["deleted", "added"]);
  });

  it("matches a one-line cell whose title was edited by its characters", () => {
    const block = (id: string, text: string): DiffBlock => ({ id, kind: "code", text });
    const before = [
      block("js:1", '```js\nPlot.plot({title: "Oude titel", marks: [Plot.barY(rows)]})\n```\n'),
    ];
    const after = [
      block("js:2", '```js\nPlot.plot({title: "Nieuwe titel", marks: [Plot.barY(rows)]})\n```\n'),
    ];
    expect(diffBlocks(before, after).map((change) => change.kind)).toEqual(["changed"]);
  });

  it("tells a deleted block from a changed one in the same gap by their lines", () => {
    const block = (id: string, text: string): DiffBlock => ({ id, kind: "code", text });
    const before = [
      block("chart:a", "a"),
      block("js:1", "```js\nconst x = 1;\nconst y = 2;\n```\n"),
      block("js:2", "```js\nconst p = 1;\nconst q = 2;\n```\n"),
      block("chart:b", "b"),
    ];
    const after = [
      block("chart:a", "a"),
      block("js:3", "```js\nconst p = 1;\nconst q = 3;\n```\n"),
      before[3],
    ];
    expect(diffBlocks(before, after).map((change) => change.kind)).toEqual([
      "same",
      "deleted",
      "changed",
      "same",
    ]);
  });

  it("calls a block moved when it left its place, and nothing else", () => {
    const start = bundled("doxing");
    const last = start.blocks.at(-1);
    if (!last) throw new Error("empty notebook");
    const moved = moveBlock(start, last.id, 1);
    const changes = diffBlocks(start.blocks, moved.blocks);
    expect(
      changes
        .filter((change) => change.kind !== "same")
        .map((change) => ("after" in change ? change.after.id : change.before.id)),
    ).toEqual([last.id]);
    expect(changes.find((change) => change.kind === "moved")?.after.id).toBe(last.id);
  });
});
