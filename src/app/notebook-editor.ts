/*
 * The in-browser editor, loaded only when a reader presses Bewerken / Edit (a chunk of its own, with
 * CodeMirror): each code cell gets its source in an editor above its output. Shift-Enter or Run
 * saves the edited notebook in the browser first, then compiles it and redefines that one cell, so
 * only it and the cells reading what it declares run again. Download writes the notebook back with
 * `serialize`: blocks nobody edited keep their bytes.
 */
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { bracketMatching, syntaxHighlighting } from "@codemirror/language";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import {
  type Block,
  type CompiledNotebook,
  loadEditing,
  type NotebookRun,
  unguardedColumn,
} from "../notebook/index.ts";
import { h } from "./dom.ts";
import { download } from "./download.ts";
import { dropEdit, saveEdit } from "./edit-store.ts";
import { type Locale, t } from "./i18n.ts";

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
  const notebook = engine.compileEdited(engine.readDocument(text, slug), slug, t(locale).loopStopped);
  return { ...notebook, blocks: notebook.blocks.map((block) => located(block, locale)) };
}

/** Turns the page into an editor; returns a function that removes the editors again. */
export async function startEditing(context: EditorContext): Promise<() => void> {
  const engine = await loadEditing();
  const { slug, locale, body, run, bar } = context;
  const strings = t(locale);
  const page = body.ownerDocument;
  const store = context.store ?? bundledKeeper(slug);
  let document = engine.readDocument(context.text, slug);
  const views: EditorView[] = [];

  const runCell = async (id: string, view: EditorView, status: HTMLElement) => {
    const edited = engine.editBlock(document, id, view.state.doc.toString());
    // Saved before it runs: a cell that hangs or crashes the tab cannot take the edit with it.
    try {
      await store.save(engine.serialize(edited));
    } catch {
      status.textContent = strings.saveFailed;
      return;
    }
    status.textContent = "";
    document = edited;
    showEdited();
    const block = engine
      .compileEdited(document, slug, strings.loopStopped)
      .blocks.find((candidate) => candidate.blockId === id);
    if (block) run.redefine(id, located(block, locale));
  };

  const note = h(page, "p", { class: "edit-note" }, context.edited ? strings.editedNote : strings.editNote);
  const showEdited = () => {
    note.textContent = strings.editedNote;
  };
  const download = h(page, "button", { type: "button" }, strings.download);
  download.addEventListener("click", () => saveFile(page, `${slug}.md`, engine.serialize(document)));
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
  bar.replaceChildren(note, actions);

  const editors: HTMLElement[] = [];
  let number = 0;
  for (const block of document.blocks) {
    const handle = run.handles.get(block.id);
    if (block.kind !== "code" || !handle) continue;
    number++;
    const status = h(page, "p", { class: "cell-edit-status", role: "status" });
    const button = h(
      page,
      "button",
      { type: "button", class: "run-cell", "aria-label": strings.runCellLabel(number) },
      strings.runCell,
    );
    const wrapper = h(page, "div", { class: "cell-editor", "data-block-id": block.id });
    const view = new EditorView({
      parent: wrapper,
      state: EditorState.create({
        doc: engine.blockContent(block),
        extensions: [
          keymap.of([
            {
              key: "Shift-Enter",
              run: () => {
                void runCell(block.id, view, status);
                return true;
              },
            },
            // Escape leaves the editor; Tab is not bound, so it moves focus on as everywhere else.
            {
              key: "Escape",
              run: () => {
                button.focus();
                return true;
              },
            },
            ...searchKeymap,
            ...historyKeymap,
            ...defaultKeymap,
          ]),
          history(),
          lineNumbers(),
          javascript(),
          syntaxHighlighting(classHighlighter),
          bracketMatching(),
          search(),
          highlightSelectionMatches(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": strings.cellCode(number) }),
        ],
      }),
    });
    button.addEventListener("click", () => void runCell(block.id, view, status));
    wrapper.append(h(page, "div", { class: "cell-edit-actions" }, button, status));
    handle.element.before(wrapper);
    editors.push(wrapper);
    views.push(view);
  }
  return () => {
    for (const view of views) view.destroy();
    for (const editor of editors) editor.remove();
  };
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
