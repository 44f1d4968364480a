import type { UserNotebook } from "./user-notebooks.ts";

/** A user notebook with the title its front matter gives (its id when there is none, or the text cannot be read). */
export interface ListedNotebook {
  notebook: UserNotebook;
  title: string;
}

/** Reads each notebook's title; the compiler is loaded only when there is a notebook to read. */
export async function listedNotebooks(notebooks: readonly UserNotebook[]): Promise<ListedNotebook[]> {
  if (notebooks.length === 0) return [];
  // The engine is not part of the home page: loaded only when there is a notebook to read.
  const engine = await (await import("../notebook/index.ts")).loadEditing();
  return notebooks.map((notebook) => {
    try {
      const { meta } = engine.compileEdited(engine.readDocument(notebook.text, notebook.id), notebook.id);
      // A blank title would leave the card's link without a name.
      return { notebook, title: meta.title.trim() ? meta.title : notebook.id };
    } catch {
      return { notebook, title: notebook.id };
    }
  });
}
