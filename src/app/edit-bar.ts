/*
 * The Bewerken / Edit button above a notebook. Pressing it loads the editor (a chunk of its own:
 * CodeMirror and the compiler are not part of reading a notebook) and turns the page into an editor.
 */
import type { NotebookRun } from "../notebook/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import type { EditKeeper } from "./notebook-editor.ts";
import type { Toaster } from "./toast.ts";

export interface EditBarOptions {
  slug: string;
  locale: Locale;
  body: HTMLElement;
  run: NotebookRun;
  /** The notebook's text: a saved edit, or else the bundled file (loaded on demand). */
  saved: string | null;
  source: () => Promise<{ default: string }>;
  /** Where edits are kept (default: the bundled notebook's saved edit, by slug). */
  store?: EditKeeper;
  /** The revision the saved edit was read at, and the bundled fingerprint it started from (edit-store.ts). */
  revision?: number;
  base?: string;
  /** Keeps a copy as a notebook of the reader's own (offered when a save is refused). */
  keepAsNew?(text: string): Promise<void>;
  /** The page's toasts (a deleted block's Undo is offered there). */
  toasts?: Toaster;
}

/** The bar with the edit button; `start` opens the editor as the button does; `stop` closes it. */
export function editBar(
  document: Document,
  options: EditBarOptions,
): { element: HTMLElement; start(): Promise<void>; stop(): void } {
  const strings = t(options.locale);
  const button = h(document, "button", { type: "button", class: "edit-button" }, strings.edit);
  const element = h(document, "div", { class: "edit-bar" }, button);
  let stop = () => {};
  let stopped = false;
  const start = async () => {
    // Pressed by keyboard, the focus stays in the bar: on its first button once the editor is open.
    const focused = document.activeElement === button;
    button.disabled = true;
    button.textContent = strings.editing;
    try {
      // The bundled text too when there is an edit: what changed is shown against it.
      const [editor, bundled] = await Promise.all([
        import("./notebook-editor.ts"),
        options.source().then((module) => module.default),
      ]);
      if (stopped) return;
      stop = await editor.startEditing({
        slug: options.slug,
        locale: options.locale,
        text: options.saved ?? bundled,
        edited: options.saved !== null,
        body: options.body,
        run: options.run,
        bar: element,
        store: options.store,
        bundled: options.store ? undefined : bundled,
        revision: options.revision,
        base: options.base,
        keepAsNew: options.keepAsNew,
        toasts: options.toasts,
      });
      if (focused) element.querySelector("button")?.focus();
    } catch {
      button.disabled = false;
      button.textContent = strings.edit;
      element.append(h(document, "p", { class: "cell-error-message", role: "alert" }, strings.editFailed));
    }
  };
  button.addEventListener("click", () => void start());
  return {
    element,
    start,
    stop: () => {
      stopped = true;
      stop();
    },
  };
}
