/*
 * Notebooks made in this browser (New, Open, Make notebook): kept in IndexedDB, apart from the bundled
 * notebooks and their edits. A user notebook lives in this browser only; Download is how it travels.
 *
 * The database `blauw-user-notebooks` holds two stores: `notebooks` (one record per notebook, by id)
 * and `files` (files attached to a notebook when the browser has no Origin Private File System, keyed
 * by notebook id and file name; see attached-files.ts).
 */
import { hasIndexedDb, inTransaction, openDatabase } from "./browser-database.ts";

const databaseName = "blauw-user-notebooks";
export const notebookStore = "notebooks";
export const fileStore = "files";

/** One notebook made in this browser. */
export interface UserNotebook {
  /** `u-` and twelve base-36 characters: never a bundled notebook's slug, safe in a hash route. */
  id: string;
  /** The notebook's whole text, in the format of `notebooks/*.md`. */
  text: string;
  /** Milliseconds since 1970. */
  created: number;
  changed: number;
  /**
   * Whether the reader has agreed to run its code. A notebook opened from a file starts false: its
   * code is shown, not run, until the reader says so. New and made notebooks start true.
   */
  trusted: boolean;
}

/** Opens the database, making its two stores the first time. */
export const openUserDatabase = () =>
  openDatabase(databaseName, 1, (database) => {
    database.createObjectStore(notebookStore, { keyPath: "id" });
    database.createObjectStore(fileStore, { keyPath: ["notebook", "name"] });
  });

function transact<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return inTransaction(openUserDatabase, notebookStore, mode, act);
}

/** The pattern of a user notebook's id. */
export const userNotebookId = /^u-[0-9a-z]{12}$/;

/** A fresh id: random, so two tabs making a notebook at once never take the same one. */
export function newUserNotebookId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `u-${[...bytes].map((byte) => (byte % 36).toString(36)).join("")}`;
}

/** Every user notebook, the last changed first; none when storage is unavailable. */
export async function listUserNotebooks(): Promise<UserNotebook[]> {
  if (!hasIndexedDb()) return [];
  try {
    const all = (await transact("readonly", (store) => store.getAll())) as UserNotebook[];
    return all.sort((a, b) => b.changed - a.changed);
  } catch {
    return [];
  }
}

/** One user notebook, or null when there is none by that id (or storage is unavailable). */
export async function loadUserNotebook(id: string): Promise<UserNotebook | null> {
  if (!hasIndexedDb() || !userNotebookId.test(id)) return null;
  try {
    return ((await transact("readonly", (store) => store.get(id))) as UserNotebook | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Stores a new notebook and resolves with it once it is on disk. */
export async function createUserNotebook(text: string, trusted: boolean): Promise<UserNotebook> {
  const now = Date.now();
  const notebook: UserNotebook = { id: newUserNotebookId(), text, created: now, changed: now, trusted };
  await transact("readwrite", (store) => store.add(notebook));
  return notebook;
}

/** Saves a notebook's new text (and whether it is trusted); resolves once it is stored. */
export async function saveUserNotebook(id: string, text: string, trusted?: boolean): Promise<UserNotebook> {
  const current = await loadUserNotebook(id);
  if (!current) throw new Error(`no notebook ${id} in this browser`);
  const notebook = { ...current, text, changed: Date.now(), trusted: trusted ?? current.trusted };
  await transact("readwrite", (store) => store.put(notebook));
  return notebook;
}

/** Deletes a notebook; resolves with what was deleted, so that it can be put back (undo). */
export async function deleteUserNotebook(id: string): Promise<UserNotebook | null> {
  const current = await loadUserNotebook(id);
  if (current) await transact("readwrite", (store) => store.delete(id));
  return current;
}

/** Puts a deleted notebook back as it was (the undo of `deleteUserNotebook`). */
export async function restoreUserNotebook(notebook: UserNotebook): Promise<void> {
  await transact("readwrite", (store) => store.put(notebook));
}
