/** Where `putRecord` writes: a database (opened at version 1), its object store and that store's key. */
export interface RecordPlace {
  database: string;
  store: string;
  keyPath: string;
  record: unknown;
}

/**
 * Writes one record straight into an IndexedDB object store (made on first use), as an older or newer
 * build may have left it. Uses nothing from outside its body, so that a browser test can hand it to
 * `page.evaluate`; under Node it writes into the global `indexedDB` (fake-indexeddb).
 */
export function putRecord({ database, store, keyPath, record }: RecordPlace): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath });
    request.onsuccess = () => {
      const transaction = request.result.transaction(store, "readwrite");
      transaction.objectStore(store).put(record);
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}
