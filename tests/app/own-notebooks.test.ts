import { describe, expect, it } from "vitest";
import { listAttachedFiles, loadAttachedFile } from "../../src/app/attached-files.ts";
import { t } from "../../src/app/i18n.ts";
import { madeNotebookText, newNotebookText } from "../../src/app/new-notebook.ts";
import { makeNotebook, newNotebook, type OwnContext, openNotebookFile } from "../../src/app/own-notebooks.ts";
import { parseRoute } from "../../src/app/route.ts";
import { listUserNotebooks, loadUserNotebook } from "../../src/app/user-notebooks.ts";
import { useFakeIndexedDb } from "../util/fake-indexed-db.ts";

// The paths that store and go on, under Node on fake-indexeddb. Those that speak to the reader (a
// refused file, the question before a large file, Delete and Undo) draw in the page: they are driven
// in Chromium by tests/browser/user-notebooks.test.ts.
useFakeIndexedDb();

/** The app around the actions: only the address is used on these paths. */
function context(locale: "nl" | "en" = "nl"): OwnContext & { shown: unknown[] } {
  const shown: unknown[] = [];
  const window = { location: { hash: "" } } as unknown as Window;
  const toasts = { show: (...args: unknown[]) => shown.push(args), dismiss: () => {} };
  return { window, locale, toasts: toasts as unknown as OwnContext["toasts"], rerender: () => {}, shown };
}

/** The notebook the address now points at. */
async function opened(app: OwnContext) {
  const route = parseRoute(app.window.location.hash);
  expect(route.kind).toBe("user");
  const id = (route as { id: string }).id;
  return loadUserNotebook(id);
}

describe("own-notebooks", () => {
  it("New stores a notebook with the interface's title and one empty cell, trusted, and opens it", async () => {
    for (const locale of ["nl", "en"] as const) {
      const app = context(locale);
      await newNotebook(app);
      const notebook = await opened(app);
      expect(notebook?.text).toBe(newNotebookText(t(locale).own.newTitle));
      expect(notebook?.trusted).toBe(true);
      expect(app.shown).toEqual([]);
    }
    expect(await listUserNotebooks()).toHaveLength(2);
  });

  it("Open stores a notebook file's text as it is, not trusted, and opens it", async () => {
    const text = "---\ntitle: Uit een bestand\n---\n\n```js\ndisplay(1 + 1);\n```\n";
    const app = context();
    await openNotebookFile(app, new File([text], "eigen.md", { type: "text/markdown" }));
    const notebook = await opened(app);
    expect(notebook?.text).toBe(text);
    expect(notebook?.trusted).toBe(false);
  });

  it("Make notebook stores a notebook that reads the file, keeps the file's bytes with it, and opens it", async () => {
    // Synthetic rows, made up for this test.
    const rows = "jaar;aantal\n2023;12\n2024;7\n";
    const app = context();
    await makeNotebook(app, new File([rows], 'overlast "test".csv', { type: "text/csv" }));
    const notebook = await opened(app);
    expect(notebook?.text).toBe(madeNotebookText('overlast "test".csv', t("nl").own.madeProse));
    expect(notebook?.trusted).toBe(true);
    const id = notebook?.id ?? "";
    expect(await listAttachedFiles(id)).toEqual([{ name: 'overlast "test".csv', size: rows.length }]);
    expect(await (await loadAttachedFile(id, 'overlast "test".csv'))?.text()).toBe(rows);
  });
});
