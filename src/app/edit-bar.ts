/*
 * The Bewerken / Edit button above a notebook. Pressing it loads the editor (a chunk of its own:
 * CodeMirror and the compiler are not part of reading a notebook) and turns the page into an editor.
 */
import type { NotebookRun } from "../notebook/index.ts";
import { h } from "./dom.ts";
import { type Locale, t } from "./i18n.ts";
import type { EditKeeper } from "./notebook-editor.ts";

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
    button.disabled = true;
    button.textContent = strings.editing;
    try {
      const [editor, text] = await Promise.all([
        import("./notebook-editor.ts"),
        options.saved ?? options.source().then((module) => module.default),
      ]);
      if (stopped) return;
      stop = await editor.startEditing({
        slug: options.slug,
        locale: options.locale,
        text,
        edited: options.saved !== null,
        body: options.body,
        run: options.run,
        bar: element,
        store: options.store,
      });
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
