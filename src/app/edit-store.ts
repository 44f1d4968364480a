/*
 * Edited notebooks kept in the browser (IndexedDB), one record per notebook: its whole edited text,
 * the revision it is at and the fingerprint of the bundled text the edit started from. Storage that
 * is missing or refused (a private window, a blocked origin) reads as "no edits" and a save fails
 * loudly to the caller.
 *
 * Revisions. Every save and every revert adds one to the notebook's revision, and a save names the
 * revision its text was based on: if the stored one differs, another tab has saved or reverted since,
 * and the save is refused (read and write in one transaction, so two tabs cannot both pass the check).
 * A revert leaves a record without text, so the count goes on and an old revision never comes back.
 * Records from before revisions count as revision 0; before fingerprints, they have no `base`.
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
  /** How many times this notebook has been saved or reverted in this browser. */
  revision: number;
  /** `shortHash` of the bundled text the edit started from; absent in records saved before 2026-11-30. */
  base?: string;
}

/** A notebook's record as stored: `text` null when its edits were reverted. */
interface StoredEdit extends Omit<SavedEdit, "text" | "revision"> {
  text: string | null;
  revision?: number;
}

/** What the browser holds of a notebook: its edit, if any, and the revision to base the next save on. */
export interface EditState {
  edit: SavedEdit | null;
  revision: number;
}

/** How a save went: stored (at its new revision), or refused because the stored revision is another. */
export type SaveResult = { stored: true; revision: number } | { stored: false; revision: number };

const open = () =>
  openDatabase(databaseName, 1, (database) => database.createObjectStore(storeName, { keyPath: "slug" }));

function transact<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return inTransaction(open, storeName, mode, act);
}

/** The edit of a notebook and its revision; no edit at revision 0 when storage is unavailable. */
export async function readEdit(slug: string): Promise<EditState> {
  if (!hasIndexedDb()) return { edit: null, revision: 0 };
  try {
    const record = (await transact("readonly", (store) => store.get(slug))) as StoredEdit | undefined;
    const revision = record?.revision ?? 0;
    if (!record || record.text === null) return { edit: null, revision };
    return { edit: { ...record, text: record.text, revision }, revision };
  } catch {
    return { edit: null, revision: 0 };
  }
}

/** The edited text of a notebook, or null when it has none (or storage is unavailable). */
export async function loadEdit(slug: string): Promise<SavedEdit | null> {
  return (await readEdit(slug)).edit;
}

/**
 * Keeps a notebook's edited text, unless `basedOn` is given and the stored revision is another one
 * whose text differs from `basedOnText` (the text of revision `basedOn`, null for no edit): another tab
 * that saved and then reverted, or saved back what this tab had, leaves nothing this save would lose.
 * Resolves once the transaction has committed.
 */
export function saveEdit(
  slug: string,
  text: string,
  options: { basedOn?: number; basedOnText?: string | null; base?: string } = {},
): Promise<SaveResult> {
  return update(slug, (current) => {
    const revision = current?.revision ?? 0;
    const moved = options.basedOn !== undefined && options.basedOn !== revision;
    if (moved && (options.basedOnText === undefined || options.basedOnText !== (current?.text ?? null)))
      return { result: { stored: false, revision } };
    const record: StoredEdit = { slug, text, saved: Date.now(), revision: revision + 1 };
    if (options.base) record.base = options.base;
    return { record, result: { stored: true, revision: record.revision ?? 0 } };
  });
}

/** Forgets a notebook's edits (the bundled version is shown again); resolves with the new revision. */
export async function dropEdit(slug: string): Promise<number> {
  const result = await update(slug, (current) => {
    const revision = (current?.revision ?? 0) + 1;
    return { record: { slug, text: null, saved: Date.now(), revision }, result: { stored: true, revision } };
  });
  return result.revision;
}

/** Reads a record and writes what `decide` makes of it, in one readwrite transaction. */
async function update(
  slug: string,
  decide: (current: StoredEdit | undefined) => { record?: StoredEdit; result: SaveResult },
): Promise<SaveResult> {
  const database = await open();
  try {
    return await new Promise<SaveResult>((resolve, reject) => {
      const transaction = database.transaction(storeName, "readwrite");
      const store = transaction.objectStore(storeName);
      let result: SaveResult | undefined;
      const read = store.get(slug);
      read.onsuccess = () => {
        const decision = decide(read.result as StoredEdit | undefined);
        result = decision.result;
        if (decision.record) store.put(decision.record);
      };
      transaction.oncomplete = () => (result ? resolve(result) : reject(new Error("nothing was decided")));
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}
