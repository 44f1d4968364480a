/*
 * Edited notebooks kept in the browser (IndexedDB), one record per notebook: its whole edited text.
 * Plain IndexedDB, no library: three small requests. Storage that is missing or refused (a private
 * window, a blocked origin) reads as "no edits" and a save fails loudly to the caller.
 */
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

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: "slug" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const request = act(transaction.objectStore(storeName));
      // Resolved when the transaction commits, so a saved edit is on disk before the caller goes on.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/** The edited text of a notebook, or null when it has none (or storage is unavailable). */
export async function loadEdit(slug: string): Promise<SavedEdit | null> {
  if (typeof indexedDB === "undefined") return null;
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
