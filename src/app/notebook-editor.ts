/*
 * The in-browser editor, loaded only when a reader presses Bewerken / Edit (a chunk of its own, with
 * CodeMirror): each block gets its source in an editor above its output, code as JavaScript, prose as
 * Markdown, with controls to add, move and delete blocks (block-editing.ts). Shift-Enter or Run saves
 * the edited notebook in the browser first, then compiles it and redefines that one block, so only it
 * and the cells reading what it declares run again. Download writes the notebook back with
 * `serialize`: blocks nobody edited keep their bytes.
 */
import { type Block, type CompiledNotebook, loadEditing, type NotebookRun } from "../notebook/index.ts";
import { blockEditing } from "./block-editing.ts";
import { blockStrings } from "./block-strings.ts";
import { h } from "./dom.ts";
import { download } from "./download.ts";
import { dropEdit, saveEdit } from "./edit-store.ts";
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
  /** The page's toasts, where a deleted block's Undo is offered (else a toast region in the bar). */
  toasts?: Toaster;
}

/**
 * How the editor keeps a notebook's text: `save` resolves once the text is stored (a cell runs only
 * after it); `revert`, when given, throws the edits away (a bundled notebook goes back to its file).
 */
export interface EditKeeper {
  save(text: string): Promise<void>;
  revert?(): Promise<void>;
}

/** The keeper of a bundled notebook's edits: one saved text per slug (edit-store.ts). */
export function bundledKeeper(slug: string): EditKeeper {
  return { save: (text) => saveEdit(slug, text), revert: () => dropEdit(slug) };
}

/** Compiles a saved edit for the page to run instead of the bundled notebook. */
export async function compileSaved(text: string, slug: string, locale: Locale): Promise<CompiledNotebook> {
  const engine = await loadEditing();
  const notebook = engine.compileEdited(engine.readDocument(text, slug), slug);
  return { ...notebook, blocks: notebook.blocks.map((block) => located(block, locale)) };
}

/** Turns the page into an editor; returns a function that removes the editors again. */
export async function startEditing(context: EditorContext): Promise<() => void> {
  const engine = await loadEditing();
  const { slug, locale, body, run, bar } = context;
  const strings = t(locale);
  const page = body.ownerDocument;
  const store = context.store ?? bundledKeeper(slug);
  const note = h(page, "p", { class: "edit-note" }, context.edited ? strings.editedNote : strings.editNote);
  const showEdited = () => {
    note.textContent = strings.editedNote;
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
    save: (text) => store.save(text),
    onSaved: showEdited,
    prepare: (block) => located(block, locale),
    toasts,
  });
  const download = h(page, "button", { type: "button" }, strings.download);
  download.addEventListener("click", () => saveFile(page, `${slug}.md`, engine.serialize(blocks.document())));
  const actions = h(page, "div", { class: "edit-actions" }, download);
  if (store.revert) {
    const drop = store.revert;
    const revert = h(page, "button", { type: "button" }, strings.revert);
    revert.addEventListener("click", async () => {
      if (!page.defaultView?.confirm(strings.revertConfirm)) return;
      await drop();
      page.defaultView?.location.reload();
    });
    actions.append(revert);
  }
  const shortcuts = h(page, "p", { class: "edit-shortcuts" }, blockStrings(locale).shortcuts);
  bar.replaceChildren(note, actions, shortcuts, ...(context.toasts ? [] : [toasts.element]));
  return () => blocks.destroy();
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
      throw withPlace(error, block.expression ? 1 : 0, locale);
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
 */
function withPlace(error: unknown, prefixLines: number, locale: Locale): unknown {
  if (!(error instanceof Error) || typeof error.stack !== "string") return error;
  const match = /<anonymous>:(\d+):(\d+)/.exec(error.stack);
  if (!match) return error;
  const line = Number(match[1]) - 2 - prefixLines;
  if (line < 1) return error;
  const placed = new Error(`${error.message} (${t(locale).errorInCell(line, Number(match[2]))})`, {
    cause: error,
  });
  placed.name = error.name;
  return placed;
}

/** Offers `text` as a download named `name`. */
function saveFile(page: Document, name: string, text: string): void {
  download(page, name, new Blob([text], { type: "text/markdown;charset=utf-8" }));
}
