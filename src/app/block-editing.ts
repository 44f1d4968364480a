/*
 * Editing a notebook block by block: every change — a block run, added, moved or deleted — is made to
 * the document, settled (read back as a reload will read it: prose next to prose is one block), saved,
 * and only then shown: the runtime defines, redefines or deletes just the blocks that changed, and the
 * page is put in the document's order. A deleted block can be brought back from the toast.
 */
import type { Block, EditingEngine, NotebookDocument, NotebookRun, SourceBlock } from "../notebook/index.ts";
import type { BlockAction } from "./block-controls.ts";
import { type BlockEditor, blockEditor } from "./block-editor.ts";
import { blockStrings } from "./block-strings.ts";
import { defineChanged } from "./define-changed.ts";
import { h } from "./dom.ts";
import type { Locale, Strings } from "./i18n.ts";
import { type JoinedAt, proseSeams } from "./prose-seams.ts";
import type { Toaster } from "./toast.ts";
import { typedInJoins, typedNotRun } from "./typed-in-joins.ts";
import { showUndoToast } from "./undo-toast.ts";

type Engine = EditingEngine;

export interface BlockEditingOptions {
  engine: Engine;
  slug: string;
  locale: Locale;
  strings: Strings;
  /** The notebook's text as the page shows it. */
  text: string;
  body: HTMLElement;
  run: NotebookRun;
  /** Keeps the notebook's text; a change is shown only once it resolves. */
  save(text: string): Promise<void>;
  /** Called after each save, with the document saved. */
  onSaved(document: NotebookDocument): void;
  /** Turns a compiled block into the block the runtime gets (errors placed in the cell). */
  prepare(block: Block): Block;
  /** Where a deleted block's Undo is offered. */
  toasts: Toaster;
}

export interface BlockEditing {
  /** The document as last saved. */
  document(): NotebookDocument;
  /** Gives one block new text (a cell put back to its bundled version): saved, then shown and run; false when not saved. */
  replaceText(id: string, text: string): Promise<boolean>;
  destroy(): void;
}

/** Where the cursor goes once a change is shown. */
type Focus = { block: string; select?: { from: number; to: number }; control?: BlockAction } | null;

/** Puts an editor above every block of the page and keeps page, runtime and saved text in step. */
export function blockEditing(options: BlockEditingOptions): BlockEditing {
  const { engine, slug, strings, body, run } = options;
  const labels = blockStrings(options.locale);
  const page = body.ownerDocument;
  const file = `${slug}.md`;
  let document = engine.readDocument(options.text, slug);
  const editors = new Map<string, BlockEditor>();
  // The text each block was last defined with on the page, and last shown in its editor.
  const defined = new Map<string, string>();
  const edited = new Map<string, string>();
  // Editors of deleted blocks, kept (with what was typed in them) until their Undo is gone.
  const deleted = new Map<string, BlockEditor>();
  // What was typed in an editor but not run, when its prose was joined: given back when the block has
  // that text again (an undo, a split). And what a joined editor showed, typed parts included.
  const held = new Map<string, { text: string; content: string }>();
  const composed = new Map<string, string>();
  const seams = proseSeams();
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch(() => options.toasts.show("alert", h(page, "p", {}, labels.failed)));
  };

  const movable = () => document.blocks.filter((block) => block.kind !== "front-matter");
  const indexOf = (id: string) => document.blocks.findIndex((block) => block.id === id);

  const editorFor = (block: SourceBlock): BlockEditor => {
    const existing = editors.get(block.id) ?? deleted.get(block.id);
    deleted.delete(block.id);
    if (existing) {
      editors.set(block.id, existing);
      return existing;
    }
    const kind = block.kind === "code" ? "code" : "prose";
    const editor = blockEditor(page, {
      blockId: block.id,
      kind,
      content: engine.blockContent(block),
      chartId: engine.chartIdOf(block),
      strings,
      labels,
      onRun: () => enqueue(() => runBlock(block.id)),
      onAction: (action, from) => enqueue(() => act(block.id, action, from)),
    });
    editors.set(block.id, editor);
    edited.set(block.id, block.text);
    return editor;
  };

  /** Gives every block its editor, numbers them, and puts editors and outputs in the document's order. */
  const arrange = () => {
    const blocks = movable();
    const wanted: Node[] = [];
    let cell = 0;
    blocks.forEach((block, i) => {
      const editor = editorFor(block);
      if (block.kind === "code") cell++;
      if (edited.get(block.id) !== block.text) {
        const kept = held.get(block.id);
        editor.setContent(kept?.text === block.text ? kept.content : engine.blockContent(block));
        held.delete(block.id);
        composed.delete(block.id);
        editor.setChartId(engine.chartIdOf(block));
        edited.set(block.id, block.text);
      }
      editor.relabel(i + 1, cell, i === 0, i === blocks.length - 1);
      wanted.push(editor.element);
      const output = run.handles.get(block.id)?.element;
      if (output) wanted.push(output);
    });
    for (const [id, editor] of editors)
      if (!blocks.some((block) => block.id === id)) {
        editor.element.remove();
        editors.delete(id);
        deleted.set(id, editor);
      }
    // Only nodes out of place move: a moved block, not everything after it.
    let cursor = body.firstChild;
    for (const node of wanted) {
      if (node === cursor) cursor = cursor.nextSibling;
      else body.insertBefore(node, cursor);
    }
  };

  /** Brings the runtime in line with the document: only new, changed (or `force`d) blocks run. */
  const define = (force?: string) => {
    const compiled = engine.compileEdited(document, slug, strings.loopStopped).blocks;
    const byId = new Map(compiled.map((block) => [block.blockId, block] as const));
    defineChanged(run, byId, movable(), defined, options.prepare, force);
  };

  /** Settles, saves and shows a changed document; null when it could not be saved (nothing changed then). */
  const change = async (next: NotebookDocument, force?: string) => {
    const typed = typedNotRun(editors, edited, engine.blockContent);
    const settled = engine.settleDocument(next, file);
    await options.save(engine.serialize(settled.document));
    options.onSaved(settled.document);
    seams.record(next, settled.document, settled.joined);
    document = settled.document;
    define(force);
    arrange();
    return { ...settled, joined: keepTyped(next, settled.joined, typed) };
  };

  /** Joined prose shows what was typed in each part, in its place; returns where each part now starts. */
  const keepTyped = (before: NotebookDocument, joined: Map<string, JoinedAt>, typed: Map<string, string>) => {
    const kept = typedInJoins(before, document, joined, typed, engine.blockContent, (id) => editors.has(id));
    for (const [into, content] of kept.contents) {
      editors.get(into)?.setContent(content);
      composed.set(into, content);
    }
    for (const [id, part] of kept.held) held.set(id, part);
    return kept.joined;
  };

  /** The editor a block's text is now in (itself, or the prose it was joined to), with that text selected. */
  const focus = (target: Focus, joined?: Map<string, { into: string; offset: number }>, length = 0) => {
    if (!target) return;
    const into = joined?.get(target.block);
    const editor = editors.get(into?.into ?? target.block);
    if (!editor) return;
    if (target.control && !into && editor.focusControl(target.control)) return;
    editor.focus(into ? { from: into.offset, to: into.offset + length } : target.select);
  };

  const runBlock = async (id: string) => {
    const editor = editors.get(id);
    const block = document.blocks.find((candidate) => candidate.id === id);
    if (!editor || !block) return;
    let next = engine.editBlock(document, id, editor.content());
    if (block.kind === "code") {
      const chartId = editor.chartId();
      const problem = chartId ? engine.chartIdProblem(chartId) : null;
      if (problem) return editor.status(labels.chartIdInvalid(chartId));
      if (movable().some((other) => other.id !== id && chartId && engine.chartIdOf(other) === chartId))
        return editor.status(labels.chartIdTaken(chartId));
      if (chartId !== engine.chartIdOf(block)) next = engine.setChartId(next, id, chartId);
    }
    const before = document;
    try {
      await change(next, id);
    } catch (error) {
      // A refused save says why (another tab saved first); anything else is a failed save.
      editor.status(
        error instanceof Error && error.name === "SaveProblem" ? error.message : strings.saveFailed,
      );
      return;
    }
    editor.status("");
    // Prose emptied is no block any more: as a delete, it can be undone (its editor then shows it again).
    if (!editors.has(id)) {
      edited.delete(id);
      offerUndo(before, id, block, before.blocks.indexOf(block));
      const neighbour = document.blocks[Math.min(before.blocks.indexOf(block), document.blocks.length - 1)];
      if (neighbour && neighbour.kind !== "front-matter") focus({ block: neighbour.id });
      followFocus();
    }
  };

  const act = async (id: string, action: BlockAction, from: "button" | "key") => {
    const index = indexOf(id);
    const block = document.blocks[index];
    if (!block) return;
    const before = document;
    const first = document.blocks[0]?.kind === "front-matter" ? 1 : 0;
    if (action === "up" || action === "down") {
      const to = action === "up" ? index - 1 : index + 1;
      if (to < first || to >= document.blocks.length) return;
      // A cell moved into prose it left (joined since) goes back between the blocks it stood between.
      const prose = document.blocks[to];
      const split =
        block.kind === "code" && prose?.kind === "prose" && !typedSinceJoin(prose)
          ? seams.split(document, id, prose.id, action === "down" ? "above" : "below")
          : null;
      const { joined } = await change(split ?? engine.moveBlock(document, id, to));
      focus(
        { block: id, control: from === "button" ? action : undefined },
        joined,
        engine.blockContent(block).length,
      );
      return;
    }
    if (action === "delete") {
      const neighbour = document.blocks[index + 1] ?? document.blocks[index - 1];
      const { joined } = await change(engine.deleteBlock(document, id));
      const gone = before.blocks[index];
      offerUndo(before, id, gone, index);
      if (neighbour && neighbour.kind !== "front-matter") focus({ block: neighbour.id }, joined);
      followFocus();
      return;
    }
    const kind = action.startsWith("code") ? "code" : "prose";
    const at = action.endsWith("above") ? index : index + 1;
    const content = kind === "prose" ? labels.newProse : "";
    const inserted = engine.insertBlock(document, at, kind, content);
    const { joined } = await change(inserted.document);
    focus({ block: inserted.id, select: { from: 0, to: content.length } }, joined, content.length);
  };

  /** The toast's Undo comes next in the keyboard order, after where the focus is now. */
  const followFocus = () => {
    if (page.activeElement && page.activeElement !== page.body) options.toasts.follow(page.activeElement);
  };

  /** Whether prose's editor holds text typed since it was joined (splitting it would lose that text). */
  const typedSinceJoin = (prose: SourceBlock) =>
    editors.get(prose.id)?.content() !== (composed.get(prose.id) ?? engine.blockContent(prose));

  /** A toast saying the block went, with Undo: the document as it was, or the block put back where it stood. */
  const offerUndo = (before: NotebookDocument, id: string, block: SourceBlock, index: number) => {
    const after = document;
    const number = before.blocks.filter((other) => other.kind !== "front-matter").indexOf(block) + 1;
    showUndoToast(page, options.toasts, labels, number, () =>
      enqueue(async () => {
        options.toasts.dismiss();
        const blocks = [...document.blocks];
        blocks.splice(Math.min(index, blocks.length), 0, block);
        await change(document === after ? before : { ...document, blocks });
        options.toasts.show("status", h(page, "p", {}, labels.undone));
        focus({ block: id });
      }),
    );
  };

  arrange();
  for (const block of movable()) defined.set(block.id, block.text);
  return {
    document: () => document,
    replaceText: (id, text) =>
      new Promise<boolean>((resolve) =>
        enqueue(async () => {
          const next = {
            ...document,
            blocks: document.blocks.map((block) => (block.id === id ? { ...block, text } : block)),
          };
          try {
            await change(next, id);
            resolve(true);
          } catch {
            resolve(false);
          }
        }),
      ),
    destroy: () => {
      for (const editor of [...editors.values(), ...deleted.values()]) {
        editor.destroy();
        editor.element.remove();
      }
    },
  };
}
