import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  attachedFileStorage,
  largeFileBytes,
  listAttachedFiles,
  loadAttachedFile,
  removeAttachedFile,
  storeAttachedFile,
  sweepAttachedFiles,
} from "../../src/app/attached-files.ts";
import { useFakeIndexedDb, withoutIndexedDb } from "../util/fake-indexed-db.ts";

// Under Node there is no Origin Private File System: these are the files kept in IndexedDB (the
// file-system half is driven in Chromium by tests/browser/user-notebooks.test.ts).
useFakeIndexedDb();

const hooks = globalThis as { __blauwTest?: { noOpfs?: boolean; largeFileBytes?: number } };
afterEach(() => {
  delete hooks.__blauwTest;
});

const blob = (text: string) => new Blob([text], { type: "text/csv" });
const bytesOf = (text: string) => new TextEncoder().encode(text).length;

describe("attached-files", () => {
  it("keeps files in the database when the browser has no file system of its own", async () => {
    expect(await attachedFileStorage()).toBe("indexeddb");
  });

  it("gives back a kept file by name, with its bytes, and null for a name it does not hold", async () => {
    const text = "jaar,aantal\n2024,12\n";
    await storeAttachedFile("u-aaaaaaaaaaaa", "misdrijven.csv", blob(text));
    const file = await loadAttachedFile("u-aaaaaaaaaaaa", "misdrijven.csv");
    expect(file?.name).toBe("misdrijven.csv");
    expect(await file?.text()).toBe(text);
    expect(await loadAttachedFile("u-aaaaaaaaaaaa", "other.csv")).toBeNull();
    expect(await loadAttachedFile("u-bbbbbbbbbbbb", "misdrijven.csv")).toBeNull();
  });

  it("replaces a file stored again under the same name", async () => {
    await storeAttachedFile("u-aaaaaaaaaaaa", "a.csv", blob("old"));
    await storeAttachedFile("u-aaaaaaaaaaaa", "a.csv", blob("newer"));
    expect(await listAttachedFiles("u-aaaaaaaaaaaa")).toEqual([{ name: "a.csv", size: 5 }]);
  });

  it("lists exactly one notebook's files, by name, with their sizes", async () => {
    const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6, unit: "binary" }), { maxLength: 4 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(names, names, async (mine, theirs) => {
        const notebook = `u-mine${run}`;
        // A notebook whose id starts with the other's: the ids are compared whole.
        const other = `u-mine${run}x`;
        run++;
        for (const name of mine) await storeAttachedFile(notebook, name, blob(name.repeat(3)));
        for (const name of theirs) await storeAttachedFile(other, name, blob(name));
        const expected = [...mine]
          .sort((a, b) => a.localeCompare(b))
          .map((name) => ({ name, size: bytesOf(name.repeat(3)) }));
        expect(await listAttachedFiles(notebook)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it("lists a file whose name begins with U+FFFF", async () => {
    await storeAttachedFile("u-aaaaaaaaaaaa", "\uffffa.csv", blob("x"));
    await storeAttachedFile("u-aaaaaaaaaaaa", "\uffff", blob("yz"));
    expect(await listAttachedFiles("u-aaaaaaaaaaaa")).toEqual([
      { name: "\uffff", size: 2 },
      { name: "\uffffa.csv", size: 1 },
    ]);
  });

  it("removes one file and leaves the others; removing a name it does not hold is no error", async () => {
    await storeAttachedFile("u-aaaaaaaaaaaa", "a.csv", blob("a"));
    await storeAttachedFile("u-aaaaaaaaaaaa", "b.csv", blob("bb"));
    await removeAttachedFile("u-aaaaaaaaaaaa", "a.csv");
    await removeAttachedFile("u-aaaaaaaaaaaa", "never.csv");
    expect(await listAttachedFiles("u-aaaaaaaaaaaa")).toEqual([{ name: "b.csv", size: 2 }]);
    expect(await loadAttachedFile("u-aaaaaaaaaaaa", "a.csv")).toBeNull();
  });

  it("sweeps away the files of every notebook no longer in the store, and only those", async () => {
    const notebooks = ["u-kept00000001", "u-gone00000001", "u-kept00000002", "u-gone00000002"];
    for (const notebook of notebooks) {
      await storeAttachedFile(notebook, "a.csv", blob(notebook));
      await storeAttachedFile(notebook, "b.csv", blob(notebook));
    }
    const kept = new Set(notebooks.filter((notebook) => notebook.includes("kept")));
    await sweepAttachedFiles(kept);
    for (const notebook of notebooks)
      expect((await listAttachedFiles(notebook)).map((file) => file.name)).toEqual(
        kept.has(notebook) ? ["a.csv", "b.csv"] : [],
      );
  });

  it("without storage: nothing to load, list or sweep, and keeping a file fails loudly", async () => {
    withoutIndexedDb();
    expect(await loadAttachedFile("u-aaaaaaaaaaaa", "a.csv")).toBeNull();
    expect(await listAttachedFiles("u-aaaaaaaaaaaa")).toEqual([]);
    await expect(sweepAttachedFiles(new Set())).resolves.toBeUndefined();
    await expect(removeAttachedFile("u-aaaaaaaaaaaa", "a.csv")).resolves.toBeUndefined();
    await expect(storeAttachedFile("u-aaaaaaaaaaaa", "a.csv", blob("a"))).rejects.toThrow();
  });

  it("asks before keeping a file over 50 MB, or over the size a browser test sets", () => {
    expect(largeFileBytes()).toBe(50_000_000);
    hooks.__blauwTest = { largeFileBytes: 1024 };
    expect(largeFileBytes()).toBe(1024);
  });
});
