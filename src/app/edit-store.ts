/*
 * Edited notebooks kept in the browser (IndexedDB), one record per notebook: its whole edited text.
 * Three small requests (browser-database.ts). Storage that is missing or refused (a private
 * window, a blocked origin) reads as "no edits" and a save fails loudly to the caller.
 */
import { hasIndexedDb, inTransaction, openDatabase } from "./browser-database.ts";

const databaseName = "blauw-edits";
const storeName = "notebooks";

/** What is kept of an edited notebook. */
export interface SavedEdit {
  slug: string;
  /** The notebook's full text as edited (written back with `serialize`). */
  text: string;
  /** When it was last saved, as milliseconds since 1970. */
  saved: number;
}

const open = () =>
  openDatabase(databaseName, 1, (database) => database.createObjectStore(storeName, { keyPath: "slug" }));

function transact<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return inTransaction(open, storeName, mode, act);
}

/** The edited text of a notebook, or null when it has none (or storage is unavailable). */
export async function loadEdit(slug: string): Promise<SavedEdit | null> {
  if (!hasIndexedDb()) return null;
  try {
    return ((await transact("readonly", (store) => store.get(slug))) as SavedEdit | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Keeps a notebook's edited text; resolves once it is stored. */
export async function saveEdit(slug: string, text: string): Promise<void> {
  const record: SavedEdit = { slug, text, saved: Date.now() };
  await transact("readwrite", (store) => store.put(record));
}

/** Forgets a notebook's edits: the bundled version is shown again. */
export async function dropEdit(slug: string): Promise<void> {
  await transact("readwrite", (store) => store.delete(slug));
}
