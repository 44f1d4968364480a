/*
 * Plain IndexedDB, no library: open a database and run one request in one transaction. A request
 * resolves when its transaction commits, so what was written is on disk before the caller goes on.
 */

/** Opens (and on first use creates) a database; `upgrade` makes its object stores. */
export function openDatabase(
  name: string,
  version: number,
  upgrade: (database: IDBDatabase, from: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`database ${name} is held open by another tab`));
  });
}

/** Runs one request on `store` and resolves with its result once the transaction has committed. */
export async function inTransaction<T>(
  open: () => Promise<IDBDatabase>,
  store: string,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(store, mode);
      const request = act(transaction.objectStore(store));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/** Whether this browser offers IndexedDB at all (a test page or an old browser may not). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== "undefined";
}
