/*
 * The page of a notebook made in this browser (`#/eigen/<id>`): compiled here from its stored text,
 * opened in the editor, its edits saved to the user store. One opened from a file (not yet trusted)
 * is shown with its code and nothing run, until the reader presses the button that runs it.
 */
import { type NotebookListing, type Stdlib, withoutRunning } from "../notebook/index.ts";
import { attachedFilesPanel } from "./attached-files-panel.ts";
import { h } from "./dom.ts";
import { download } from "./download.ts";
import { type Locale, t } from "./i18n.ts";
import { compileSaved } from "./notebook-editor.ts";
import type { mountNotebookPage, NotebookPage } from "./notebook-page.ts";
import { saveUserNotebook, type UserNotebook } from "./user-notebooks.ts";

export interface UserPageOptions {
  /** The notebook page's own mount (passed in: this chunk then shares no module with the reading path). */
  mount: typeof mountNotebookPage;
  makeStdlib: (root: HTMLElement) => Promise<Stdlib>;
  dataVersion: string;
  /** New and Open, beside the edit button. */
  actions: HTMLElement[];
  /** Called once the reader has agreed to run an opened notebook (it is stored as trusted by then). */
  onTrusted: () => void;
}

/** Mounts a user notebook's page, or returns a page saying that its text cannot be read. */
export async function mountUserNotebook(
  document: Document,
  stored: UserNotebook,
  locale: Locale,
  options: UserPageOptions,
): Promise<NotebookPage | HTMLElement> {
  const strings = t(locale).own;
  let notebook: Awaited<ReturnType<typeof compileSaved>>;
  try {
    notebook = await compileSaved(stored.text, stored.id, locale);
  } catch (error) {
    return unreadable(document, stored, locale, error instanceof Error ? error.message : String(error));
  }
  const shown = stored.trusted ? notebook : withoutRunning(notebook);
  const listing: NotebookListing = {
    slug: stored.id,
    title: notebook.meta.title,
    summary: notebook.meta.summary,
    sources: notebook.meta.sources,
    order: 0,
    charts: 0,
    load: async () => ({ default: shown }),
    // Not yet trusted: no editor, whose Run would start cells one by one; the bar below runs them all.
    ...(stored.trusted ? { source: async () => ({ default: stored.text }) } : {}),
  };
  const page = await options.mount(document, listing, locale, options.makeStdlib, {
    dataVersion: options.dataVersion,
    own: {
      keeper: { save: async (text) => void (await saveUserNotebook(stored.id, text)) },
      edit: stored.trusted,
    },
    actions: options.actions,
  });
  const notes: HTMLElement[] = [h(document, "p", { class: "browser-only" }, strings.browserOnly)];
  if (!stored.trusted) {
    const run = h(document, "button", { type: "button", class: "own-button run-untrusted" }, strings.runCode);
    run.addEventListener("click", async () => {
      run.disabled = true;
      await saveUserNotebook(stored.id, stored.text, true);
      options.onTrusted();
    });
    // The file can be taken away as it came, before (or without) running it.
    const keep = h(document, "button", { type: "button", class: "own-button" }, t(locale).download);
    keep.addEventListener("click", () => downloadText(document, stored));
    notes.unshift(
      h(
        document,
        "div",
        { class: "untrusted-bar", role: "region", "aria-label": strings.untrusted },
        h(document, "p", { class: "untrusted-title" }, strings.untrusted),
        h(document, "p", { class: "untrusted-how" }, strings.untrustedHow),
        h(document, "p", { class: "untrusted-actions" }, run, keep),
      ),
    );
  }
  notes.push(attachedFilesPanel(document, stored.id, locale));
  page.element.querySelector(".notebook-edit")?.before(...notes);
  return page;
}

/** A stored text that no longer compiles (its front matter broken): it can be taken away, as text. */
function unreadable(document: Document, stored: UserNotebook, locale: Locale, reason: string): HTMLElement {
  const strings = t(locale).own;
  const keep = h(document, "button", { type: "button", class: "own-button" }, strings.downloadText);
  keep.addEventListener("click", () => downloadText(document, stored));
  return h(
    document,
    "section",
    { class: "not-found", role: "alert" },
    h(document, "h1", {}, stored.id),
    h(document, "p", {}, strings.unreadable(reason)),
    h(document, "p", {}, keep),
  );
}

/** Offers the stored text, exactly as stored, as `<id>.md`. */
function downloadText(document: Document, stored: UserNotebook): void {
  download(document, `${stored.id}.md`, new Blob([stored.text], { type: "text/markdown;charset=utf-8" }));
}
