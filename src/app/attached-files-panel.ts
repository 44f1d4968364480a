import { type AttachedFile, listAttachedFiles, removeAttachedFile } from "./attached-files.ts";
import { h } from "./dom.ts";
import { fileSize } from "./file-size.ts";
import { type Locale, t } from "./i18n.ts";

/**
 * The files kept with a notebook of the reader's own, each with its size and a Remove button (after a
 * confirmation). Empty, and hidden, when the notebook has none.
 */
export function attachedFilesPanel(document: Document, notebook: string, locale: Locale): HTMLElement {
  const strings = t(locale).own;
  const list = h(document, "ul", { class: "attached-list" });
  const status = h(document, "p", { class: "attached-status", role: "status" });
  const panel = h(
    document,
    "section",
    { class: "attached-files", "aria-labelledby": "attached-heading" },
    h(document, "h2", { id: "attached-heading" }, strings.attachedHeading),
    list,
    status,
  );
  panel.hidden = true;
  const show = (files: AttachedFile[]) => {
    list.replaceChildren(
      ...files.map((file) => {
        const remove = h(
          document,
          "button",
          { type: "button", class: "own-button", "aria-label": strings.removeFileLabel(file.name) },
          strings.removeFile,
        );
        remove.addEventListener("click", async () => {
          if (!document.defaultView?.confirm(strings.removeFileConfirm(file.name))) return;
          await removeAttachedFile(notebook, file.name);
          const left = await listAttachedFiles(notebook);
          show(left);
          status.textContent = left.length ? "" : strings.attachedNone;
        });
        return h(
          document,
          "li",
          {},
          h(document, "span", { class: "attached-name" }, `${file.name} (${fileSize(file.size, locale)})`),
          remove,
        );
      }),
    );
    if (files.length) panel.hidden = false;
  };
  void listAttachedFiles(notebook).then(show);
  return panel;
}
