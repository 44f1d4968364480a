/*
 * What the app does with notebooks of the reader's own: start one (New), open one from a file (Open),
 * make one from a dropped CSV (Make notebook), and list them on the home page with Delete and Undo.
 * Loaded when one of these is used or the home page is drawn, not with every notebook page.
 */
import { ask } from "./ask-dialog.ts";
import { largeFileBytes, storeAttachedFile, sweepAttachedFiles } from "./attached-files.ts";
import { h } from "./dom.ts";
import { fileSize } from "./file-size.ts";
import { freeStorage } from "./free-storage.ts";
import { type Locale, t } from "./i18n.ts";
import { listedNotebooks } from "./listed-notebooks.ts";
import { madeNotebookText, newNotebookText } from "./new-notebook.ts";
import { readNotebookFile } from "./notebook-file.ts";
import { routeHash } from "./route.ts";
import type { Toaster } from "./toast.ts";
import { userNotebookList } from "./user-notebook-list.ts";
import {
  createUserNotebook,
  deleteUserNotebook,
  listUserNotebooks,
  restoreUserNotebook,
} from "./user-notebooks.ts";

/** The app around these actions. */
export interface OwnContext {
  window: Window;
  locale: Locale;
  toasts: Toaster;
  /** Draws the current page again. */
  rerender: () => void;
}

const show = (context: OwnContext, kind: "status" | "alert", text: string) =>
  context.toasts.show(kind, h(context.window.document, "p", {}, text));

const go = (context: OwnContext, id: string) => {
  context.window.location.hash = routeHash({ kind: "user", id });
};

/** Nieuw / New: front matter and one empty code cell, opened in the editor. */
export async function newNotebook(context: OwnContext): Promise<void> {
  try {
    go(context, (await createUserNotebook(newNotebookText(t(context.locale).own.newTitle), true)).id);
  } catch {
    show(context, "alert", t(context.locale).own.storeFailed);
  }
}

/** Openen / Open: a notebook file from disk, checked, stored as not yet trusted, opened without running. */
export async function openNotebookFile(context: OwnContext, file: File): Promise<void> {
  const read = await readNotebookFile(file, context.locale);
  if ("problem" in read) return show(context, "alert", read.problem);
  try {
    go(context, (await createUserNotebook(read.text, false)).id);
  } catch {
    show(context, "alert", t(context.locale).own.storeFailed);
  }
}

/** Maak notebook: a notebook whose first cell reads the file, kept with it (asked first when large). */
export async function makeNotebook(context: OwnContext, file: File): Promise<void> {
  const { locale, window } = context;
  const strings = t(locale).own;
  if (file.size > largeFileBytes()) {
    const estimate = await window.navigator.storage?.estimate?.().catch(() => undefined);
    const bytes = freeStorage(estimate);
    const free = bytes === null ? null : fileSize(bytes, locale);
    const question = strings.askLarge(file.name, fileSize(file.size, locale), free);
    if (!(await ask(window.document, question, strings.storeFile, strings.cancel))) return;
  }
  let id: string | null = null;
  try {
    id = (await createUserNotebook(madeNotebookText(file.name, strings.madeProse), true)).id;
    await storeAttachedFile(id, file.name, file);
  } catch (error) {
    if (id) await deleteUserNotebook(id).catch(() => null);
    const reason = error instanceof Error ? error.message : String(error);
    return show(context, "alert", strings.fileStoreFailed(file.name, reason));
  }
  go(context, id);
}

/** The home page's section of the reader's own notebooks; Delete asks, then offers Undo in a toast. */
export async function ownSection(context: OwnContext, controls: HTMLElement[]): Promise<HTMLElement> {
  const { window, locale, toasts } = context;
  const strings = t(locale).own;
  const stored = await listUserNotebooks();
  // Files of notebooks deleted before: drawing this page closed the toast that could bring them back.
  void sweepAttachedFiles(new Set(stored.map((notebook) => notebook.id)));
  return userNotebookList(
    window.document,
    await listedNotebooks(stored),
    locale,
    controls,
    async (item, card) => {
      if (!window.confirm(strings.deleteConfirm(item.title))) return;
      const deleted = await deleteUserNotebook(item.notebook.id);
      if (!deleted) return;
      card.remove();
      const undo = h(window.document, "button", { type: "button", class: "link-button" }, strings.undo);
      undo.addEventListener("click", async () => {
        await restoreUserNotebook(deleted);
        toasts.dismiss();
        context.rerender();
      });
      toasts.show("status", h(window.document, "p", {}, strings.deleted(item.title)), undo);
      // The card and its button are gone: the focus goes to the way back.
      undo.focus();
    },
  );
}
