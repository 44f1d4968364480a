/*
 * The in-browser editor, loaded only when a reader presses Bewerken / Edit (a chunk of its own, with
 * CodeMirror): each block gets its source in an editor above its output, code as JavaScript, prose as
 * Markdown, with controls to add, move and delete blocks (block-editing.ts). Shift-Enter or Run saves
 * the edited notebook in the browser first, then compiles it and redefines that one block, so only it
 * and the cells reading what it declares run again. Download writes the notebook back with
 * `serialize`: blocks nobody edited keep their bytes.
 */
import { shortHash } from "../data/index.ts";
import {
  type Block,
  type CompiledNotebook,
  loadEditing,
  type NotebookRun,
  unguardedColumn,
} from "../notebook/index.ts";
import { blockEditing } from "./block-editing.ts";
import { blockStrings } from "./block-strings.ts";
import { bundledChangedNotice } from "./bundled-changed-notice.ts";
import { h } from "./dom.ts";
import { download } from "./download.ts";
import { syncNotice } from "./edit-conflict.ts";
import type { BlockChange } from "./edit-diff.ts";
import { editReview } from "./edit-review.ts";
import { bundledKeeper } from "./edit-sync.ts";
import { type Locale, t } from "./i18n.ts";
import { createToaster, type Toaster } from "./toast.ts";

/** What the editor works on: a running notebook page and the notebook's text. */
export interface EditorContext {
  slug: string;
  locale: Locale;
  /** The notebook's text: the saved edit, or the bundled file. */
  text: string;
  /** Whether `text` is a saved edit (then the page says so). */
  edited: boolean;
  /** The element the cells are rendered into, and the runtime behind them. */
  body: HTMLElement;
  run: NotebookRun;
  /** Where the editing controls go (it held the Bewerken button). */
  bar: HTMLElement;
  /** Where the edited text is kept (IndexedDB); defaults to the bundled notebook's saved edit. */
  store?: EditKeeper;
  /** The bundled notebook's text, for a bundled notebook: what changed is shown against it. */
  bundled?: string;
  /** The revision of the saved edit `text` came from (edit-store.ts; 0 when none): saves build on it. */
  revision?: number;
  /** The fingerprint of the bundled text the saved edit started from (absent in old records). */
  base?: string;
  /** Keeps a copy as a notebook of the reader's own, when a save was refused (offered when given). */
  keepAsNew?(text: string): Promise<void>;
  /** The page's toasts, where a deleted block's Undo is offered (else a toast region in the bar). */
  toasts?: Toaster;
}

/**
 * How the editor keeps a notebook's text: `save` resolves once the text is stored (a cell runs only
 * after it), or with a conflict when another tab stored a newer version first (nothing is stored);
 * `revert`, when given, throws the edits away (a bundled notebook goes back to its file); `watch`,
 * when given, calls its listener as soon as another tab stores this notebook.
 */
export interface EditKeeper {
  // biome-ignore lint/suspicious/noConfusingVoidType: a keeper that cannot conflict resolves with nothing (Promise<void>)
  save(text: string): Promise<SaveConflict | undefined | void>;
  revert?(): Promise<void>;
  watch?(listener: () => void): () => void;
  /** Lets go of what the keeper holds open (a channel to other tabs). */
  close?(): void;
}

/** A save refused because another tab saved the notebook since this tab read it. */
export interface SaveConflict {
  conflict: true;
}

/** Compiles a saved edit for the page to run instead of the bundled notebook. */
export async function compileSaved(text: string, slug: string, locale: Locale): Promise<CompiledNotebook> {
  const engine = await loadEditing();
  const notebook = engine.compileEdited(engine.readDocument(text, slug), slug, t(locale).loopStopped);
  return { ...notebook, blocks: notebook.blocks.map((block) => located(block, locale)) };
}

/** Turns the page into an editor; returns a function that removes the editors again. */
export async function startEditing(context: EditorContext): Promise<() => void> {
  const engine = await loadEditing();
  const { slug, locale, body, run, bar } = context;
  const strings = t(locale);
  const page = body.ownerDocument;
  const bundled = context.bundled === undefined ? null : engine.readDocument(context.bundled, slug);
  const fingerprint = context.bundled === undefined ? undefined : shortHash(context.bundled);
  // A bundled notebook's saves record the fingerprint of the bundled text they started from; an edit
  // saved before fingerprints is taken to have started from the bundled text of today.
  const keeper = context.store
    ? null
    : bundledKeeper(slug, {
        revision: context.revision ?? 0,
        text: context.edited ? context.text : null,
        base: context.base ?? fingerprint,
      });
  const store = context.store ?? (keeper as EditKeeper);

  const sync = syncNotice(page, locale, {
    reload: () => page.defaultView?.location.reload(),
    download: (text) => saveFile(page, `${slug}.md`, text),
    keepAsNew: context.keepAsNew,
  });
  const stopWatching = store.watch?.(() => sync.otherTabSaved()) ?? (() => {});
  /** Saves `text`; a save refused (another tab saved first) or failed throws, with the words to show. */
  const keep = async (text: string): Promise<void> => {
    let outcome: SaveConflict | undefined;
    try {
      outcome = (await store.save(text)) ?? undefined;
    } catch {
      throw new SaveProblem(strings.saveFailed);
    }
    if (outcome?.conflict) {
      sync.refused(text);
      throw new SaveProblem(strings.saveRefusedCell);
    }
  };

  const toasts = context.toasts ?? createToaster(page, strings.close);
  const blocks = blockEditing({
    engine,
    slug,
    locale,
    strings,
    text: context.text,
    body,
    run,
    save: keep,
    onSaved: (document) => review.update(document.blocks),
    prepare: (block) => located(block, locale),
    toasts,
  });

  // One changed block back to its bundled text: the saved text, its editor and the cell follow.
  const revertBlock = async (change: Extract<BlockChange, { kind: "changed" }>) => {
    if (!(await blocks.replaceText(change.after.id, change.before.text))) return;
    review.focusPanel();
  };

  const review = editReview(page, locale, {
    bundled: bundled?.blocks ?? null,
    edited: context.edited,
    canRevert: (change) => change.after.kind !== "front-matter" && run.handles.has(change.after.id),
    revertBlock: (change) => void revertBlock(change),
  });
  const download = h(page, "button", { type: "button" }, strings.download);
  download.addEventListener("click", () => saveFile(page, `${slug}.md`, engine.serialize(blocks.document())));
  const actions = h(page, "div", { class: "edit-actions" }, download, review.toggle);
  let revertAll: (() => Promise<void>) | undefined;
  if (store.revert) {
    const drop = store.revert;
    revertAll = async () => {
      if (!page.defaultView?.confirm(strings.revertConfirm)) return;
      await drop();
      page.defaultView?.location.reload();
    };
    const revert = h(page, "button", { type: "button" }, strings.revert);
    revert.addEventListener("click", () => void revertAll?.());
    actions.append(revert);
  }
  const notices: HTMLElement[] = [sync.element];
  if (
    keeper &&
    fingerprint &&
    context.base &&
    context.base !== fingerprint &&
    review.differs(blocks.document().blocks)
  ) {
    notices.unshift(
      bundledChangedNotice(page, locale, {
        showChanges: review.open,
        keepEdit: async () => {
          keeper.base = fingerprint;
          await keep(engine.serialize(blocks.document()));
        },
        revert: revertAll && (() => void revertAll?.()),
      }),
    );
  }
  const shortcuts = h(page, "p", { class: "edit-shortcuts" }, blockStrings(locale).shortcuts);
  bar.replaceChildren(
    review.note,
    ...notices,
    actions,
    shortcuts,
    review.panel,
    ...(context.toasts ? [] : [toasts.element]),
  );
  if (context.edited) review.update(blocks.document().blocks);
  return () => {
    stopWatching();
    store.close?.();
    blocks.destroy();
  };
}

/** A save that did not happen, with the words the block's editor shows for it. */
class SaveProblem extends Error {
  override name = "SaveProblem";
}

/**
 * A cell whose errors say where in the cell they are. A compile error's place is given in the file by
 * the compiler; a runtime error's place is read from the stack of the function compiled here.
 */
function located(block: Block, locale: Locale): Block {
  if (block.kind !== "cell") return block;
  if (!("error" in block)) {
    if (!block.run) return block;
    const { body } = block;
    const relocate = (error: unknown) => {
      throw withPlace(error, block, locale);
    };
    const wrapped = (...inputs: unknown[]) => {
      try {
        const value = body(...inputs);
        return value instanceof Promise ? value.catch(relocate) : value;
      } catch (error) {
        return relocate(error);
      }
    };
    return { ...block, body: wrapped };
  }
  const match = /\((\d+):(\d+)\)$/.exec(block.error);
  if (!match) return block;
  const line = Number(match[1]) - block.line + 1;
  if (line < 1) return block;
  const place = t(locale).errorInCell(line, Number(match[2]));
  return { ...block, error: `${block.error.slice(0, match.index)}(${place})` };
}

/**
 * Adds the place in the cell to a runtime error thrown by a cell compiled in the browser: its stack
 * names the place in the function's source, `<anonymous>:line:column`, which has two header lines
 * (`function anonymous(inputs\n) {`) and, for an expression cell, the `return (` line before the code.
 * Loop guards add no lines, but move what follows them on their line. A stopped loop names its line.
 */
function withPlace(error: unknown, block: Extract<Block, { expression: boolean }>, locale: Locale): unknown {
  if (!(error instanceof Error) || error.name === "LoopStopped" || typeof error.stack !== "string")
    return error;
  const match = /<anonymous>:(\d+):(\d+)/.exec(error.stack);
  if (!match) return error;
  const line = Number(match[1]) - 2 - (block.expression ? 1 : 0);
  if (line < 1) return error;
  const column = unguardedColumn(block.loopGuard?.inserted ?? [], line, Number(match[2]));
  const placed = new Error(`${error.message} (${t(locale).errorInCell(line, column)})`, {
    cause: error,
  });
  placed.name = error.name;
  return placed;
}

/** Offers `text` as a download named `name`. */
function saveFile(page: Document, name: string, text: string): void {
  download(page, name, new Blob([text], { type: "text/markdown;charset=utf-8" }));
}
